package vm

import "unsafe"

// Method calls, classes and cells for tier 2. A trace calls a method of
// an instance where tier 1's LOAD_METHOD_WITH_VALUES and
// LOAD_METHOD_NO_DICT find it: a plain Python function on the class,
// which the class's version pins, that the instance does not hide with
// an attribute of its own.

// CellValueOffset is the offset of a cell's value in a Cell.
const CellValueOffset = unsafe.Offsetof(Cell{}.V)

// MethodOf returns the Python function LOAD_METHOD of the code's name i
// runs on o, as tier 1's specialized forms find it: o's class looks
// attributes up the default way and its attribute of that name is a
// function, and o has no dict and does not hide the function in its
// values. pos is the position in the values of o's class's instances
// where an attribute of that name would hide it, or -1 when the
// instances share no such name now (see [Type.SharedNames]).
func (co *CodeObj) MethodOf(o *Instance, i int) (fn *Function, pos int, ok bool) {
	t := o.typ
	if !t.heap || t.version == 0 || !plainAttributeType(t) || o.dict != nil {
		return nil, 0, false
	}
	name := co.names[i]
	fn, ok = t.lookupS(name).o.(*Function)
	if !ok {
		return nil, 0, false
	}
	pos = int(t.valueSlot(name))
	if pos >= 0 && pos < len(o.vals) && o.vals[pos].o != nil {
		return nil, 0, false
	}
	return fn, pos, true
}

// SharedNames returns how many attribute names the instances of t share
// in their values. Names are only appended: while the count stays, a
// name the instances did not share they still do not.
func (t *Type) SharedNames() int { return t.keyCount() }

// ClassFunction returns the plain Python function LOAD_METHOD or
// LOAD_ATTR of the code's name i finds on the class v (C.f), as tier 1's
// LOAD_METHOD_CLASS does: v is a class statement's class whose metaclass
// is type, and its attribute of that name is a function, which the
// class's version pins.
func (co *CodeObj) ClassFunction(v Value, i int) (*Function, bool) {
	t, ok := v.o.(*Type)
	if !ok || !t.heap || t.meta != nil || t.version == 0 {
		return nil, false
	}
	name := co.names[i]
	fn, ok := t.lookupS(name).o.(*Function)
	if !ok || TypeType.lookupS(name).o != nil {
		return nil, false
	}
	return fn, true
}

// plainClassAttr returns the attribute of the code's name i the class v
// (a class statement's class whose metaclass is type) finds in its MRO,
// when type itself has no attribute of that name, which would come first
// or bind differently.
func (co *CodeObj) plainClassAttr(v Value, i int) (Value, bool) {
	t, ok := v.o.(*Type)
	if !ok || !t.heap || t.meta != nil || t.version == 0 {
		return Null, false
	}
	name := co.names[i]
	a := t.lookupS(name)
	if a.o == nil || TypeType.lookupS(name).o != nil {
		return Null, false
	}
	return a, true
}

// ClassMethodFunction returns the Python function of a classmethod or a
// staticmethod that LOAD_METHOD or LOAD_ATTR of the code's name i finds on
// the class v (C.f, which calls it with C first for a classmethod), as
// [CodeObj.ClassFunction] finds functions; the class's version pins it.
func (co *CodeObj) ClassMethodFunction(v Value, i int) (fn *Function, classMethod, ok bool) {
	a, ok := co.plainClassAttr(v, i)
	if !ok {
		return nil, false, false
	}
	switch m := a.o.(type) {
	case *ClassMethod:
		fn, ok = m.Fn.o.(*Function)
		return fn, true, ok
	case *StaticMethod:
		fn, ok = m.Fn.o.(*Function)
		return fn, false, ok
	}
	return nil, false, false
}

// ClassValue returns the attribute LOAD_ATTR of the code's name i finds
// on the class v (C.x) when it is the value itself: not a descriptor (its
// type has no __get__), found as [CodeObj.ClassFunction] finds functions;
// the class's version pins it.
func (co *CodeObj) ClassValue(v Value, i int) (Value, bool) {
	a, ok := co.plainClassAttr(v, i)
	if !ok || a.Type().Lookup("__get__").o != nil {
		return Null, false
	}
	return a, true
}

// OperatorMethod returns the Python function a binary operator calls on
// an instance of t first (name is its method, `__add__`; inplace its
// in-place form, `__iadd__`, which comes first when t has one), when t is
// a class statement's class and the function is found on it; t's
// version pins it.
func OperatorMethod(t *Type, name, inplace string) (*Function, bool) {
	if !t.heap || t.version == 0 {
		return nil, false
	}
	if inplace != "" && t.Lookup(inplace).o != nil {
		return nil, false
	}
	fn, ok := t.Lookup(name).o.(*Function)
	return fn, ok
}

// IsClass reports whether v is the class of a class statement, and
// returns it.
func IsClass(v Value) (*Type, bool) {
	t, ok := v.o.(*Type)
	return t, ok && t.heap
}

// IsCell reports whether v is a cell.
func IsCell(v Value) bool {
	_, ok := v.o.(*Cell)
	return ok
}

// Closure returns the cells of the function's free variables, which a
// frame of it holds from its code's FreeStart on.
func (fn *Function) Closure() []*Cell { return fn.closure }

// PlainInit returns the class v and its __init__ when a call of v
// allocates an instance and runs __init__ on it as tier 1's
// CALL_ALLOC_AND_ENTER_INIT does: v is a class statement's class whose
// metaclass is type, with object's layout and __new__, no abstract
// methods and no __del__, and its __init__ is a Python function. The
// class's version pins all of it.
func PlainInit(v Value) (*Type, *Function, bool) {
	t, ok := v.o.(*Type)
	if !ok || !t.heap || t.version == 0 || t.meta != nil || t.abstract > 0 || t.layout != ObjectType || t.hasDel() {
		return nil, nil, false
	}
	if !inheritsObjectNew(t) {
		return nil, nil, false
	}
	init, ok := t.Lookup("__init__").o.(*Function)
	return t, init, ok
}

// NewPlainInstance returns a new instance of a class [PlainInit]
// accepts, as object.__new__ makes it.
func NewPlainInstance(t *Type) Value { return Obj(t.newInstance()) }

// AppendsAttr reports whether STORE_ATTR of the code's name i into o
// appends the attribute to o's values, as it does for each attribute
// __init__ sets in the order o's class's instances share: the class sets
// attributes the default way and has no data descriptor of that name, o
// has no dict, and its values end right before the name's position,
// which it returns. The class's version and its shared names (only ever
// appended to) pin the position.
func (co *CodeObj) AppendsAttr(o *Instance, i int) (int, bool) {
	t := o.typ
	if !t.heap || t.version == 0 || !t.plainAttrs() || !t.plainSet || o.dict != nil {
		return 0, false
	}
	name := co.names[i]
	if attr := t.lookupS(name); attr.o != nil && isDataDescriptor(attr) {
		return 0, false
	}
	j := int(t.valueSlot(name))
	if j < 0 || j != len(o.vals) {
		return 0, false
	}
	return j, true
}

// AppendAttr appends v to o's values when they end right before
// position j and o has no dict, as STORE_ATTR does where [AppendsAttr]
// holds; it reports false, changing nothing, otherwise.
func (o *Instance) AppendAttr(j int, v Value) bool {
	if o.dict != nil || len(o.vals) != j {
		return false
	}
	o.vals = append(o.vals, v)
	return true
}

// PushInitCall is [Thread.PushCall] for the __init__ of a class call
// (see [PlainInit]): when the frame returns, the instance already on f's
// stack is the call's result, and __init__'s result must be None.
func (th *Thread) PushInitCall(f *Frame, fn *Function) *Frame {
	nf := th.PushCall(f, fn)
	nf.onReturn = returnInitSelf
	return nf
}

// SetAttrAt replaces the attribute at position j of o's values, as
// STORE_ATTR does in place where [CodeObj.AttrSlot] found it: o holds a
// value there, and o has no dict unless j is one of its __slots__. It
// reports false, changing nothing, otherwise.
func (o *Instance) SetAttrAt(j int, v Value) bool {
	if j >= len(o.vals) || o.vals[j].o == nil || (j >= len(o.typ.slotNames) && o.dict != nil) {
		return false
	}
	o.vals[j] = v
	return true
}
