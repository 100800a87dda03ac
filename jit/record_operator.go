package jit

import (
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/code"
)

// Recording of binary operators on instances (`a + b` where a's class
// defines __add__ in Python: raytrace's Vector and Point). The
// interpreter calls the method from Go, so no frame of the interpreter's
// could stand for it at an exit: instead, every exit inside the method,
// and inside the calls it makes, resumes at the BINARY_OP with its
// operands on the stack, and the interpreter does the whole operation
// again. That is exact only while the method has changed nothing the
// program can see: the walk aborts at a store into an object it did not
// make, an append, a store into a cell or a call not inlined (it may make
// instances and set their attributes, which nothing else sees yet). A
// result of NotImplemented is no value a trace holds, so the recorded
// path returns another; any other path leaves through a guard.

// opBarrier is the BINARY_OP every exit resumes at while the walk is
// inside an operator's method.
type opBarrier struct {
	active bool
	snap   int32 // the snapshot at the BINARY_OP
	depth  int   // the number of inlined frames with the method's
}

// operatorNames are the methods of the binary operators, by NB_*.
var operatorNames = [...]string{
	code.NB_ADD: "add", code.NB_AND: "and", code.NB_FLOOR_DIVIDE: "floordiv", code.NB_LSHIFT: "lshift",
	code.NB_MATRIX_MULTIPLY: "matmul", code.NB_MULTIPLY: "mul", code.NB_REMAINDER: "mod", code.NB_OR: "or",
	code.NB_POWER: "pow", code.NB_RSHIFT: "rshift", code.NB_SUBTRACT: "sub", code.NB_TRUE_DIVIDE: "truediv",
	code.NB_XOR: "xor",
}

// instOperator records BINARY_OP arg at pc whose left operand is an
// instance: a walk into its class's method, which the class's version
// pins, when Python calls it first: the right operand is an int, a float
// or an instance of a class that is not a subclass of the left's (whose
// reflected method would come first). It returns the next pc.
func (r *recorder) instOperator(pc, arg int) (int, error) {
	b, a := r.stack[len(r.stack)-1], r.stack[len(r.stack)-2]
	t := a.v.Type()
	switch {
	case b.k == kInst && b.v.Type() != t && b.v.Type().IsSubtype(t):
		return 0, errAbort("operator on an instance of a subclass")
	case b.k != kInst && !b.k.isNum():
		return 0, errAbort("operator on a value not an int, float or instance")
	}
	nb, inplace := arg, ""
	if nb >= code.NB_INPLACE_ADD {
		nb -= code.NB_INPLACE_ADD
		inplace = "__i" + operatorNames[nb] + "__"
	}
	fn, ok := vm.OperatorMethod(t, "__"+operatorNames[nb]+"__", inplace)
	if !ok {
		return 0, errAbort("operator not a Python method of the instance's class")
	}
	if r.entry != nil && r.entryRoot() && r.entry.noInline {
		return 0, errAbort("operator in a trace that makes calls")
	}
	r.useType(t)
	if !r.op.active {
		r.op = opBarrier{active: true, snap: r.snap(pc, "operator"), depth: len(r.frames) + 1}
	}
	return r.callPy(pc, 2, 0, sval{k: kFunc, v: vm.Obj(fn)})
}

// leaveOperator ends the barrier when the walk returns from the
// operator's method.
func (r *recorder) leaveOperator() {
	if r.op.active && len(r.frames) < r.op.depth {
		r.op = opBarrier{}
	}
}

// effect aborts the walk inside an operator's method at an operation the
// program could see (see above).
func (r *recorder) effect(what string) error {
	if r.op.active {
		return errAbort(what + " inside an operator's method")
	}
	return nil
}

// operatorSnap returns the barrier's snapshot while the walk is inside
// an operator's method.
func (r *recorder) operatorSnap() (int32, bool) {
	return r.op.snap, r.op.active && r.final
}

// instSubscr records BINARY_SUBSCR at pc of an instance whose class
// defines __getitem__ as a Python function, which the class's version
// pins (`done[i]` in hexiom): the method is inlined as a call with the
// instance and the key as its arguments, as tier 1's
// BINARY_SUBSCR_GETITEM runs it: in a frame of its own, the caller
// waiting after the instruction with both operands popped. An exit inside
// rebuilds that frame, and the result takes the operands' place when it
// returns. It returns the next pc.
func (r *recorder) instSubscr(pc int) (int, error) {
	a := r.stack[len(r.stack)-2]
	k := r.stack[len(r.stack)-1]
	if k.k == kNull || k.k == kBuiltin {
		return 0, abortf("subscript of kind %d", k.k)
	}
	t := a.v.Type()
	fn, ok := vm.OperatorMethod(t, "__getitem__", "")
	if !ok {
		return 0, errAbort("subscript of an instance without a Python __getitem__")
	}
	if r.entry != nil && r.entryRoot() && r.entry.noInline {
		return 0, errAbort("subscript in a trace that makes calls")
	}
	r.useType(t)
	return r.callPy(pc, 2, 0, sval{k: kFunc, v: vm.Obj(fn)})
}
