package opt

import "github.com/pyjit/pyjit/jit/ir"

// Fold folds constants: a pure operation whose operands are constants
// becomes a constant (unless it is an *Ov operation that overflows), an
// operation with a neutral operand (x+0, x-0, x*1, true&&x, false||x)
// becomes its other operand, and a guard that always holds becomes a Nop.
// Instructions left unused are for [DCE] to remove.
func Fold(t *ir.Trace) *ir.Trace {
	out := t.Clone()
	f := folder{t: out, subst: make([]ir.Ref, len(out.Insts))}
	for i := range f.subst {
		f.subst[i] = ir.Ref(i)
	}
	for i := range out.Insts {
		f.inst(ir.Ref(i))
	}
	for i := range out.Insts {
		if in := &out.Insts[i]; in.Op == ir.OpPhi {
			in.Args[1] = f.get(in.Args[1])
		}
	}
	for _, s := range out.Snaps {
		for k := range s.Entries {
			s.Entries[k].Val = f.get(s.Entries[k].Val)
		}
	}
	return out
}

type folder struct {
	t     *ir.Trace
	subst []ir.Ref
}

func (f *folder) get(r ir.Ref) ir.Ref {
	if r < 0 || int(r) >= len(f.subst) {
		return r
	}
	return f.subst[r]
}

// konst returns the bits of r if it is a constant.
func (f *folder) konst(r ir.Ref) (uint64, bool) {
	if r < 0 {
		return 0, false
	}
	in := &f.t.Insts[r]
	return uint64(in.Aux), in.Op.IsConst()
}

func (f *folder) inst(r ir.Ref) {
	in := &f.t.Insts[r]
	orig := in.Args
	if in.Op != ir.OpPhi {
		in.Args[0], in.Args[1] = f.get(in.Args[0]), f.get(in.Args[1])
	} else {
		in.Args[0] = f.get(in.Args[0])
	}
	a, ca := f.konst(in.Args[0])
	b, cb := f.konst(in.Args[1])
	switch op := in.Op; {
	case op == ir.OpGuardNoOverflow:
		if x := orig[0]; f.subst[x] != x || !f.t.Insts[x].Op.IsOverflow() {
			f.nop(in)
		}
	case op == ir.OpGuardTrue && ca && a != 0,
		op == ir.OpGuardFalse && ca && a == 0,
		op == ir.OpGuardEq && (in.Args[0] == in.Args[1] || ca && cb && a == b):
		f.nop(in)
	case isPure(op) && ca && (cb || op.NumArgs() == 1):
		v, ov := ir.Arith(op, a, b)
		if op.IsOverflow() && ov {
			return
		}
		*in = ir.Inst{Op: constOp(in.Type), Type: in.Type, Args: [2]ir.Ref{ir.None, ir.None}, Aux: int64(v), Snap: -1}
	case isPure(op):
		if x := f.neutral(in, a, ca, b, cb); x != ir.None {
			f.subst[r] = x
		}
	}
}

func (f *folder) nop(in *ir.Inst) {
	*in = ir.Inst{Op: ir.OpNop, Args: [2]ir.Ref{ir.None, ir.None}, Snap: -1}
}

// neutral returns the operand an operation with a neutral constant
// operand reduces to, or None.
func (f *folder) neutral(in *ir.Inst, a uint64, ca bool, b uint64, cb bool) ir.Ref {
	x, y := in.Args[0], in.Args[1]
	switch in.Op {
	case ir.OpAdd, ir.OpAddOv:
		if cb && b == 0 {
			return x
		}
		if ca && a == 0 {
			return y
		}
	case ir.OpSub, ir.OpSubOv:
		if cb && b == 0 {
			return x
		}
	case ir.OpMul, ir.OpMulOv:
		if cb && b == 1 {
			return x
		}
		if ca && a == 1 {
			return y
		}
	case ir.OpAnd:
		if cb && b == 1 {
			return x
		}
		if ca && a == 1 {
			return y
		}
	case ir.OpOr:
		if cb && b == 0 {
			return x
		}
		if ca && a == 0 {
			return y
		}
	}
	return ir.None
}

// isPure reports whether op computes a value from its operands alone.
func isPure(op ir.Op) bool {
	return op >= ir.OpAdd && op <= ir.OpOr
}

func constOp(t ir.Type) ir.Op {
	switch t {
	case ir.Float:
		return ir.OpConstFloat
	case ir.Bool:
		return ir.OpConstBool
	case ir.Object:
		return ir.OpConstRef
	}
	return ir.OpConstInt
}
