package vm

// The pickle and copy protocol of object: __reduce__, __reduce_ex__ and
// __getstate__, as CPython's Objects/typeobject.c implements them with the
// help of the copyreg module.

// objectReduceDescr is object.__reduce__, which __reduce_ex__ recognizes
// as "not overridden"; objectGetStateDescr is object.__getstate__.
var objectReduceDescr, objectGetStateDescr Value

// Interned names of the reduction protocol.
var (
	strReduce    = intern("__reduce__")
	strGetstate  = intern("__getstate__")
	strSlotnames = intern("__slotnames__")
)

func initObjectReduce(o *Type) {
	method(o, "__getstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.objectGetStateDefault(self, false)
	})
	objectGetStateDescr, _ = o.Dict.GetStr("__getstate__")
	method(o, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.commonReduce(self, 0)
	})
	objectReduceDescr, _ = o.Dict.GetStr("__reduce__")
	method(o, "__reduce_ex__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		proto, err := th.cIntArg(args[0])
		if err != nil {
			return Null, err
		}
		return th.objectReduceEx(self, int(proto))
	})
}

// initOSErrorReduce installs OSError.__reduce__, which gives the
// constructor back the filenames that its __init__ kept out of args.
func initOSErrorReduce() {
	method(OSErrorType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e, err := selfAs[*Exception](self)
		if err != nil {
			return Null, err
		}
		a := Obj(e.args)
		if f := e.field(osFilename); f.o != nil && len(e.args.items) == 2 {
			items := append([]Value(nil), e.args.items...)
			items = append(items, f)
			if f2 := e.field(osFilename2); f2.o != nil {
				items = append(items, None, f2)
			}
			a = Obj(NewTuple(items))
		}
		if e.dict != nil && e.dict.Len() > 0 {
			return TupleOf(Obj(e.typ), a, Obj(e.dict)), nil
		}
		return TupleOf(Obj(e.typ), a), nil
	})
}

// objectReduceEx is object.__reduce_ex__(protocol): a __reduce__ that the
// class overrides decides, otherwise the protocol's default reduction.
func (th *Thread) objectReduceEx(self Value, proto int) (Value, error) {
	if inheritsObjectMethod(self, strReduce, objectReduceDescr) && self.Type().Type() == TypeType {
		// Both self.__reduce__ and type(self).__reduce__ are object's.
		return th.commonReduce(self, proto)
	}
	reduce, err := th.GetAttr(self, strReduce)
	if err != nil {
		if !isAttributeError(err) {
			return Null, err
		}
	} else {
		clsReduce, err := th.GetAttr(Obj(self.Type()), strReduce)
		if err != nil {
			return Null, err
		}
		if !clsReduce.Is(objectReduceDescr) {
			return th.Call(reduce, nil, nil)
		}
	}
	return th.commonReduce(self, proto)
}

// inheritsObjectMethod reports whether attribute name of an instance of a
// class is object's method descr, found through the generic lookup: the
// class neither hooks attribute access nor defines name, and the
// instance's own attributes do not hide it. Binding the method is then
// unnecessary for a caller that would only run object's.
func inheritsObjectMethod(v Value, name *Str, descr Value) bool {
	inst, ok := v.o.(*Instance)
	if !ok || !plainAttributeType(inst.typ) || !inst.typ.lookupS(name).Is(descr) {
		return false
	}
	_, shadowed := inst.getAttrS(name)
	return !shadowed
}

// commonReduce reduces self for a protocol: copyreg._reduce_ex below
// protocol 2, copyreg.__newobj__ (or __newobj_ex__) from 2 on.
func (th *Thread) commonReduce(self Value, proto int) (Value, error) {
	if proto >= 2 {
		return th.reduceNewobj(self)
	}
	copyreg, err := th.importModule("copyreg")
	if err != nil {
		return Null, err
	}
	return th.CallMethod(copyreg, "_reduce_ex", self, Int(int64(proto)))
}

// reduceNewobj is the reduction of protocol 2 and later:
// (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or
// (copyreg.__newobj_ex__, (cls, args, kwargs), ...) when __getnewargs_ex__
// gives keyword arguments.
func (th *Thread) reduceNewobj(obj Value) (Value, error) {
	t := obj.Type()
	if typeLacksNew(t) {
		return Null, Errorf(TypeErrorType, "cannot pickle '%s' object", t.Name)
	}
	args, kwargs, err := th.getNewArguments(obj)
	if err != nil {
		return Null, err
	}
	copyreg, err := th.importModule("copyreg")
	if err != nil {
		return Null, err
	}
	var newobj, newargs Value
	if kwargs == nil || kwargs.Len() == 0 {
		if newobj, err = th.GetAttr(copyreg, intern("__newobj__")); err != nil {
			return Null, err
		}
		items := []Value{Obj(t)}
		if args != nil {
			items = append(items, args.items...)
		}
		newargs = Obj(NewTuple(items))
	} else {
		if newobj, err = th.GetAttr(copyreg, intern("__newobj_ex__")); err != nil {
			return Null, err
		}
		newargs = TupleOf(Obj(t), Obj(args), Obj(kwargs))
	}
	_, isList := unwrap(obj).o.(*List)
	_, isDict := unwrap(obj).o.(*Dict)
	state, err := th.objectGetState(obj, !(args != nil || isList || isDict))
	if err != nil {
		return Null, err
	}
	listitems, dictitems := None, None
	if isList {
		if listitems, err = th.Iter(obj); err != nil {
			return Null, err
		}
	}
	if isDict {
		items, err := th.CallMethod(obj, "items")
		if err != nil {
			return Null, err
		}
		if dictitems, err = th.Iter(items); err != nil {
			return Null, err
		}
	}
	return Obj(NewTuple([]Value{newobj, newargs, state, listitems, dictitems})), nil
}

// typeLacksNew reports whether t is a builtin type that CPython gives no
// tp_new: its instances are made only by the runtime.
func typeLacksNew(t *Type) bool {
	b := solidBase(t)
	if b == ObjectType || b == NoneType || b == NotImplementedType || b == EllipsisType || b.layout == BaseExceptionType ||
		b == BaseExceptionType {
		return false
	}
	nb, ok := b.Lookup("__new__").o.(*Builtin)
	return ok && nb == objectNewBuiltin
}

// solidBase is the nearest builtin type among t and its primary bases.
func solidBase(t *Type) *Type {
	for t.heap && t.Base != nil {
		t = t.Base
	}
	return t
}

// getNewArguments calls __getnewargs_ex__ or __getnewargs__ when the type
// defines one; both results are nil when it defines neither.
func (th *Thread) getNewArguments(obj Value) (*Tuple, *Dict, error) {
	t := obj.Type()
	if m := t.Lookup("__getnewargs_ex__"); m.o != nil {
		r, err := th.callSpecial(m, obj)
		if err != nil {
			return nil, nil, err
		}
		pair, ok := r.o.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "__getnewargs_ex__ should return a tuple, not '%s'", r.Type().Name)
		}
		if len(pair.items) != 2 {
			return nil, nil, Errorf(ValueErrorType, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(pair.items))
		}
		args, ok := unwrap(pair.items[0]).o.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", pair.items[0].Type().Name)
		}
		kwargs, ok := unwrap(pair.items[1]).o.(*Dict)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", pair.items[1].Type().Name)
		}
		return args, kwargs, nil
	}
	if m := t.Lookup("__getnewargs__"); m.o != nil {
		r, err := th.callSpecial(m, obj)
		if err != nil {
			return nil, nil, err
		}
		args, ok := unwrap(r).o.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "__getnewargs__ should return a tuple, not '%s'", r.Type().Name)
		}
		return args, nil, nil
	}
	return nil, nil, nil
}

// objectGetState calls obj.__getstate__(); object's own passes required,
// which makes objects whose builtin state it cannot see unpicklable.
func (th *Thread) objectGetState(obj Value, required bool) (Value, error) {
	if inheritsObjectMethod(obj, strGetstate, objectGetStateDescr) {
		return th.objectGetStateDefault(obj, required)
	}
	getstate, err := th.GetAttr(obj, strGetstate)
	if err != nil {
		return Null, err
	}
	if b, ok := getstate.o.(*Builtin); ok && b.owner == "object" && b.Name == "__getstate__" && b.Self.Is(obj) {
		return th.objectGetStateDefault(obj, required)
	}
	return th.Call(getstate, nil, nil)
}

// itemSizeTypes are the builtin types whose CPython instances vary in
// size (tp_itemsize): object.__getstate__ cannot save them.
func isItemSizeType(t *Type) bool {
	switch t {
	case IntType, BoolType, BytesType, TupleType, TypeType, MemoryViewType:
		return true
	}
	return false
}

// objectGetStateDefault is object.__getstate__: the instance __dict__ (None
// when empty), paired with a dict of the set __slots__ when there are any.
func (th *Thread) objectGetStateDefault(obj Value, required bool) (Value, error) {
	t := obj.Type()
	base := solidBase(t)
	if required && isItemSizeType(base) {
		return Null, Errorf(TypeErrorType, "cannot pickle %s objects", t.Name)
	}
	state := None
	if d := stateDict(obj); d != nil {
		state = Obj(d)
	}
	slotnames, err := th.typeSlotNames(t)
	if err != nil {
		return Null, err
	}
	if required && base != ObjectType && base != NoneType && base != NotImplementedType && base != EllipsisType {
		return Null, Errorf(TypeErrorType, "cannot pickle '%s' object", t.Name)
	}
	if slotnames == nil || len(slotnames.items) == 0 {
		return state, nil
	}
	slots := NewDict()
	n := len(slotnames.items)
	for i := 0; i < len(slotnames.items); i++ {
		name := slotnames.items[i]
		s, ok := unwrap(name).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", name.Type().Name)
		}
		v, err := th.GetAttr(obj, s)
		if err == nil {
			if err := th.SetItem(Obj(slots), name, v); err != nil {
				return Null, err
			}
		} else if !isAttributeError(err) {
			return Null, err
		}
		if n != len(slotnames.items) {
			return Null, Errorf(RuntimeErrorType, "__slotsname__ changed size during iteration")
		}
	}
	if slots.Len() > 0 {
		state = TupleOf(state, Obj(slots))
	}
	return state, nil
}

// stateDict is the non-empty __dict__ of obj, or nil. A class's is a copy
// of its namespace.
func stateDict(obj Value) *Dict {
	if t, ok := obj.o.(*Type); ok {
		return t.Dict.Copy()
	}
	if d := instanceDict(obj); d != nil && d.Len() > 0 {
		return d
	}
	return nil
}

// typeSlotNames is the list of t's slot names that __getstate__ saves:
// t.__slotnames__ when t has it, else copyreg._slotnames(t); nil for None.
func (th *Thread) typeSlotNames(t *Type) (*List, error) {
	if v, ok := t.Dict.getS(strSlotnames); ok {
		if v.IsNone() {
			return nil, nil
		}
		l, ok := v.o.(*List)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s.__slotnames__ should be a list or None, not %s", t.Name, v.Type().Name)
		}
		return l, nil
	}
	copyreg, err := th.importModule("copyreg")
	if err != nil {
		return nil, err
	}
	v, err := th.CallMethod(copyreg, "_slotnames", Obj(t))
	if err != nil {
		return nil, err
	}
	if v.IsNone() {
		return nil, nil
	}
	l, ok := v.o.(*List)
	if !ok {
		return nil, Errorf(TypeErrorType, "copyreg._slotnames didn't return a list or None")
	}
	return l, nil
}
