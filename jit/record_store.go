package jit

import (
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Stores of references into attributes. Native code writes no pointer
// (the collector's write barriers are Go's), so STORE_ATTR of a list,
// tuple, instance, cell or None, or of a value whose type differs from the
// attribute's now, is a callout that replaces the value in place, as
// tier 1's STORE_ATTR_INSTANCE_VALUE does, after the guards that found
// the attribute's position (record_attr.go); when the instance no longer
// holds a value there, the callout refuses and the exit lets the
// interpreter store it.
//
// The walk does not change the program's instances: it keeps the values
// it stored into their attributes, which later loads in the walk see.

// attrAt is the position j of an instance's values.
type attrAt struct {
	o *vm.Instance
	j int
}

// attrNow returns the value at position j of o's values as the walk has
// left it.
func (r *recorder) attrNow(o *vm.Instance, j int) vm.Value {
	if v, ok := r.stored[attrAt{o, j}]; ok {
		return v
	}
	return o.Values()[j]
}

// setAttrNow records that the walk stored v at position j of o's values.
func (r *recorder) setAttrNow(o *vm.Instance, j int, v vm.Value) {
	if r.fresh[o] {
		// An instance the walk made: its values are the walk's own.
		o.SetAttrAt(j, v)
		return
	}
	if r.stored == nil {
		r.stored = map[attrAt]vm.Value{}
	}
	r.stored[attrAt{o, j}] = v
}

// storeAttrCall records STORE_ATTR of v at position j of the instance
// o's values as a callout; snap is the state before the instruction.
func (r *recorder) storeAttrCall(o, v sval, j int, snap int32) error {
	if v.k.isConst() || v.k == kNone {
		return abortf("attribute store of kind %d", v.k)
	}
	if v.k == kFloat {
		// A NaN keeps its identity in the interpreter's value.
		r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpFEq, v.ref, v.ref))
	}
	aux := int64(callSetAttr) | int64(v.k)<<8 | int64(j)<<16
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
	r.setAttrNow(o.v.Instance(), j, cv)
	r.pop()
	r.pop()
	return nil
}
