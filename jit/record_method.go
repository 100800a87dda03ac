package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Recording of method calls: `obj.m(x)` on an instance, `mod.f(x)` on a
// module and `C.f(x)` on a class, where the function found is a plain
// Python function, which CALL then inlines (record_call.go). An
// instance's method is found where tier 1's LOAD_METHOD_WITH_VALUES and
// LOAD_METHOD_NO_DICT find it: a function on the instance's class, which
// the class's version pins (every entry checks it), that the instance
// does not hide with an attribute of its own. The instance's class is
// known exactly (a local's is checked at entry, a value read from memory
// where it is read), so the trace checks only that the instance has no
// dict and, when the class's instances share an attribute of the
// method's name, that this instance does not hold one; when they share
// no such name, every entry checks that they still do not (names are
// only appended: the count of shared names stays). A module's function is
// a constant every entry looks up again (record_module.go); a class's is
// pinned by the class's version.

// methodDeps is what a trace's method calls and cells rely on beyond the
// classes' versions, checked at every entry.
type methodDeps struct {
	// names are classes whose instances shared exactly n names when a
	// method was found on them that none of those names hides.
	names []sharedNames
	// keep holds the functions the trace compares with words (a
	// function read from a cell), so that their addresses stay theirs.
	keep []vm.Value
}

type sharedNames struct {
	t *vm.Type
	n int
}

// hold reports whether what the trace relies on still holds.
func (d *methodDeps) hold() bool {
	for _, s := range d.names {
		if s.t.SharedNames() != s.n {
			return false
		}
	}
	return true
}

// useSharedNames adds the check that t's instances share exactly as many
// attribute names as now.
func (r *recorder) useSharedNames(t *vm.Type) {
	for _, s := range r.methods.names {
		if s.t == t {
			return
		}
	}
	r.methods.names = append(r.methods.names, sharedNames{t: t, n: t.SharedNames()})
}

// loadMethod records LOAD_METHOD: of a Python function of an instance's
// class, module or class, pushed as CALL expects it (the function and
// the instance, or NULL and the function); of a module's inlined Go
// function (math.sqrt).
func (r *recorder) loadMethod(pc, arg int) error {
	o := r.stack[len(r.stack)-1]
	switch o.k {
	case kModule:
		return r.loadModuleFunc(arg)
	case kClass:
		fn, ok := r.co.ClassFunction(o.v, arg)
		bound := false
		if !ok {
			if fn, bound, ok = r.co.ClassMethodFunction(o.v, arg); !ok {
				return errAbort("method of a class not a plain function")
			}
		}
		t, _ := vm.IsClass(o.v)
		r.useType(t)
		r.pop()
		if bound {
			// A classmethod: called with the class first, as a method
			// of it (an exit before the CALL leaves the function and the
			// class, which the interpreter calls the same way).
			r.push(sval{ref: ir.None, k: kFunc, v: vm.Obj(fn), konst: true})
			r.push(o)
			return nil
		}
		r.push(sval{ref: ir.None, k: kNull, v: vm.Null, konst: true})
		r.push(sval{ref: ir.None, k: kFunc, v: vm.Obj(fn), konst: true})
		return nil
	case kInst:
		return r.instanceMethod(pc, o, arg)
	case kList:
		if m, ok := r.co.ListAppendMethod(arg); ok {
			// As LOAD_METHOD leaves it: list.append, then the list.
			r.pop()
			r.push(sval{ref: ir.None, k: kBuiltin, i: int64(bListAppend), v: m, konst: true})
			r.push(o)
			return nil
		}
	}
	return abortf("method of kind %d", o.k)
}

// instanceMethod records LOAD_METHOD of a function of the class of the
// instance o; its guards exit at the instruction.
func (r *recorder) instanceMethod(pc int, o sval, arg int) error {
	inst := o.v.Instance()
	fn, pos, ok := r.co.MethodOf(inst, arg)
	if !ok {
		return errAbort("method not a plain function of the instance's class")
	}
	t := inst.Type()
	r.useType(t)
	snap := r.snap(pc, "method")
	if r.attrs == nil {
		r.attrs = map[ir.Ref]attrValues{}
	}
	a, seen := r.attrs[o.ref]
	if !seen {
		a.vals = r.b.Load(o.ref, int64(vm.InstanceValsOffset), ir.Object)
	}
	if !a.noDict {
		r.b.Guard(ir.OpGuardEq, snap, r.b.Load(o.ref, int64(vm.InstanceDictOffset), ir.Object), r.b.RefConst(0))
		a.noDict = true
	}
	switch {
	case pos < 0:
		// No instance shares the name now: none can hide the method
		// while the count of shared names stays.
		r.useSharedNames(t)
	case pos >= len(inst.Values()):
		// The instance's values end before the name's position.
		n := r.b.Load(o.ref, int64(vm.InstanceValsOffset)+8, ir.Int)
		r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpLe, n, r.b.Int(int64(pos))))
	default:
		// The instance has values there, and none at the name's.
		if pos >= a.n {
			n := r.b.Load(o.ref, int64(vm.InstanceValsOffset)+8, ir.Int)
			r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpGt, n, r.b.Int(int64(pos))))
			a.n = pos + 1
		}
		r.b.Guard(ir.OpGuardEq, snap, r.b.Load(a.vals, int64(pos)*int64(vm.ValueSize), ir.Int), r.b.Int(0))
	}
	r.attrs[o.ref] = a
	r.pop()
	r.push(sval{ref: ir.None, k: kFunc, v: vm.Obj(fn), konst: true})
	o.konst = false
	r.push(o)
	return nil
}

// classAttr records LOAD_ATTR of a class: a Python function or a
// staticmethod's (to call it with PUSH_NULL before), or a value that is
// not a descriptor (an int, float, bool, None, tuple, list or instance:
// `Strength.REQUIRED`), a constant the class's version pins. An
// instance's class can change without the class holding it changing: a
// guard checks it, exiting at the instruction.
func (r *recorder) classAttr(pc, arg int) error {
	o := r.stack[len(r.stack)-1]
	t, _ := vm.IsClass(o.v)
	fn, ok := r.co.ClassFunction(o.v, arg)
	if !ok {
		var bound bool
		fn, bound, ok = r.co.ClassMethodFunction(o.v, arg)
		ok = ok && !bound
	}
	if ok {
		r.useType(t)
		r.pop()
		r.push(sval{ref: ir.None, k: kFunc, v: vm.Obj(fn), konst: true})
		return nil
	}
	v, ok := r.co.ClassValue(o.v, arg)
	if !ok {
		return errAbort("attribute of a class not a plain function or value")
	}
	switch kindOf(v) {
	case kInt, kFloat, kBool, kPyNone, kTuple, kList, kInst:
	default:
		return abortf("attribute of a class of type %s", v.Type().Name)
	}
	r.useType(t)
	c := r.constant(v)
	if c.k == kInst {
		r.guardClass(c.ref, v.Type(), r.snap(pc, "class attribute's class"))
	}
	r.pop()
	r.push(c)
	return nil
}
