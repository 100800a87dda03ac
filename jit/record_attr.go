package jit

import (
	"unsafe"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Recording of instances of classes and their attributes. An instance is
// a reference (the *vm.Instance) whose class is known: a local's is
// checked at entry, an item's or attribute's where it is read, by a
// guard on the instance's class field. The trace reads an attribute
// where tier 1's specialized LOAD_ATTR does, in the instance's values at
// a position that holds for the class's version, which every entry
// checks (native code cannot change a class, so one check per entry
// suffices): guards that the instance has no dict and that its values
// reach the position, then the value with its type guard, which also
// fails when the attribute was deleted. A store writes only the payload
// word of an attribute whose type word it has checked to be the stored
// value's.

// typeDep is a class whose instances the trace reads, and the version it
// read them at.
type typeDep struct {
	t       *vm.Type
	version uint32
}

// attrValues is what the trace has checked of an instance's values: the
// IR value of their address, how many there are at least, and whether
// the instance has no dict.
type attrValues struct {
	vals   ir.Ref
	n      int
	noDict bool
}

// useType adds t at its current version to the classes every entry
// checks.
func (r *recorder) useType(t *vm.Type) {
	for _, d := range r.types {
		if d.t == t {
			return
		}
	}
	r.types = append(r.types, typeDep{t: t, version: t.Version()})
}

// typeWord returns the address of t: what an instance's class field
// holds.
func typeWord(t *vm.Type) uint64 { return uint64(uintptr(unsafe.Pointer(t))) }

// guardClass checks that the instance at ref is of class t.
func (r *recorder) guardClass(ref ir.Ref, t *vm.Type, snap int32) {
	r.useType(t)
	cls := r.b.Load(ref, int64(vm.InstanceTypeOffset), ir.Object)
	r.b.Guard(ir.OpGuardEq, snap, cls, r.b.RefConst(typeWord(t)))
}

// attrSlot returns where the instance o holds attribute arg (a name
// index), after guards through snap that it still does: j is the index
// in its values, and the IR value the address of its values.
func (r *recorder) attrSlot(o sval, arg int, store bool, snap int32) (ir.Ref, int, error) {
	inst := o.v.Instance()
	j, ok := r.co.AttrSlot(inst, arg, store)
	if !ok {
		return ir.None, 0, errAbort("attribute not in the instance's values")
	}
	if r.attrs == nil {
		r.attrs = map[ir.Ref]attrValues{}
	}
	a, seen := r.attrs[o.ref]
	if !seen {
		a.vals = r.b.Load(o.ref, int64(vm.InstanceValsOffset), ir.Object)
	}
	if j >= inst.Type().SlotCount() && !a.noDict {
		// An attribute beyond the __slots__ is in the values while the
		// instance has no dict.
		r.b.Guard(ir.OpGuardEq, snap, r.b.Load(o.ref, int64(vm.InstanceDictOffset), ir.Object), r.b.RefConst(0))
		a.noDict = true
	}
	if j >= a.n {
		n := r.b.Load(o.ref, int64(vm.InstanceValsOffset)+8, ir.Int)
		r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpGt, n, r.b.Int(int64(j))))
		a.n = j + 1
	}
	r.attrs[o.ref] = a
	return a.vals, j, nil
}

// loadAttr records LOAD_ATTR of an attribute an instance holds in its
// values; the exits resume at the instruction.
func (r *recorder) loadAttr(pc, arg int) error {
	o := r.stack[len(r.stack)-1]
	if o.k == kModule {
		return r.loadModuleAttr(arg)
	}
	if o.k == kClass {
		return r.classAttr(pc, arg)
	}
	if o.k != kInst {
		return abortf("attribute of kind %d", o.k)
	}
	snap := r.snap(pc, "attribute")
	vals, j, err := r.attrSlot(o, arg, false, snap)
	if err != nil {
		return err
	}
	v := r.attrNow(o.v.Instance(), j)
	if k := kindOf(v); k == kNone {
		return abortf("attribute of type %s", v.Type().Name)
	}
	x := r.value(vals, int64(j)*int64(vm.ValueSize), v, snap)
	r.pop()
	r.push(x)
	return nil
}

// storeAttr records STORE_ATTR of an int, float or bool into an
// attribute an instance holds in its values that holds one of the same
// type: only the payload word changes (an instance the walk made for a
// class call gets its attributes appended: record_class.go). A NaN, a value of another type, or an attribute
// that holds another type now is stored by the interpreter.
func (r *recorder) storeAttr(pc, arg int) error {
	n := len(r.stack)
	o, v := r.stack[n-1], r.stack[n-2]
	if o.k != kInst {
		return abortf("attribute store into kind %d", o.k)
	}
	if inst := o.v.Instance(); r.fresh[inst] {
		if j, ok := r.co.AppendsAttr(inst, arg); ok {
			return r.appendAttr(pc, o, v, j)
		}
	} else if err := r.effect("attribute store"); err != nil {
		return err
	}
	snap := r.snap(pc, "attribute store")
	vals, j, err := r.attrSlot(o, arg, true, snap)
	if err != nil {
		return err
	}
	if !v.k.isWord() || kindOf(r.attrNow(o.v.Instance(), j)) != v.k {
		// A reference, or a value of another type (record_store.go).
		return r.storeAttrCall(o, v, j, snap)
	}
	r.setAttrNow(o.v.Instance(), j, valueOf(v))
	off := int64(j) * int64(vm.ValueSize)
	r.b.Guard(ir.OpGuardEq, snap, r.b.Load(vals, off, ir.Int), r.b.Int(int64(tags[v.k])))
	if v.k == kFloat {
		r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpFEq, v.ref, v.ref))
	}
	r.b.Store(vals, off+int64(vm.ValuePayloadOffset), v.ref)
	r.pop()
	r.pop()
	return nil
}
