package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Recording of identity tests: `x is None`, `x is not y` and the jumps
// on None. The trace knows every value's kind exactly (a local's is
// checked at entry, a value read from memory where it is read), so a test
// against None is decided while recording, without a guard; two
// instances are compared by their addresses.

// isOp records IS_OP and the conditional jump that consumes it. It
// returns the next pc.
func (r *recorder) isOp(pc, arg int) (int, error) {
	if pc+1 > r.end {
		return 0, errAbort("identity result kept")
	}
	jump := r.co.Instrs[pc+1]
	if jump.Op() != code.POP_JUMP_IF_FALSE && jump.Op() != code.POP_JUMP_IF_TRUE {
		return 0, errAbort("identity result kept")
	}
	b, a := r.pop(), r.pop()
	var same bool
	switch {
	case a.k == kPyNone || b.k == kPyNone:
		same = a.k == b.k
	case a.k == kInst && b.k == kInst && a.v.Is(b.v):
		// The same instance now: a guard that it stays so.
		same = true
		r.b.Guard(ir.OpGuardEq, r.snap(pc, "identity"), a.ref, b.ref)
	case a.k == kInst && b.k == kInst:
		return 0, errAbort("identity test of two instances that differ")
	default:
		return 0, abortf("identity test of kinds %d and %d", a.k, b.k)
	}
	res := same == (arg == 0)
	return taken(pc+1, jump, res == (jump.Op() == code.POP_JUMP_IF_TRUE)), nil
}

// jumpIfNone records POP_JUMP_IF_NONE or POP_JUMP_IF_NOT_NONE, which the
// value's kind decides. It returns the next pc.
func (r *recorder) jumpIfNone(pc int, in code.Instr) (int, error) {
	v := r.pop()
	if v.k == kNone {
		return 0, errAbort("jump on None of an unknown kind")
	}
	return taken(pc, in, (v.k == kPyNone) == (in.Op() == code.POP_JUMP_IF_NONE)), nil
}

// taken returns the pc after the jump at pc, in, whose direction the
// kinds decide.
func taken(pc int, in code.Instr, jumps bool) int {
	if jumps {
		return in.Arg()
	}
	return pc + 1
}

// alwaysTrue reports whether every instance of t is true: t defines
// neither __bool__ nor __len__ (the trace relies on t's version, which
// every entry checks).
func alwaysTrue(t *vm.Type) bool {
	return t.Lookup("__bool__").IsNull() && t.Lookup("__len__").IsNull()
}
