package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Recording of class calls: `Point(x, y)` of a class whose call tier 1
// makes with CALL_ALLOC_AND_ENTER_INIT (object's __new__, a Python
// __init__; vm.PlainInit), which the class's version pins. The instance
// is allocated by a callout, since native code allocates nothing; Go
// keeps it alive (JIT.keep) until the exit that hands it to the
// interpreter's frames. __init__ is then inlined as a method called on
// it, and each attribute it sets in the order the class's instances share
// is appended to the instance's values by another callout (Go writes the
// references, with the collector's write barriers), after a check that
// the values end right before it; otherwise the exit lets the
// interpreter store it. While __init__ runs, the caller's stack holds
// the instance where the interpreter keeps it, and an exit inside
// rebuilds __init__'s frame as CALL_ALLOC_AND_ENTER_INIT makes it.
//
// The walk does not run the program's code, so it makes an instance of
// its own for each class call (Go's garbage once the walk is over) and
// appends the concrete attributes to it: loads from the instance later in
// the walk see them.

// callClass records CALL n of a class; the walk goes on in __init__.
func (r *recorder) callClass(pc, n int) (int, error) {
	t, init, ok := vm.PlainInit(r.stack[len(r.stack)-n-1].v)
	if !ok {
		return 0, errAbort("call of a class not inlined")
	}
	if !init.Inlinable(n + 1) {
		return 0, errAbort("call of a class whose __init__ is not inlined")
	}
	r.useType(t)
	snap := r.snap(pc, "allocation")
	ref := r.b.Call(callAlloc, ir.Object, snap, r.b.RefConst(typeWord(t)), r.b.RefConst(0))
	obj := vm.NewPlainInstance(t)
	if r.fresh == nil {
		r.fresh = map[*vm.Instance]bool{}
	}
	r.fresh[obj.Instance()] = true
	o := sval{ref: ref, k: kInst, v: obj}
	// As CALL_ALLOC_AND_ENTER_INIT leaves them: the instance where the
	// result goes, and as __init__'s first argument.
	base := len(r.stack) - n - 2
	r.stack[base], r.stack[base+1] = o, o
	next, err := r.callPy(pc, n+1, 0, sval{k: kFunc, v: vm.Obj(init)})
	if err != nil {
		return 0, err
	}
	r.top().init = true
	return next, nil
}

// appendAttr records STORE_ATTR of v into the instance o the walk made,
// at position j, the next of its values: a callout appends it, or
// leaves through the snapshot at the instruction when the values do not
// end right before j any more.
func (r *recorder) appendAttr(pc int, o, v sval, j int) error {
	if v.k.isConst() || v.k == kNone {
		return abortf("attribute store of kind %d", v.k)
	}
	snap := r.snap(pc, "attribute append")
	aux := int64(callAppendAttr) | int64(v.k)<<8 | int64(j)<<16
	r.b.Call(aux, ir.Int, snap, o.ref, v.ref)
	var cv vm.Value
	switch v.k {
	case kInt, kFloat, kBool:
		cv = valueOf(v)
	case kPyNone:
		cv = vm.None
	default:
		cv = v.v
	}
	o.v.Instance().AppendAttr(j, cv)
	r.pop()
	r.pop()
	return nil
}
