package vm

import "unsafe"

// Instance attributes for tier 2. A trace reads an attribute of an
// instance of a class statement where tier 1's LOAD_ATTR_INSTANCE_VALUE
// and LOAD_ATTR_SLOT read it: in the instance's values, at a position
// that holds for every instance of the class as long as the class's
// version does (the shared names are only ever appended to).

// The memory layout of an Instance native code reads: its class, its
// dict (nil while the attributes are in the values) and its values (the
// array's address, then the length).
const (
	InstanceTypeOffset = unsafe.Offsetof(Instance{}.typ)
	InstanceDictOffset = unsafe.Offsetof(Instance{}.dict)
	InstanceValsOffset = unsafe.Offsetof(Instance{}.vals)
)

// Instance returns the instance of a class statement v holds, or nil.
func (v Value) Instance() *Instance {
	o, ok := v.o.(*Instance)
	if !ok || !o.typ.heap {
		return nil
	}
	return o
}

// AttrSlot returns where LOAD_ATTR (or, with store, STORE_ATTR) of the
// code's name i finds the attribute of o when the instance has it in its
// values, as tier 1's specialized forms do: the index in the values, for
// o's class at its current version. It reports false when the access
// goes through the class (a descriptor, __getattr__, __setattr__, a
// class attribute the instance does not hide), a dict, or when o has no
// such attribute now.
func (co *CodeObj) AttrSlot(o *Instance, i int, store bool) (int, bool) {
	t := o.typ
	if !t.heap || t.version == 0 || !plainAttributeType(t) {
		return 0, false
	}
	name := co.names[i]
	if store {
		if sa := t.lookupS(strSetattr); sa.o != nil && !isObjectAttrHook(sa) {
			return 0, false
		}
	}
	attr := t.lookupS(name)
	if d, ok := attr.o.(*SlotDescriptor); ok {
		if d.Index >= len(o.vals) || o.vals[d.Index].o == nil {
			return 0, false
		}
		return d.Index, true
	}
	if attr.o != nil {
		// Only an attribute of no kind the instance's own value could
		// not hide: a function or a plain value of the class.
		if isDataDescriptor(attr) {
			return 0, false
		}
		if _, isFn := attr.o.(*Function); !isFn && attr.Type().Lookup("__get__").o != nil {
			return 0, false
		}
	}
	if o.dict != nil {
		return 0, false
	}
	j := int(t.valueSlot(name))
	if j < 0 || j >= len(o.vals) || o.vals[j].o == nil {
		return 0, false
	}
	return j, true
}

// SlotCount returns how many __slots__ the instances of t have: the
// first of their values.
func (t *Type) SlotCount() int { return len(t.slotNames) }

// Values returns the instance's values: its __slots__, then, while it
// has no dict, its attributes.
func (o *Instance) Values() []Value { return o.vals }

// ModuleAttr returns what LOAD_ATTR of the code's name i finds on the
// module v holds, without side effects: false when v is not a module or
// its dict lacks the name (a module's __getattr__ is not called).
func (co *CodeObj) ModuleAttr(v Value, i int) (Value, bool) {
	m, ok := v.o.(*Module)
	if !ok {
		return Null, false
	}
	return m.Dict.getS(co.names[i])
}

// ModuleAttrCached is [CodeObj.ModuleAttr] with the lookup remembered
// in c.
func (co *CodeObj) ModuleAttrCached(v Value, i int, c *GlobalCache) (Value, bool) {
	m, ok := v.o.(*Module)
	if !ok {
		return Null, false
	}
	return globalCached(m.Dict, nil, co.names[i], c)
}

// BuiltinName returns the module and name of a function of a module
// written in Go (math.sqrt: "math", "sqrt").
func BuiltinName(v Value) (mod, name string, ok bool) {
	b, ok := v.o.(*Builtin)
	if !ok || b.Self.o != nil {
		return "", "", false
	}
	return b.mod, b.Name, true
}

// IsModule reports whether v is a module.
func IsModule(v Value) bool {
	_, ok := v.o.(*Module)
	return ok
}
