package backend

import (
	"sort"

	"github.com/pyjit/pyjit/jit/ir"
)

// LocKind says where a value lives.
type LocKind uint8

// The kinds of locations.
const (
	LocNone  LocKind = iota
	LocReg           // in register Reg for its whole life
	LocSpill         // in the context word at offset Off for its whole life
	LocConst         // a constant, materialized where it is used
)

// Loc is where a value lives.
type Loc struct {
	Kind LocKind
	Reg  int16
	Off  int64
	Bits int64 // a constant's bits
}

type interval struct {
	v          ir.Ref
	start, end int
	float      bool
}

// Allocation is the result of register allocation.
type Allocation struct {
	// Locs holds the location of each instruction's value.
	Locs []Loc
	// Spills is the number of spill words used.
	Spills int
}

// Allocate assigns every value of t a location by linear scan (Poletto
// and Sarkar): intervals sorted by start; when no register is free the
// interval that ends last is spilled to a context word for its whole
// life. An interval ends at its last use: an operand, a snapshot entry, a
// Phi's initial value (at the loop marker) or next value (at the end of
// the trace). A value defined before the loop and used in it, and a Phi,
// live to the end of the trace. Intervals that end at an instruction are
// still live when its result is allocated, so a result never shares a
// register with its operands or the values its guard's snapshot needs.
//
// The registers come from gp (ints, bools, references) and fp (floats),
// lowest index first, limited by opts; spill word k is at context offset
// spillOff(k).
func Allocate(t *ir.Trace, opts *Options, gp, fp []int16, spillOff func(k int) int64) Allocation {
	n := len(t.Insts)
	al := Allocation{Locs: make([]Loc, n)}
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
			al.Locs[i] = Loc{Kind: LocConst, Bits: in.Aux}
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
	ls := scan{al: &al, spillOff: spillOff}
	ls.free[0] = append([]int16(nil), gp[:limit(opts.GPRegs, len(gp))]...)
	ls.free[1] = append([]int16(nil), fp[:limit(opts.FPRegs, len(fp))]...)
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
	al       *Allocation
	spillOff func(k int) int64
	free     [2][]int16
	active   [2][]interval
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
			s.free[c] = append(s.free[c], s.al.Locs[a.v].Reg)
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
		s.al.Locs[iv.v] = Loc{Kind: LocReg, Reg: r}
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
		s.al.Locs[iv.v] = s.al.Locs[victim.v]
		s.spill(victim.v)
		s.active[c][far] = iv
		return
	}
	s.spill(iv.v)
}

func (s *scan) spill(v ir.Ref) {
	s.al.Locs[v] = Loc{Kind: LocSpill, Off: s.spillOff(s.al.Spills)}
	s.al.Spills++
}
