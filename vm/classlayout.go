package vm

// The __dict__ and __weakref__ descriptors that a class statement puts in
// its class's dict, as CPython's type_new does: a class gets each one
// unless its best base's instances already have it (or, for __weakref__,
// are of variable size); with __slots__, only when the slots name it.

// builtinWeakrefs are the subclassable builtin types whose instances have
// a weak reference list.
var builtinWeakrefs = map[*Type]bool{}

// builtinVarSized are the builtin types of variable-sized instances,
// whose subclasses cannot add a weak reference list.
var builtinVarSized = map[*Type]bool{}

func initClassLayout() {
	for _, t := range []*Type{SetType, FrozenSetType, TypeType} {
		builtinWeakrefs[t] = true
	}
	for _, t := range []*Type{IntType, BoolType, BytesType, TupleType, TypeType} {
		builtinVarSized[t] = true
	}
}

// layoutSolidBase is CPython's solid_base: the nearest type of b's that adds
// fields to its instances.
func layoutSolidBase(b *Type) *Type {
	if b.heap {
		if b.solid != nil {
			return b.solid
		}
		return ObjectType
	}
	if b.layout != nil {
		return b.layout
	}
	return b
}

// bestBase is CPython's best_base: the base whose solid base derives from
// every other base's. (A conflict was refused already.)
func bestBase(bases []*Type) *Type {
	var base, winner *Type
	for _, b := range bases {
		c := layoutSolidBase(b)
		switch {
		case winner == nil:
			base, winner = b, c
		case winner.IsSubtype(c):
		case c.IsSubtype(winner):
			base, winner = b, c
		}
	}
	return base
}

// layoutHasDict reports whether instances of b have a __dict__.
func layoutHasDict(b *Type) bool {
	if b.hasDict || b.heap {
		return b.hasDict
	}
	return b == ClassMethodType || b == StaticMethodType || b == TypeType || b == PartialType || b.IsSubtype(BaseExceptionType)
}

// layoutHasWeakrefs reports whether instances of b have a weak reference
// list.
func layoutHasWeakrefs(b *Type) bool {
	if b.heap {
		return b.weakrefs
	}
	return builtinWeakrefs[b]
}

// layoutVarSized reports whether instances of b are of variable size.
func layoutVarSized(b *Type) bool {
	if l := b.layout; l != nil && builtinVarSized[l] {
		return true
	}
	return builtinVarSized[b]
}

// classSlots is what a class's __slots__ says of __dict__ and
// __weakref__.
type classSlots struct {
	dict, weakref bool
	count         int // the number of names
}

// addLayoutDescriptors records t's layout facts and adds the __dict__ and
// __weakref__ descriptors its instances get (slots is nil without
// __slots__). A name the class body defined is left alone, as CPython
// does.
func addLayoutDescriptors(t *Type, bases []*Type, slots *classSlots) error {
	best := bestBase(bases)
	mayDict := !layoutHasDict(best)
	mayWeak := !layoutHasWeakrefs(best) && !layoutVarSized(best)
	addDict, addWeak := mayDict, mayWeak
	if slots != nil {
		if slots.count > 0 && layoutVarSized(best) {
			return Errorf(TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", best.Name)
		}
		addDict, addWeak = slots.dict, slots.weakref
		if addDict && !mayDict {
			return Errorf(TypeErrorType, "__dict__ slot disallowed: we already got one")
		}
		if addWeak && !mayWeak {
			return Errorf(TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
		}
	}
	t.weakrefs = addWeak || layoutHasWeakrefs(best)
	if len(t.slotNames) > len(bases[0].slotNames) {
		t.solid = t
	} else {
		t.solid = layoutSolidBase(best)
	}
	if addDict {
		if _, ok := t.Dict.GetStr("__dict__"); !ok {
			t.Dict.SetStr("__dict__", Obj(&GetSetDescriptor{Name: "__dict__", Owner: t, Get: getInstanceDict, Set: setInstanceDictAttr,
				doc: "dictionary for instance variables"}))
		}
	}
	if addWeak {
		if _, ok := t.Dict.GetStr("__weakref__"); !ok {
			t.Dict.SetStr("__weakref__", Obj(&GetSetDescriptor{Name: "__weakref__", Owner: t, Get: getWeakrefList,
				doc: "list of weak references to the object"}))
		}
	}
	return nil
}

// getInstanceDict is the getter of a class's __dict__ descriptor.
func getInstanceDict(th *Thread, v Value) (Value, error) {
	if d := builtinDictDescriptor(v); d != nil {
		return d.Get(th, v)
	}
	if d := instanceDict(v); d != nil {
		return Obj(d), nil
	}
	return Null, th.noAttribute(v, "__dict__")
}

// setInstanceDictAttr is the setter (and deleter, x Null) of a class's
// __dict__ descriptor.
// dictAssigned checks a value assigned to the __dict__ of a builtin
// type's object (CPython's PyObject_GenericSetDict): a dict, and never a
// deletion.
func dictAssigned(x Value) (*Dict, error) {
	if x.o == nil {
		return nil, Errorf(TypeErrorType, "cannot delete __dict__")
	}
	d, ok := x.o.(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", x.Type().Name)
	}
	return d, nil
}

func setInstanceDictAttr(th *Thread, v, x Value) error {
	if d := builtinDictDescriptor(v); d != nil {
		if d.Set == nil {
			return Errorf(AttributeErrorType, "attribute '__dict__' of '%s' objects is not writable", d.Owner.Name)
		}
		return d.Set(th, v, x)
	}
	if handled, err := setInstanceDict(v, x); handled {
		return err
	}
	return th.noAttribute(v, "__dict__")
}

// getWeakrefList is the getter of a class's __weakref__ descriptor: the
// first weak reference to the object, and there are none.
func getWeakrefList(th *Thread, v Value) (Value, error) {
	return None, nil
}

// builtinDictDescriptor is the __dict__ descriptor of the builtin base
// of v's class when that base has its own (a metaclass's instance, a
// class, has type's): a class's __dict__ descriptor defers to it, as
// CPython's subtype_dict does through get_builtin_base_with_dict.
func builtinDictDescriptor(v Value) *GetSetDescriptor {
	if _, ok := v.o.(*Instance); ok {
		return nil
	}
	for _, b := range v.Type().MRO {
		if b.heap || b == ObjectType {
			continue
		}
		if dv, ok := b.Dict.GetStr("__dict__"); ok {
			d, _ := dv.o.(*GetSetDescriptor)
			return d
		}
	}
	return nil
}
