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
