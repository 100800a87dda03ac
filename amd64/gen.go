package amd64

import (
	"math"

	"github.com/pyjit/pyjit/jit/backend"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// gen selects instructions for a trace whose values have locations.
type gen struct {
	a     *asm
	t     *ir.Trace
	opts  *Options
	al    backend.Allocation
	exits []Exit
	stubs []*label
	// resumes holds, by exit, the resume point of a call's exit.
	resumes []*label
	head    *label
}

// body emits the trace, the loop's back-edge and the exit stubs.
func (g *gen) body() {
	for i := range g.t.Insts {
		g.inst(ir.Ref(i))
	}
	if g.head != nil {
		g.phiMoves(1)
		g.a.jump(obj.AJMP, g.head)
	}
	for k, e := range g.exits {
		g.a.bind(g.stubs[k])
		for _, se := range g.t.Snaps[e.Snap].Entries {
			g.move(slotLoc(se.Slot), g.al.Locs[se.Val], g.isFloat(se.Val))
		}
		g.a.op(x86.AMOVL, immAddr(int64(e.Number)), regAddr(x86.REG_AX))
		g.a.op(obj.ARET, obj.Addr{}, obj.Addr{})
	}
}

func slotLoc(i int) loc { return loc{Kind: locSpill, Off: int64(bufWord(i))} }

func (g *gen) isFloat(v ir.Ref) bool { return g.t.Insts[v].Type == ir.Float }

// exit registers an exit of instruction r and returns its stub's label.
func (g *gen) exit(r ir.Ref, kind ExitKind) *label {
	l := &label{}
	g.exits = append(g.exits, Exit{Number: len(g.exits) + 1, Kind: kind, Inst: r, Snap: g.t.Insts[r].Snap})
	g.stubs = append(g.stubs, l)
	g.resumes = append(g.resumes, nil)
	return l
}

var intOps = map[ir.Op]obj.As{
	ir.OpAdd: x86.AADDQ, ir.OpAddOv: x86.AADDQ,
	ir.OpSub: x86.ASUBQ, ir.OpSubOv: x86.ASUBQ,
	ir.OpMul: x86.AIMULQ, ir.OpMulOv: x86.AIMULQ,
	ir.OpAnd: x86.AANDQ, ir.OpOr: x86.AORQ,
	ir.OpBitAnd: x86.AANDQ, ir.OpBitOr: x86.AORQ, ir.OpBitXor: x86.AXORQ,
}

var intCmps = map[ir.Op]obj.As{
	ir.OpLt: x86.ASETLT, ir.OpLe: x86.ASETLE, ir.OpGt: x86.ASETGT,
	ir.OpGe: x86.ASETGE, ir.OpEq: x86.ASETEQ, ir.OpNe: x86.ASETNE,
}

var floatOps = map[ir.Op]obj.As{
	ir.OpFAdd: x86.AADDSD, ir.OpFSub: x86.ASUBSD, ir.OpFMul: x86.AMULSD, ir.OpFDiv: x86.ADIVSD,
}

func (g *gen) inst(r ir.Ref) {
	in := &g.t.Insts[r]
	a, b := in.Args[0], in.Args[1]
	switch op := in.Op; op {
	case ir.OpLoadSlot:
		g.move(g.al.Locs[r], slotLoc(int(in.Aux)), in.Type == ir.Float)
	case ir.OpStoreSlot:
		g.move(slotLoc(int(in.Aux)), g.al.Locs[a], g.isFloat(a))
	case ir.OpLoad:
		base := g.gpReg(a, tmpGP1)
		if in.Type == ir.Float {
			d, fin := g.fdst(r)
			g.a.op(x86.AMOVSD, memAddr(base, in.Aux), regAddr(d))
			fin()
			break
		}
		d, fin := g.dst(r)
		g.a.op(x86.AMOVQ, memAddr(base, in.Aux), regAddr(d))
		fin()
	case ir.OpStore:
		base := g.gpReg(a, tmpGP1)
		if g.isFloat(b) {
			g.a.op(x86.AMOVSD, regAddr(g.fpReg(b, tmpFP1)), memAddr(base, in.Aux))
			break
		}
		var src obj.Addr
		if l := g.al.Locs[b]; l.Kind == locConst && fits32(l.Bits) {
			src = immAddr(l.Bits)
		} else {
			src = regAddr(g.gpReg(b, tmpGP0))
		}
		g.a.op(x86.AMOVQ, src, memAddr(base, in.Aux))
	case ir.OpIndex:
		base := g.gpReg(a, tmpGP1)
		d, fin := g.dst(r)
		if l := g.al.Locs[b]; l.Kind == locConst && fits32(l.Bits*8) && l.Bits*8/8 == l.Bits {
			g.a.op(x86.ALEAQ, memAddr(base, l.Bits*8), regAddr(d))
		} else {
			m := memAddr(base, 0)
			m.Index, m.Scale = g.gpReg(b, tmpGP0), 8
			g.a.op(x86.ALEAQ, m, regAddr(d))
		}
		fin()
	case ir.OpAdd, ir.OpAddOv, ir.OpSub, ir.OpSubOv, ir.OpMul, ir.OpMulOv, ir.OpAnd, ir.OpOr, ir.OpBitAnd, ir.OpBitOr, ir.OpBitXor:
		d, fin := g.dst(r)
		g.move(loc{Kind: locReg, Reg: d}, g.al.Locs[a], false)
		imm := op != ir.OpMul && op != ir.OpMulOv
		g.a.op(intOps[op], g.gpSrc(b, imm, tmpGP1), regAddr(d))
		fin()
	case ir.OpFloorDiv, ir.OpFloorMod:
		g.floorDiv(r)
	case ir.OpMin, ir.OpMax:
		// d = a; if b < a (b > a): d = b.
		d, fin := g.dst(r)
		g.move(loc{Kind: locReg, Reg: d}, g.al.Locs[a], false)
		y := g.gpReg(b, tmpGP1)
		g.a.op(x86.ACMPQ, regAddr(y), regAddr(d))
		cmov := obj.As(x86.ACMOVQLT)
		if op == ir.OpMax {
			cmov = x86.ACMOVQGT
		}
		g.a.op(cmov, regAddr(y), regAddr(d))
		fin()
	case ir.OpFMin, ir.OpFMax:
		// MINSD d, s gives d if d < s, else s: with d = b and s = a,
		// b if b < a, else a (a when either is a NaN or they are
		// equal); MAXSD likewise with >.
		d, fin := g.fdst(r)
		src := g.fpSrc(a, tmpFP1)
		g.move(loc{Kind: locReg, Reg: d}, g.al.Locs[b], true)
		as := obj.As(x86.AMINSD)
		if op == ir.OpFMax {
			as = x86.AMAXSD
		}
		g.a.op(as, src, regAddr(d))
		fin()
	case ir.OpNot:
		d, fin := g.dst(r)
		g.move(loc{Kind: locReg, Reg: d}, g.al.Locs[a], false)
		g.a.op(x86.AXORQ, immAddr(1), regAddr(d))
		fin()
	case ir.OpLt, ir.OpLe, ir.OpGt, ir.OpGe, ir.OpEq, ir.OpNe:
		x := g.gpReg(a, tmpGP0)
		g.a.op(x86.ACMPQ, regAddr(x), g.gpSrc(b, true, tmpGP1))
		g.setcc(r, intCmps[op], 0)
	case ir.OpFAdd, ir.OpFSub, ir.OpFMul, ir.OpFDiv:
		d, fin := g.fdst(r)
		g.move(loc{Kind: locReg, Reg: d}, g.al.Locs[a], true)
		g.a.op(floatOps[op], g.fpSrc(b, tmpFP1), regAddr(d))
		fin()
	case ir.OpFNeg:
		d, fin := g.fdst(r)
		g.move(loc{Kind: locReg, Reg: d}, g.al.Locs[a], true)
		g.a.op(x86.AMOVQ, immAddr(math.MinInt64), regAddr(tmpGP1))
		g.a.op(x86.AMOVQ, regAddr(tmpGP1), regAddr(tmpFP1))
		g.a.op(x86.AXORPD, regAddr(tmpFP1), regAddr(d))
		fin()
	case ir.OpFSqrt:
		d, fin := g.fdst(r)
		g.a.op(x86.ASQRTSD, g.fpSrc(a, tmpFP1), regAddr(d))
		fin()
	case ir.OpIntToFloat:
		d, fin := g.fdst(r)
		g.a.op(x86.ACVTSQ2SD, g.gpSrc(a, false, tmpGP1), regAddr(d))
		fin()
	case ir.OpFLt:
		g.fcmp(r, b, a, x86.ASETHI, 0)
	case ir.OpFLe:
		g.fcmp(r, b, a, x86.ASETCC, 0)
	case ir.OpFGt:
		g.fcmp(r, a, b, x86.ASETHI, 0)
	case ir.OpFGe:
		g.fcmp(r, a, b, x86.ASETCC, 0)
	case ir.OpFEq:
		g.fcmp(r, a, b, x86.ASETEQ, x86.ASETPC)
	case ir.OpFNe:
		g.fcmp(r, a, b, x86.ASETNE, x86.ASETPS)
	case ir.OpGuardTrue, ir.OpGuardFalse:
		g.a.op(x86.ACMPQ, g.gpSrc(a, false, tmpGP1), immAddr(0))
		jcc := obj.As(x86.AJEQ)
		if op == ir.OpGuardFalse {
			jcc = x86.AJNE
		}
		g.a.jump(jcc, g.exit(r, ExitGuard))
	case ir.OpGuardEq:
		x := g.gpReg(a, tmpGP0)
		g.a.op(x86.ACMPQ, regAddr(x), g.gpSrc(b, true, tmpGP1))
		g.a.jump(x86.AJNE, g.exit(r, ExitGuard))
	case ir.OpGuardNoOverflow:
		g.a.jump(x86.AJOS, g.exit(r, ExitGuard))
	case ir.OpFuel:
		g.fuel(r)
	case ir.OpExit:
		g.a.jump(obj.AJMP, g.exit(r, ExitEnd))
	case ir.OpCall:
		g.call(r)
	case ir.OpLoop:
		g.phiMoves(0)
		g.head = &label{}
		g.a.bind(g.head)
	}
}

// call emits a callout: its operands go to the context's call words, the
// exit stub leaves with the snapshot's values, and the code resumes right
// after the jump, taking the result from the context. Every value live
// across the call is in memory (see backend.Allocate).
func (g *gen) call(r ir.Ref) {
	in := &g.t.Insts[r]
	for k, off := range []int64{offCallArg0, offCallArg1} {
		v := in.Args[k]
		if g.isFloat(v) {
			g.a.op(x86.AMOVSD, regAddr(g.fpReg(v, tmpFP1)), memAddr(regCtx, off))
		} else {
			g.a.op(x86.AMOVQ, regAddr(g.gpReg(v, tmpGP1)), memAddr(regCtx, off))
		}
	}
	g.a.jump(obj.AJMP, g.exit(r, ExitCall))
	resume := &label{}
	g.resumes[len(g.resumes)-1] = resume
	g.a.bind(resume)
	// The result is never in the call words, so a move follows the
	// label.
	g.move(g.al.Locs[r], loc{Kind: locSpill, Off: offCallResult}, in.Type == ir.Float)
}

// floorDiv emits Python's // or % of two ints. IDIV divides RDX:RAX,
// which the allocator hands out like any register: both are saved in the
// context's scratch words around it. A divisor of 0 or -1 takes a path of
// its own (IDIV traps on x / 0 and on -2**63 / -1); otherwise the
// truncated quotient is moved toward minus infinity, and the remainder
// given the divisor's sign, when the remainder is not 0 and its sign
// differs from the divisor's.
func (g *gen) floorDiv(r ir.Ref) {
	in := &g.t.Insts[r]
	mod := in.Op == ir.OpFloorMod
	ax, dx := regAddr(x86.REG_AX), regAddr(x86.REG_DX)
	div := regAddr(tmpGP0)
	g.move(loc{Kind: locReg, Reg: tmpGP0}, g.al.Locs[in.Args[1]], false)
	g.a.op(x86.AMOVQ, ax, memAddr(regCtx, offSaveAX))
	g.a.op(x86.AMOVQ, dx, memAddr(regCtx, offSaveDX))
	g.move(loc{Kind: locReg, Reg: x86.REG_AX}, g.al.Locs[in.Args[0]], false)
	zero, negOne, done := &label{}, &label{}, &label{}
	g.a.op(x86.ATESTQ, div, div)
	g.a.jump(x86.AJEQ, zero)
	g.a.op(x86.ACMPQ, div, immAddr(-1))
	g.a.jump(x86.AJEQ, negOne)
	g.a.op(x86.ACQO, obj.Addr{}, obj.Addr{})
	g.a.op(x86.AIDIVQ, div, obj.Addr{})
	g.a.op(x86.ATESTQ, dx, dx)
	g.a.jump(x86.AJEQ, done)
	g.a.op(x86.AMOVQ, dx, regAddr(tmpGP1))
	g.a.op(x86.AXORQ, div, regAddr(tmpGP1))
	g.a.jump(x86.AJGE, done)
	if mod {
		g.a.op(x86.AADDQ, div, dx)
	} else {
		g.a.op(x86.ADECQ, obj.Addr{}, ax)
	}
	g.a.jump(obj.AJMP, done)
	g.a.bind(zero)
	if mod {
		g.a.op(x86.AMOVQ, ax, dx)
	} else {
		g.a.op(x86.AXORL, ax, ax)
	}
	g.a.jump(obj.AJMP, done)
	g.a.bind(negOne)
	if mod {
		g.a.op(x86.AXORL, dx, dx)
	} else {
		g.a.op(x86.ANEGQ, obj.Addr{}, ax)
	}
	g.a.bind(done)
	res := ax
	if mod {
		res = dx
	}
	g.a.op(x86.AMOVQ, res, regAddr(tmpGP1))
	g.a.op(x86.AMOVQ, memAddr(regCtx, offSaveAX), ax)
	g.a.op(x86.AMOVQ, memAddr(regCtx, offSaveDX), dx)
	g.move(g.al.Locs[r], loc{Kind: locReg, Reg: tmpGP1}, false)
}

// fuel emits a back-edge check: one unit of fuel, and the interrupt word
// when asked for.
func (g *gen) fuel(r ir.Ref) {
	stub := g.exit(r, ExitFuel)
	g.a.op(x86.ADECQ, obj.Addr{}, memAddr(regCtx, offFuel))
	g.a.jump(x86.AJLE, stub)
	if !g.opts.PollInterrupt {
		return
	}
	skip := &label{}
	g.a.op(x86.AMOVQ, memAddr(regCtx, offInterrupt), regAddr(tmpGP0))
	g.a.op(x86.ATESTQ, regAddr(tmpGP0), regAddr(tmpGP0))
	g.a.jump(x86.AJEQ, skip)
	g.a.op(x86.AMOVL, memAddr(tmpGP0, 0), regAddr(tmpGP0))
	g.a.op(x86.ATESTL, regAddr(tmpGP0), regAddr(tmpGP0))
	g.a.jump(x86.AJNE, stub)
	g.a.bind(skip)
}

// fcmp compares the floats x and y (flags as for x - y, unordered when
// either is NaN) and sets r's bool with set, combined with set2 (and for
// SETPC, or for SETPS) when set2 is not 0.
func (g *gen) fcmp(r, x, y ir.Ref, set, set2 obj.As) {
	rx := g.fpReg(x, tmpFP0)
	g.a.op(x86.AUCOMISD, g.fpSrc(y, tmpFP1), regAddr(rx))
	g.setcc(r, set, set2)
}

// setcc materializes a condition as r's 0 or 1.
func (g *gen) setcc(r ir.Ref, set, set2 obj.As) {
	d, fin := g.dst(r)
	g.a.op(set, obj.Addr{}, regAddr(byteReg(d)))
	if set2 != 0 {
		g.a.op(set2, obj.Addr{}, regAddr(byteReg(tmpGP1)))
		comb := obj.As(x86.AANDB)
		if set2 == x86.ASETPS {
			comb = x86.AORB
		}
		g.a.op(comb, regAddr(byteReg(tmpGP1)), regAddr(byteReg(d)))
	}
	g.a.op(x86.AMOVBQZX, regAddr(byteReg(d)), regAddr(d))
	fin()
}

func byteReg(r int16) int16 { return x86.REG_AL + (r - x86.REG_AX) }

// phiMoves moves every Phi's operand k (0: initial value, 1: next value)
// into the Phi's location, all at once.
func (g *gen) phiMoves(k int) {
	var ms []pmove
	for i := int(g.t.LoopIndex()) + 1; i < len(g.t.Insts) && g.t.Insts[i].Op == ir.OpPhi; i++ {
		v := g.t.Insts[i].Args[k]
		ms = append(ms, pmove{dst: g.al.Locs[i], src: g.al.Locs[v], float: g.isFloat(v)})
	}
	g.parallel(ms)
}

func fits32(v int64) bool { return v == int64(int32(v)) }

// gpSrc returns an operand holding the general value v: its register, its
// spill word, an immediate when imm allows and it fits, or else tmp
// loaded with the constant.
func (g *gen) gpSrc(v ir.Ref, imm bool, tmp int16) obj.Addr {
	l := g.al.Locs[v]
	switch l.Kind {
	case locReg:
		return regAddr(l.Reg)
	case locSpill:
		return memAddr(regCtx, l.Off)
	}
	if imm && fits32(l.Bits) {
		return immAddr(l.Bits)
	}
	g.a.op(x86.AMOVQ, immAddr(l.Bits), regAddr(tmp))
	return regAddr(tmp)
}

// gpReg returns a register holding the general value v, loading tmp if
// it is not in one.
func (g *gen) gpReg(v ir.Ref, tmp int16) int16 {
	if l := g.al.Locs[v]; l.Kind == locReg {
		return l.Reg
	}
	g.move(loc{Kind: locReg, Reg: tmp}, g.al.Locs[v], false)
	return tmp
}

// fpSrc returns an operand holding the float v: its X register, its spill
// word, or tmp loaded with the constant.
func (g *gen) fpSrc(v ir.Ref, tmp int16) obj.Addr {
	l := g.al.Locs[v]
	switch l.Kind {
	case locReg:
		return regAddr(l.Reg)
	case locSpill:
		return memAddr(regCtx, l.Off)
	}
	g.move(loc{Kind: locReg, Reg: tmp}, l, true)
	return regAddr(tmp)
}

// fpReg returns an X register holding the float v, loading tmp if it is
// not in one.
func (g *gen) fpReg(v ir.Ref, tmp int16) int16 {
	if l := g.al.Locs[v]; l.Kind == locReg {
		return l.Reg
	}
	g.move(loc{Kind: locReg, Reg: tmp}, g.al.Locs[v], true)
	return tmp
}

// dst returns the register r's general result goes to, and a function
// that stores it to r's spill word if r is spilled.
func (g *gen) dst(r ir.Ref) (int16, func()) {
	l := g.al.Locs[r]
	if l.Kind == locReg {
		return l.Reg, func() {}
	}
	return tmpGP0, func() { g.move(l, loc{Kind: locReg, Reg: tmpGP0}, false) }
}

// fdst is dst for a float result.
func (g *gen) fdst(r ir.Ref) (int16, func()) {
	l := g.al.Locs[r]
	if l.Kind == locReg {
		return l.Reg, func() {}
	}
	return tmpFP0, func() { g.move(l, loc{Kind: locReg, Reg: tmpFP0}, true) }
}

func sameLoc(x, y loc) bool {
	switch {
	case x.Kind != y.Kind:
		return false
	case x.Kind == locReg:
		return x.Reg == y.Reg
	case x.Kind == locSpill:
		return x.Off == y.Off
	}
	return false
}

// locAddr returns the operand of a register or spill location.
func locAddr(l loc) obj.Addr {
	if l.Kind == locReg {
		return regAddr(l.Reg)
	}
	return memAddr(regCtx, l.Off)
}

// move copies the value at src to dst (a register or a context word),
// through tmpGP1 when both are in memory or src is a constant that does
// not fit the instruction.
func (g *gen) move(dst, src loc, float bool) {
	if sameLoc(dst, src) {
		return
	}
	switch {
	case src.Kind == locConst && dst.Kind == locReg && float:
		g.a.op(x86.AMOVQ, immAddr(src.Bits), regAddr(tmpGP1))
		g.a.op(x86.AMOVQ, regAddr(tmpGP1), regAddr(dst.Reg))
	case src.Kind == locConst && (dst.Kind == locReg || fits32(src.Bits)):
		g.a.op(x86.AMOVQ, immAddr(src.Bits), locAddr(dst))
	case src.Kind == locConst:
		g.a.op(x86.AMOVQ, immAddr(src.Bits), regAddr(tmpGP1))
		g.a.op(x86.AMOVQ, regAddr(tmpGP1), locAddr(dst))
	case src.Kind == locSpill && dst.Kind == locSpill:
		g.a.op(x86.AMOVQ, locAddr(src), regAddr(tmpGP1))
		g.a.op(x86.AMOVQ, regAddr(tmpGP1), locAddr(dst))
	case float:
		g.a.op(x86.AMOVSD, locAddr(src), locAddr(dst))
	default:
		g.a.op(x86.AMOVQ, locAddr(src), locAddr(dst))
	}
}

// pmove is one move of a parallel move.
type pmove struct {
	dst, src loc
	float    bool
}

// parallel emits moves that all read their sources before any writes:
// a move goes once no other pending move reads its destination; a cycle
// is broken by saving one destination in a scratch register.
func (g *gen) parallel(ms []pmove) {
	var pending []pmove
	for _, m := range ms {
		if !sameLoc(m.dst, m.src) {
			pending = append(pending, m)
		}
	}
	for len(pending) > 0 {
		progress := false
		for i := 0; i < len(pending); i++ {
			m := pending[i]
			if g.readByOther(pending, i) {
				continue
			}
			g.move(m.dst, m.src, m.float)
			pending = append(pending[:i], pending[i+1:]...)
			i--
			progress = true
		}
		if progress {
			continue
		}
		m := pending[0]
		tmp := loc{Kind: locReg, Reg: tmpGP0}
		if m.float {
			tmp.Reg = tmpFP0
		}
		g.move(tmp, m.dst, m.float)
		for j := range pending {
			if sameLoc(pending[j].src, m.dst) {
				pending[j].src = tmp
			}
		}
	}
}

func (g *gen) readByOther(ms []pmove, i int) bool {
	for j, o := range ms {
		if j != i && sameLoc(o.src, ms[i].dst) {
			return true
		}
	}
	return false
}
