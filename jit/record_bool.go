package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Recording of bools as values. A bool is its payload word, 0 or 1, an
// int of the IR: a local holding one is checked at entry to hold a bool,
// an attribute, item or cell where it is read (its type word), and a
// store into an attribute, item or cell that holds a bool writes the
// payload word alone, as stores of ints and floats do. An exit boxes the
// word as True or False. Truth tests of bools and `not` are recorded;
// arithmetic and comparisons on bools still abort.

// isWord reports whether a value of kind k is its payload word alone:
// stores into memory that holds a value of the same kind write only that.
func (k kind) isWord() bool { return k == kInt || k == kFloat || k == kBool }

// truth returns v's truth now and the IR condition a guard on it checks,
// or ir.None when v's kind decides it.
func (r *recorder) truth(v sval) (bool, ir.Ref, error) {
	switch {
	case v.k == kModule || v.k == kClass || v.k == kFunc || v.k == kBuiltin:
		return true, ir.None, nil
	case v.konst && v.k != kFloat && !v.k.isSeq():
		return v.i != 0, ir.None, nil
	case v.k == kInt || v.k == kBool:
		return v.i != 0, r.b.Op(ir.OpNe, v.ref, r.b.Int(0)), nil
	case v.k == kFloat:
		return v.f != 0, r.b.Op(ir.OpFNe, v.ref, r.b.Float(0)), nil
	case v.k.isSeq():
		_, n := r.seqParts(v)
		return len(seqItems(v.v)) != 0, r.b.Op(ir.OpNe, n, r.b.Int(0)), nil
	case v.k == kPyNone:
		return false, ir.None, nil
	case v.k == kInst && alwaysTrue(v.v.Type()):
		return true, ir.None, nil
	}
	return false, ir.None, errAbort("condition of a jump not a comparison")
}

// jumpOrPop records JUMP_IF_FALSE_OR_POP or JUMP_IF_TRUE_OR_POP (`a or
// b`): a guard on the way taken, whose exit resumes at the instruction
// with the value on the stack, so the interpreter takes the other way.
// It returns the next pc.
func (r *recorder) jumpOrPop(pc int, in code.Instr) (int, error) {
	v := r.stack[len(r.stack)-1]
	truth, cond, err := r.truth(v)
	if err != nil {
		return 0, err
	}
	if cond != ir.None {
		op := ir.OpGuardTrue
		if !truth {
			op = ir.OpGuardFalse
		}
		r.b.Guard(op, r.snap(pc, "branch"), cond)
	}
	if truth == (in.Op() == code.JUMP_IF_TRUE_OR_POP) {
		return in.Arg(), nil
	}
	r.pop()
	return pc + 1, nil
}

// not records UNARY_NOT of a bool (1 - x), or of a value whose kind
// decides its truth.
func (r *recorder) not() error {
	v := r.pop()
	if v.k == kBool && !v.konst {
		r.push(sval{ref: r.b.Op(ir.OpSub, r.b.Int(1), v.ref), k: kBool, i: 1 - v.i})
		return nil
	}
	truth, cond, err := r.truth(v)
	if err != nil {
		return err
	}
	if cond != ir.None {
		return errAbort("not of a value not a bool")
	}
	res := int64(0)
	if !truth {
		res = 1
	}
	r.push(sval{ref: r.b.Int(res), k: kBool, i: res, konst: true})
	return nil
}

// compareKept records a comparison whose result is kept as a value (`0
// <= x < n`, `return a == b`): a guard that it comes out as now, whose
// exit resumes at the instruction with its operands on the stack, and
// the result as a constant bool. It returns the next pc.
func (r *recorder) compareKept(pc, arg int) (int, error) {
	b, a := r.stack[len(r.stack)-1], r.stack[len(r.stack)-2]
	s := r.snap(pc, "comparison")
	cond, res, err := r.comparison(pc, arg, a, b)
	if err != nil {
		return 0, err
	}
	op := ir.OpGuardTrue
	if !res {
		op = ir.OpGuardFalse
	}
	r.b.Guard(op, s, cond)
	r.pop()
	r.pop()
	r.push(r.constant(vm.Bool(res)))
	return pc + 1, nil
}
