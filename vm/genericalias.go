package vm

// types.GenericAlias: the result of subscripting a builtin class, as in
// list[int] or dict[str, int].

import "strings"

// GenericAlias is a parameterized builtin type.
type GenericAlias struct {
	origin Value
	args   *Tuple
	// starred marks the unpacked alias *tuple[int] (PEP 646) that
	// iterating over an alias yields.
	starred bool
}

// Type implements Object.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// GenericAliasType is types.GenericAlias.
var GenericAliasType *Type

func (th *Thread) genericAliasArgRepr(v Value) (string, error) {
	switch o := v.o.(type) {
	case *Type:
		return typeReprName(o), nil
	case ellipsisObj:
		return "...", nil
	case *GenericAlias:
		return th.genericAliasRepr(o)
	}
	// As CPython's ga_repr_item: a value with __origin__ and __args__ is
	// itself generic (repr); one with __qualname__ and __module__ is named
	// by them; anything else by its repr. Looking the attributes up may
	// fail otherwise than with AttributeError.
	if _, ok, err := th.lookupAttrOpt(v, "__origin__"); err != nil {
		return "", err
	} else if ok {
		if _, ok, err := th.lookupAttrOpt(v, "__args__"); err != nil || ok {
			if err != nil {
				return "", err
			}
			return th.Repr(v)
		}
	}
	qn, ok, err := th.lookupAttrOpt(v, "__qualname__")
	if err != nil || !ok {
		if err != nil {
			return "", err
		}
		return th.Repr(v)
	}
	mod, ok, err := th.lookupAttrOpt(v, "__module__")
	if err != nil || !ok || mod.IsNone() {
		if err != nil {
			return "", err
		}
		return th.Repr(v)
	}
	q, err := th.Str(qn)
	if err != nil {
		return "", err
	}
	if m, ok := unwrap(mod).o.(*Str); ok && m.s == "builtins" {
		return q, nil
	}
	m, err := th.Str(mod)
	if err != nil {
		return "", err
	}
	return m + "." + q, nil
}

func typeReprName(t *Type) string {
	mod := "builtins"
	if m, ok := t.Dict.GetStr("__module__"); ok {
		if s, ok := m.o.(*Str); ok {
			mod = s.s
		}
	}
	if mod == "builtins" {
		return t.QualName
	}
	return mod + "." + t.QualName
}

func (th *Thread) genericAliasRepr(g *GenericAlias) (string, error) {
	origin, err := th.genericAliasArgRepr(g.origin)
	if err != nil {
		return "", err
	}
	parts := make([]string, len(g.args.items))
	for i, a := range g.args.items {
		if parts[i], err = th.genericAliasArgRepr(a); err != nil {
			return "", err
		}
	}
	if len(parts) == 0 {
		parts = []string{"()"}
	}
	star := ""
	if g.starred {
		star = "*"
	}
	return star + origin + "[" + strings.Join(parts, ", ") + "]", nil
}

func initGenericAlias() {
	t := newBuiltinType("GenericAlias", ObjectType)
	t.Dict.SetStr("__module__", String("types"))
	GenericAliasType = t
	t.layout = t
	builtinWeakrefs[t] = true
	// A subclass's instances (collections.abc's _CallableGenericAlias)
	// hold the alias as their base value.
	ga := func(v Value) *GenericAlias { return unwrap(v).o.(*GenericAlias) }
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "GenericAlias", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		if cls == t && len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "GenericAlias() takes no keyword arguments")
		}
		if n := len(args) - len(kw) - 1; n != 2 {
			return Null, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", n)
		}
		return newOf(cls, t, newGenericAlias(args[1], args[2])), nil
	}}))
	// As CPython's ga_reduce: an unpacked alias is the next item of its
	// packed form's iterator.
	method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		g := ga(self)
		if g.starred {
			next, _ := th.interp.builtins.GetStr("next")
			packed := &GenericAlias{origin: g.origin, args: g.args}
			return TupleOf(next, TupleOf(Obj(&gaIter{alias: packed}))), nil
		}
		return TupleOf(Obj(self.Type()), TupleOf(g.origin, Obj(g.args))), nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := th.genericAliasRepr(ga(self))
		return String(s), err
	})
	method(t, "__call__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.Call(ga(self).origin, args, kw)
	})
	method(t, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, ok := unwrap(args[0]).o.(*GenericAlias)
		if !ok {
			return NotImplemented, nil
		}
		if !o.origin.Is(ga(self).origin) || o.starred != ga(self).starred {
			return False, nil
		}
		eq, err := th.Equal(Obj(o.args), Obj(ga(self).args))
		return Bool(eq), err
	})
	method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		h, err := th.Hash(Obj(ga(self).args))
		return Int(h ^ int64(objectID(ga(self).origin)>>4)), err
	})
	method(t, "__mro_entries__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return TupleOf(ga(self).origin), nil
	})
	method(t, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return newGenericAlias(ga(self).origin, args[0]), nil
	})
	method(t, "__instancecheck__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	})
	method(t, "__subclasscheck__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	})
	getset(t, "__origin__", func(th *Thread, v Value) (Value, error) { return ga(v).origin, nil })
	getset(t, "__args__", func(th *Thread, v Value) (Value, error) { return Obj(ga(v).args), nil })
	getset(t, "__parameters__", func(th *Thread, v Value) (Value, error) { return Obj(emptyTuple), nil })
	getset(t, "__unpacked__", func(th *Thread, v Value) (Value, error) { return Bool(ga(v).starred), nil })
	// Iterating over an alias yields it unpacked, once (CPython's ga_iter):
	// *tuple[int] in a subscript.
	method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		g := ga(self)
		return Obj(&gaIter{alias: &GenericAlias{origin: g.origin, args: g.args}}), nil
	})
	initGAIterType()
	// The builtin types CPython makes generic (type[...] is special-cased
	// by subscription itself).
	for _, bt := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, EnumerateType,
		BaseExceptionGroupType, MappingProxyType, AsyncGeneratorType} {
		bt.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: bt, Fn: classGetItem}))
	}
}

func newGenericAlias(origin, args Value) Value {
	t, ok := args.o.(*Tuple)
	if !ok {
		t = NewTuple([]Value{args})
	}
	return Obj(&GenericAlias{origin: origin, args: t})
}

// unionOperand reports whether v can be a member of a `X | Y` union.
func unionOperand(v Value) bool {
	switch unwrap(v).o.(type) {
	case *Type, *GenericAlias, *UnionType, noneTag:
		return true
	}
	return false
}

func makeUnion(a, b Value) Value {
	var args []Value
	add := func(v Value) {
		if v.IsNone() {
			v = Obj(NoneType)
		}
		if u, ok := v.o.(*UnionType); ok {
			for _, x := range u.args {
				add2(&args, x)
			}
			return
		}
		add2(&args, v)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0]
	}
	return Obj(&UnionType{args: args})
}

func add2(args *[]Value, v Value) {
	for _, x := range *args {
		if x.Is(v) {
			return
		}
	}
	*args = append(*args, v)
}

func initUnionType() {
	t := UnionTypeType
	t.Dict.SetStr("__module__", String("types"))
	or := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || !unionOperand(args[0]) || !unionOperand(self) {
			return NotImplemented, nil
		}
		return makeUnion(self, args[0]), nil
	}
	ror := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || !unionOperand(args[0]) || !unionOperand(self) {
			return NotImplemented, nil
		}
		return makeUnion(args[0], self), nil
	}
	for _, tt := range []*Type{TypeType, UnionTypeType, GenericAliasType} {
		method(tt, "__or__", or)
		method(tt, "__ror__", ror)
	}
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		u := self.o.(*UnionType)
		parts := make([]string, len(u.args))
		for i, a := range u.args {
			if a.o == NoneType {
				parts[i] = "None"
				continue
			}
			s, err := th.genericAliasArgRepr(a)
			if err != nil {
				return Null, err
			}
			parts[i] = s
		}
		return String(strings.Join(parts, " | ")), nil
	})
	getset(t, "__args__", func(th *Thread, v Value) (Value, error) {
		return Obj(NewTuple(append([]Value(nil), v.o.(*UnionType).args...))), nil
	})
	method(t, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, ok := args[0].o.(*UnionType)
		if !ok {
			return NotImplemented, nil
		}
		a, b := self.o.(*UnionType).args, o.args
		if len(a) != len(b) {
			return False, nil
		}
		for _, x := range a {
			found := false
			for _, y := range b {
				if x.Is(y) {
					found = true
				}
			}
			if !found {
				return False, nil
			}
		}
		return True, nil
	})
	method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var h int64
		for _, x := range self.o.(*UnionType).args {
			h ^= int64(objectID(x) >> 4)
		}
		return Int(h), nil
	})
}

// classGetItem is the __class_getitem__ of the builtin generic types:
// list[int] is a GenericAlias.
func classGetItem(th *Thread, cls Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 {
		return Null, Errorf(TypeErrorType, "__class_getitem__ expected 1 argument")
	}
	return newGenericAlias(cls, args[0]), nil
}

// gaIter is the iterator over a generic alias (CPython's
// generic_alias_iterator): it yields the alias unpacked, once. alias is
// nil once it has.
type gaIter struct{ alias *GenericAlias }

var gaIterType *Type

// Type implements Object.
func (*gaIter) Type() *Type { return gaIterType }

func initGAIterType() {
	t := newBuiltinType("generic_alias_iterator", ObjectType)
	gaIterType = t
	t.layout = t
	t.final = true
	self := func(v Value) *gaIter { return v.o.(*gaIter) }
	method(t, "__iter__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) { return sv, nil })
	method(t, "__next__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		it := self(sv)
		if it.alias == nil {
			return Null, NewException(StopIterationType)
		}
		g := it.alias
		it.alias = nil
		return Obj(&GenericAlias{origin: g.origin, args: g.args, starred: true}), nil
	})
	// As CPython: iter(alias), or iter(()) once exhausted.
	method(t, "__reduce__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		iter, _ := th.interp.builtins.GetStr("iter")
		if g := self(sv).alias; g != nil {
			return TupleOf(iter, TupleOf(Obj(g))), nil
		}
		return TupleOf(iter, TupleOf(Obj(emptyTuple))), nil
	})
}
