package arm64

import (
	"github.com/pyjit/pyjit/jit/backend"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
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
		g.a.jump(arm64.AB, g.head)
	}
	for k, e := range g.exits {
		g.a.bind(g.stubs[k])
		for _, se := range g.t.Snaps[e.Snap].Entries {
			g.move(slotLoc(se.Slot), g.al.Locs[se.Val], g.isFloat(se.Val))
		}
		g.a.op(arm64.AMOVD, immAddr(int64(e.Number)), regAddr(arm64.REG_R0))
		g.a.op(obj.ARET, obj.Addr{}, obj.Addr{Type: obj.TYPE_MEM, Reg: arm64.REGLINK})
	}
}

func slotLoc(i int) loc { return loc{Kind: locSpill, Off: bufWord(i)} }

func (g *gen) isFloat(v ir.Ref) bool { return g.t.Insts[v].Type == ir.Float }

// exit registers an exit of instruction r and returns its stub's label.
func (g *gen) exit(r ir.Ref, kind ExitKind) *label {
	l := &label{}
	g.exits = append(g.exits, Exit{Number: len(g.exits) + 1, Kind: kind, Inst: r, Snap: g.t.Insts[r].Snap})
	g.stubs = append(g.stubs, l)
	g.resumes = append(g.resumes, nil)
	return l
}

// intOps are the three-operand integer instructions; the *Ov ones set
// the flags (ADDS, SUBS; MulOv is emitted apart).
var intOps = map[ir.Op]obj.As{
	ir.OpAdd: arm64.AADD, ir.OpAddOv: arm64.AADDS,
	ir.OpSub: arm64.ASUB, ir.OpSubOv: arm64.ASUBS,
	ir.OpMul: arm64.AMUL,
	ir.OpAnd: arm64.AAND, ir.OpOr: arm64.AORR,
	ir.OpBitAnd: arm64.AAND, ir.OpBitOr: arm64.AORR, ir.OpBitXor: arm64.AEOR,
}

var intConds = map[ir.Op]int16{
	ir.OpLt: arm64.COND_LT, ir.OpLe: arm64.COND_LE, ir.OpGt: arm64.COND_GT,
	ir.OpGe: arm64.COND_GE, ir.OpEq: arm64.COND_EQ, ir.OpNe: arm64.COND_NE,
}

// floatConds are the conditions after FCMPD b, a (flags for a - b) that
// hold when the comparison is true; all are false for unordered operands
// except NE.
var floatConds = map[ir.Op]int16{
	ir.OpFLt: arm64.COND_MI, ir.OpFLe: arm64.COND_LS, ir.OpFGt: arm64.COND_GT,
	ir.OpFGe: arm64.COND_GE, ir.OpFEq: arm64.COND_EQ, ir.OpFNe: arm64.COND_NE,
}

var floatOps = map[ir.Op]obj.As{
	ir.OpFAdd: arm64.AFADDD, ir.OpFSub: arm64.AFSUBD, ir.OpFMul: arm64.AFMULD, ir.OpFDiv: arm64.AFDIVD,
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
		base := g.gpReg(a, tmpGP2)
		if in.Type == ir.Float {
			d, fin := g.fdst(r)
			g.a.op(arm64.AFMOVD, memAddr(base, in.Aux), regAddr(d))
			fin()
			break
		}
		d, fin := g.dst(r)
		g.a.op(arm64.AMOVD, memAddr(base, in.Aux), regAddr(d))
		fin()
	case ir.OpStore:
		base := g.gpReg(a, tmpGP2)
		if g.isFloat(b) {
			g.a.op(arm64.AFMOVD, regAddr(g.fpReg(b, tmpFP1)), memAddr(base, in.Aux))
			break
		}
		src := int16(arm64.REGZERO)
		if l := g.al.Locs[b]; l.Kind != locConst || l.Bits != 0 {
			src = g.gpReg(b, tmpGP1)
		}
		g.a.op(arm64.AMOVD, regAddr(src), memAddr(base, in.Aux))
	case ir.OpIndex:
		base := g.gpReg(a, tmpGP2)
		d, fin := g.dst(r)
		if l := g.al.Locs[b]; l.Kind == locConst && l.Bits*8/8 == l.Bits && isAddImm(l.Bits*8) {
			g.a.op3(arm64.AADD, immAddr(l.Bits*8), base, regAddr(d))
		} else if l.Kind == locConst && l.Bits*8/8 == l.Bits && isAddImm(-l.Bits*8) {
			g.a.op3(arm64.ASUB, immAddr(-l.Bits*8), base, regAddr(d))
		} else {
			g.a.op3(arm64.AADD, shiftAddr(g.gpReg(b, tmpGP1), arm64.SHIFT_LL, 3), base, regAddr(d))
		}
		fin()
	case ir.OpAdd, ir.OpAddOv, ir.OpSub, ir.OpSubOv:
		x := g.gpReg(a, tmpGP2)
		src := g.gpImm(b, tmpGP1)
		d, fin := g.dst(r)
		g.a.op3(intOps[op], src, x, regAddr(d))
		fin()
	case ir.OpMul, ir.OpAnd, ir.OpOr, ir.OpBitAnd, ir.OpBitOr, ir.OpBitXor:
		x := g.gpReg(a, tmpGP2)
		y := g.gpReg(b, tmpGP1)
		d, fin := g.dst(r)
		g.a.op3(intOps[op], regAddr(y), x, regAddr(d))
		fin()
	case ir.OpFloorDiv, ir.OpFloorMod:
		g.floorDiv(r)
	case ir.OpMulOv:
		// The product fits in 64 bits when its high half is the sign
		// extension of the low half: Z is clear on overflow (see
		// OpGuardNoOverflow).
		x := g.gpReg(a, tmpGP2)
		y := g.gpReg(b, tmpGP1)
		d, fin := g.dst(r)
		g.a.op3(arm64.ASMULH, regAddr(y), x, regAddr(tmpGP3))
		g.a.op3(arm64.AMUL, regAddr(y), x, regAddr(d))
		g.a.op3(arm64.ACMP, shiftAddr(d, arm64.SHIFT_AR, 63), tmpGP3, obj.Addr{})
		fin()
	case ir.OpMin, ir.OpMax:
		// d = b if b < a (b > a), else a.
		x := g.gpReg(a, tmpGP2)
		y := g.gpReg(b, tmpGP1)
		d, fin := g.dst(r)
		g.a.op3(arm64.ACMP, regAddr(x), y, obj.Addr{})
		cond := int16(arm64.COND_LT)
		if op == ir.OpMax {
			cond = arm64.COND_GT
		}
		g.a.csel(arm64.ACSEL, cond, y, x, d)
		fin()
	case ir.OpFMin, ir.OpFMax:
		// d = b if b < a (b > a), else a: a when either is a NaN (the
		// condition is false for unordered operands) or they are equal.
		x := g.fpReg(a, tmpFP2)
		y := g.fpReg(b, tmpFP1)
		d, fin := g.fdst(r)
		g.a.op3(arm64.AFCMPD, regAddr(x), y, obj.Addr{})
		cond := int16(arm64.COND_MI)
		if op == ir.OpFMax {
			cond = arm64.COND_GT
		}
		g.a.csel(arm64.AFCSELD, cond, y, x, d)
		fin()
	case ir.OpNot:
		x := g.gpReg(a, tmpGP2)
		d, fin := g.dst(r)
		g.a.op3(arm64.AEOR, immAddr(1), x, regAddr(d))
		fin()
	case ir.OpLt, ir.OpLe, ir.OpGt, ir.OpGe, ir.OpEq, ir.OpNe:
		x := g.gpReg(a, tmpGP2)
		g.a.op3(arm64.ACMP, g.gpImm(b, tmpGP1), x, obj.Addr{})
		g.cset(r, intConds[op])
	case ir.OpFAdd, ir.OpFSub, ir.OpFMul, ir.OpFDiv:
		x := g.fpReg(a, tmpFP2)
		y := g.fpReg(b, tmpFP1)
		d, fin := g.fdst(r)
		g.a.op3(floatOps[op], regAddr(y), x, regAddr(d))
		fin()
	case ir.OpFNeg:
		x := g.fpReg(a, tmpFP2)
		d, fin := g.fdst(r)
		g.a.op(arm64.AFNEGD, regAddr(x), regAddr(d))
		fin()
	case ir.OpFSqrt:
		x := g.fpReg(a, tmpFP2)
		d, fin := g.fdst(r)
		g.a.op(arm64.AFSQRTD, regAddr(x), regAddr(d))
		fin()
	case ir.OpIntToFloat:
		x := g.gpReg(a, tmpGP2)
		d, fin := g.fdst(r)
		g.a.op(arm64.ASCVTFD, regAddr(x), regAddr(d))
		fin()
	case ir.OpFLt, ir.OpFLe, ir.OpFGt, ir.OpFGe, ir.OpFEq, ir.OpFNe:
		x := g.fpReg(a, tmpFP2)
		y := g.fpReg(b, tmpFP1)
		g.a.op3(arm64.AFCMPD, regAddr(y), x, obj.Addr{})
		g.cset(r, floatConds[op])
	case ir.OpGuardTrue, ir.OpGuardFalse:
		as := obj.As(arm64.ACBZ)
		if op == ir.OpGuardFalse {
			as = arm64.ACBNZ
		}
		x := g.gpReg(a, tmpGP2)
		g.a.jump(as, g.exit(r, ExitGuard)).From = regAddr(x)
	case ir.OpGuardEq:
		x := g.gpReg(a, tmpGP2)
		g.a.op3(arm64.ACMP, g.gpImm(b, tmpGP1), x, obj.Addr{})
		g.a.jump(arm64.ABNE, g.exit(r, ExitGuard))
	case ir.OpGuardNoOverflow:
		// ADDS and SUBS set V on overflow; MulOv clears Z.
		as := obj.As(arm64.ABVS)
		if g.t.Insts[a].Op == ir.OpMulOv {
			as = arm64.ABNE
		}
		g.a.jump(as, g.exit(r, ExitGuard))
	case ir.OpFuel:
		g.fuel(r)
	case ir.OpExit:
		g.a.jump(arm64.AB, g.exit(r, ExitEnd))
	case ir.OpCall:
		g.call(r)
	case ir.OpLoop:
		g.phiMoves(0)
		g.head = &label{}
		g.a.bind(g.head)
	}
}

// isAddImm reports whether v is an immediate of ADD and SUB as this
// backend uses them: 12 bits, unshifted.
func isAddImm(v int64) bool { return 0 <= v && v < 1<<12 }

// call emits a callout: its operands go to the context's call words, the
// exit stub leaves with the snapshot's values, and the code resumes right
// after the branch, taking the result from the context. Every value live
// across the call is in memory (see backend.Allocate).
func (g *gen) call(r ir.Ref) {
	in := &g.t.Insts[r]
	for k, off := range []int64{offCallArg0, offCallArg1} {
		v := in.Args[k]
		if g.isFloat(v) {
			g.a.op(arm64.AFMOVD, regAddr(g.fpReg(v, tmpFP1)), memAddr(regCtx, off))
		} else {
			g.a.op(arm64.AMOVD, regAddr(g.gpReg(v, tmpGP1)), memAddr(regCtx, off))
		}
	}
	g.a.jump(arm64.AB, g.exit(r, ExitCall))
	resume := &label{}
	g.resumes[len(g.resumes)-1] = resume
	g.a.bind(resume)
	// The result is never in the call words, so a move follows the
	// label.
	g.move(g.al.Locs[r], loc{Kind: locSpill, Off: offCallResult}, in.Type == ir.Float)
}

// floorDiv emits Python's // or % of two ints. SDIV truncates, gives 0
// for a divisor of 0 (which takes a path of its own: x // 0 is 0 and
// x % 0 is x) and wraps -2**63 / -1; the remainder is x - q*y, and when
// it is not 0 and its sign differs from the divisor's, the quotient moves
// toward minus infinity and the remainder takes the divisor's sign.
func (g *gen) floorDiv(r ir.Ref) {
	in := &g.t.Insts[r]
	mod := in.Op == ir.OpFloorMod
	x := g.gpReg(in.Args[0], tmpGP2)
	y := g.gpReg(in.Args[1], tmpGP1)
	d, fin := g.dst(r)
	q := int16(tmpGP3)
	zero, done := &label{}, &label{}
	g.a.jump(arm64.ACBZ, zero).From = regAddr(y)
	g.a.op3(arm64.ASDIV, regAddr(y), x, regAddr(q))
	if mod {
		g.a.op3(arm64.AMUL, regAddr(y), q, regAddr(q))
		g.a.op3(arm64.ASUB, regAddr(q), x, regAddr(d))
		g.a.jump(arm64.ACBZ, done).From = regAddr(d)
		g.a.op3(arm64.AEOR, regAddr(y), d, regAddr(q))
		g.a.op3(arm64.ACMP, immAddr(0), q, obj.Addr{})
		g.a.jump(arm64.ABGE, done)
		g.a.op3(arm64.AADD, regAddr(y), d, regAddr(d))
		g.a.jump(arm64.AB, done)
		g.a.bind(zero)
		g.a.op(arm64.AMOVD, regAddr(x), regAddr(d))
		g.a.bind(done)
		fin()
		return
	}
	g.a.op3(arm64.AMUL, regAddr(y), q, regAddr(d))
	g.a.op3(arm64.ASUB, regAddr(d), x, regAddr(d))
	g.a.jump(arm64.ACBZ, done).From = regAddr(d)
	g.a.op3(arm64.AEOR, regAddr(y), d, regAddr(d))
	g.a.op3(arm64.ACMP, immAddr(0), d, obj.Addr{})
	g.a.jump(arm64.ABGE, done)
	g.a.op3(arm64.ASUB, immAddr(1), q, regAddr(q))
	g.a.jump(arm64.AB, done)
	g.a.bind(zero)
	g.a.op(arm64.AMOVD, regAddr(arm64.REGZERO), regAddr(q))
	g.a.bind(done)
	g.a.op(arm64.AMOVD, regAddr(q), regAddr(d))
	fin()
}

// fuel emits a back-edge check: one unit of fuel, and the interrupt word
// when asked for.
func (g *gen) fuel(r ir.Ref) {
	stub := g.exit(r, ExitFuel)
	g.a.op(arm64.AMOVD, memAddr(regCtx, offFuel), regAddr(tmpGP1))
	g.a.op3(arm64.ASUBS, immAddr(1), tmpGP1, regAddr(tmpGP1))
	g.a.op(arm64.AMOVD, regAddr(tmpGP1), memAddr(regCtx, offFuel))
	g.a.jump(arm64.ABLE, stub)
	if !g.opts.PollInterrupt {
		return
	}
	skip := &label{}
	g.a.op(arm64.AMOVD, memAddr(regCtx, offInterrupt), regAddr(tmpGP1))
	g.a.jump(arm64.ACBZ, skip).From = regAddr(tmpGP1)
	g.a.op(arm64.AMOVWU, memAddr(tmpGP1, 0), regAddr(tmpGP1))
	g.a.jump(arm64.ACBNZ, stub).From = regAddr(tmpGP1)
	g.a.bind(skip)
}

// cset materializes condition cond of the flags as r's 0 or 1.
func (g *gen) cset(r ir.Ref, cond int16) {
	d, fin := g.dst(r)
	g.a.csel(arm64.ACSET, cond, 0, 0, d)
	fin()
}

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

// gpImm returns an operand holding the general value v: an immediate
// when it is a constant ADD, SUB and CMP take, else a register (tmp
// loaded if v is not in one).
func (g *gen) gpImm(v ir.Ref, tmp int16) obj.Addr {
	if l := g.al.Locs[v]; l.Kind == locConst && isAddImm(l.Bits) {
		return immAddr(l.Bits)
	}
	return regAddr(g.gpReg(v, tmp))
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

// fpReg returns an F register holding the float v, loading tmp if it is
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
// through tmpGP1 when both are in memory, when src is a constant and dst
// is not a general register, or when both are floats in memory. No move
// changes the flags.
func (g *gen) move(dst, src loc, float bool) {
	if sameLoc(dst, src) {
		return
	}
	switch {
	case src.Kind == locConst && dst.Kind == locReg && !float:
		g.a.op(arm64.AMOVD, immAddr(src.Bits), regAddr(dst.Reg))
	case src.Kind == locConst && dst.Kind == locReg:
		g.a.op(arm64.AMOVD, immAddr(src.Bits), regAddr(tmpGP1))
		g.a.op(arm64.AFMOVD, regAddr(tmpGP1), regAddr(dst.Reg))
	case src.Kind == locConst && src.Bits == 0:
		g.a.op(arm64.AMOVD, regAddr(arm64.REGZERO), locAddr(dst))
	case src.Kind == locConst:
		g.a.op(arm64.AMOVD, immAddr(src.Bits), regAddr(tmpGP1))
		g.a.op(arm64.AMOVD, regAddr(tmpGP1), locAddr(dst))
	case src.Kind == locSpill && dst.Kind == locSpill:
		g.a.op(arm64.AMOVD, locAddr(src), regAddr(tmpGP1))
		g.a.op(arm64.AMOVD, regAddr(tmpGP1), locAddr(dst))
	case float:
		g.a.op(arm64.AFMOVD, locAddr(src), locAddr(dst))
	default:
		g.a.op(arm64.AMOVD, locAddr(src), locAddr(dst))
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
