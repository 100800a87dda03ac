package amd64

import (
	"sort"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Registers inside a trace. DI holds the context for the whole trace;
// RSP and RBP are never touched. R11 and R15 (general) and X14 and X15
// are scratch registers the code generator uses between allocated values;
// the rest are allocated.
var (
	gpRegs = []int16{
		x86.REG_AX, x86.REG_BX, x86.REG_CX, x86.REG_DX, x86.REG_SI,
		x86.REG_R8, x86.REG_R9, x86.REG_R10, x86.REG_R12, x86.REG_R13, x86.REG_R14,
	}
	fpRegs = []int16{
		x86.REG_X0, x86.REG_X1, x86.REG_X2, x86.REG_X3, x86.REG_X4, x86.REG_X5, x86.REG_X6,
		x86.REG_X7, x86.REG_X8, x86.REG_X9, x86.REG_X10, x86.REG_X11, x86.REG_X12, x86.REG_X13,
	}
)

const (
	regCtx = x86.REG_DI
	tmpGP0 = x86.REG_R11 // a result whose value is spilled; cycle breaking
	tmpGP1 = x86.REG_R15 // an operand that must be in a register
	tmpFP0 = x86.REG_X15
	tmpFP1 = x86.REG_X14
)

// locKind says where a value lives.
type locKind uint8

const (
	locNone  locKind = iota
	locReg           // in register reg for its whole life
	locSpill         // in the context word at offset off for its whole life
	locConst         // a constant, materialized where it is used
)

type loc struct {
	kind locKind
	reg  int16
	off  int64
	bits int64 // a constant's bits
}

type interval struct {
	v          ir.Ref
	start, end int
	float      bool
}

// allocation is the result of register allocation.
type allocation struct {
	locs   []loc
	spills int
}

// allocate assigns every value of t a location by linear scan (Poletto
// and Sarkar): intervals sorted by start; when no register is free the
// interval that ends last is spilled to a context word for its whole
// life. An interval ends at its last use: an operand, a snapshot entry, a
// Phi's initial value (at the loop marker) or next value (at the end of
// the trace). A value defined before the loop and used in it, and a Phi,
// live to the end of the trace. Intervals that end at an instruction are
// still live when its result is allocated, so a result never shares a
// register with its operands or the values its guard's snapshot needs.
func allocate(t *ir.Trace, opts *Options, spillBase int) allocation {
	n := len(t.Insts)
	al := allocation{locs: make([]loc, n)}
	ends := make([]int, n)
	for i := range ends {
		ends[i] = i
	}
	loop := int(t.LoopIndex())
	use := func(v ir.Ref, at int) {
		if v >= 0 && at > ends[v] {
			ends[v] = at
		}
	}
	for i := range t.Insts {
		in := &t.Insts[i]
		switch {
		case in.Op == ir.OpPhi:
			use(in.Args[0], loop)
			use(in.Args[1], n)
			ends[i] = n
		default:
			use(in.Args[0], i)
			use(in.Args[1], i)
		}
		if in.Op.Info().Exits {
			for _, e := range t.Snaps[in.Snap].Entries {
				use(e.Val, i)
			}
		}
	}
	// Go runs a call's callout with every register clobbered: a value
	// live across a call lives in memory.
	var calls []int
	for i := range t.Insts {
		if t.Insts[i].Op == ir.OpCall {
			calls = append(calls, i)
		}
	}
	spansCall := func(start, end int) bool {
		for _, c := range calls {
			if start < c && c < end {
				return true
			}
		}
		return false
	}
	var ivs, mem []interval
	for i := range t.Insts {
		in := &t.Insts[i]
		if in.Op.IsConst() {
			al.locs[i] = loc{kind: locConst, bits: in.Aux}
			continue
		}
		if in.Type == ir.Void {
			continue
		}
		if loop >= 0 && i < loop && ends[i] > loop {
			ends[i] = n
		}
		iv := interval{v: ir.Ref(i), start: i, end: ends[i], float: in.Type == ir.Float}
		if spansCall(iv.start, iv.end) {
			mem = append(mem, iv)
			continue
		}
		ivs = append(ivs, iv)
	}
	sort.SliceStable(ivs, func(i, j int) bool { return ivs[i].start < ivs[j].start })
	ls := scan{al: &al, spillBase: spillBase}
	ls.free[0] = append([]int16(nil), gpRegs[:limit(opts.GPRegs, len(gpRegs))]...)
	ls.free[1] = append([]int16(nil), fpRegs[:limit(opts.FPRegs, len(fpRegs))]...)
	for _, iv := range mem {
		ls.spill(iv.v)
	}
	for _, iv := range ivs {
		ls.add(iv)
	}
	return al
}

func limit(n, max int) int {
	if n <= 0 || n > max {
		return max
	}
	return n
}

type scan struct {
	al        *allocation
	spillBase int
	free      [2][]int16
	active    [2][]interval
}

func (s *scan) add(iv interval) {
	c := 0
	if iv.float {
		c = 1
	}
	// Expire the intervals that ended before this one starts.
	act := s.active[c][:0]
	for _, a := range s.active[c] {
		if a.end < iv.start {
			s.free[c] = append(s.free[c], s.al.locs[a.v].reg)
		} else {
			act = append(act, a)
		}
	}
	s.active[c] = act
	if k := len(s.free[c]); k > 0 {
		// Take the lowest-numbered free register, for stable output.
		sort.Slice(s.free[c], func(i, j int) bool { return s.free[c][i] > s.free[c][j] })
		r := s.free[c][k-1]
		s.free[c] = s.free[c][:k-1]
		s.al.locs[iv.v] = loc{kind: locReg, reg: r}
		s.active[c] = append(s.active[c], iv)
		return
	}
	// Spill the interval that ends last.
	far := -1
	for k, a := range s.active[c] {
		if far < 0 || a.end > s.active[c][far].end {
			far = k
		}
	}
	if far >= 0 && s.active[c][far].end > iv.end {
		victim := s.active[c][far]
		s.al.locs[iv.v] = s.al.locs[victim.v]
		s.spill(victim.v)
		s.active[c][far] = iv
		return
	}
	s.spill(iv.v)
}

func (s *scan) spill(v ir.Ref) {
	s.al.locs[v] = loc{kind: locSpill, off: int64(bufWord(s.spillBase + s.al.spills))}
	s.al.spills++
}
