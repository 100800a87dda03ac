package vm

// types.GenericAlias: the result of subscripting a builtin class, as in
// list[int] or dict[str, int].

import (
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// GenericAlias is a parameterized builtin type.
type GenericAlias struct {
	origin Value
	args   *Tuple
	// params is __parameters__, computed at its first use.
	params *Tuple
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
	t.Name = "types.GenericAlias"
	t.Dict.SetStr("__module__", String("types"))
	GenericAliasType = t
	t.layout = t
	builtinWeakrefs[t] = true
	// A subclass's instances (collections.abc's _CallableGenericAlias)
	// hold the alias as their base value.
	ga := func(v Value) *GenericAlias { return unwrap(v).o.(*GenericAlias) }
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "GenericAlias", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		if len(kw) > 0 { // for subclasses too, as CPython's ga_new
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
		return th.callGenericAlias(self, ga(self), args, kw)
	})
	method(t, "__getattribute__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		name, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		return th.genericAliasGetAttr(self, ga(self), name)
	})
	method(t, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.genericAliasEqual(ga(self), args[0], false)
	})
	method(t, "__ne__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.genericAliasEqual(ga(self), args[0], true)
	})
	method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		g := ga(self)
		h0, err := th.Hash(g.origin)
		if err != nil {
			return Null, err
		}
		h1, err := th.Hash(Obj(g.args))
		return Int(h0 ^ h1), err
	})
	method(t, "__mro_entries__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return TupleOf(ga(self).origin), nil
	})
	method(t, "__dir__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.genericAliasDir(ga(self))
	})
	method(t, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		g := ga(self)
		params, err := th.genericAliasParams(g)
		if err != nil {
			return Null, err
		}
		newArgs, err := th.substituteParameters(self, g.args, params, args[0])
		if err != nil {
			return Null, err
		}
		return Obj(&GenericAlias{origin: g.origin, args: NewTuple(newArgs), starred: g.starred}), nil
	})
	method(t, "__instancecheck__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	})
	method(t, "__subclasscheck__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	})
	getset(t, "__origin__", func(th *Thread, v Value) (Value, error) { return ga(v).origin, nil })
	getset(t, "__args__", func(th *Thread, v Value) (Value, error) { return Obj(ga(v).args), nil })
	getset(t, "__parameters__", func(th *Thread, v Value) (Value, error) {
		p, err := th.genericAliasParams(ga(v))
		if err != nil {
			return Null, err
		}
		return Obj(p), nil
	})
	getset(t, "__unpacked__", func(th *Thread, v Value) (Value, error) { return Bool(ga(v).starred), nil })
	getset(t, "__typing_unpacked_tuple_args__", func(th *Thread, v Value) (Value, error) {
		if g := ga(v); g.starred && g.origin.o == TupleType {
			return Obj(g.args), nil
		}
		return None, nil
	})
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

// makeUnion is a | b for two union operands: the union of their members
// (a union's own flattened in), without duplicates, or the single member
// left.
func (th *Thread) makeUnion(a, b Value) (Value, error) {
	var members []Value
	for _, v := range [2]Value{a, b} {
		if u, ok := v.o.(*UnionType); ok {
			members = append(members, u.args...)
		} else if v.IsNone() {
			members = append(members, Obj(NoneType))
		} else {
			members = append(members, v)
		}
	}
	args := make([]Value, 0, len(members))
	for _, m := range members {
		dup, err := th.unionHolds(args, m)
		if err != nil {
			return Null, err
		}
		if !dup {
			args = append(args, m)
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return Obj(&UnionType{args: args}), nil
}

// unionHolds reports whether v duplicates a member of args: the same
// object, or an equal GenericAlias.
func (th *Thread) unionHolds(args []Value, v Value) (bool, error) {
	_, vIsAlias := v.o.(*GenericAlias)
	for _, x := range args {
		if x.Is(v) {
			return true, nil
		}
		if _, ok := x.o.(*GenericAlias); ok && vIsAlias {
			if eq, err := th.Equal(x, v); err != nil || eq {
				return eq, err
			}
		}
	}
	return false, nil
}

// unionMemberSet is the set of a union's members, which its equality and
// hash are those of.
func (th *Thread) unionMemberSet(u *UnionType) (*Set, error) {
	s := NewSet()
	s.frozen = true
	return s, th.setFromIterable(s, Obj(NewTuple(u.args)))
}

func initUnionType() {
	t := UnionTypeType
	t.Dict.SetStr("__module__", String("types"))
	or := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || !unionOperand(args[0]) || !unionOperand(self) {
			return NotImplemented, nil
		}
		return th.makeUnion(self, args[0])
	}
	ror := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || !unionOperand(args[0]) || !unionOperand(self) {
			return NotImplemented, nil
		}
		return th.makeUnion(args[0], self)
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
		return th.unionEqual(self.o.(*UnionType), args[0], false)
	})
	method(t, "__ne__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.unionEqual(self.o.(*UnionType), args[0], true)
	})
	method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := th.unionMemberSet(self.o.(*UnionType))
		if err != nil {
			return Null, err
		}
		h, err := th.hashFrozenSet(s)
		return Int(h), err
	})
	getset(t, "__parameters__", func(th *Thread, v Value) (Value, error) {
		p, err := th.unionParams(v.o.(*UnionType))
		if err != nil {
			return Null, err
		}
		return Obj(p), nil
	})
	method(t, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.unionGetItem(self, self.o.(*UnionType), args[0])
	})
}

// unionEqual is UnionType.__eq__ (or __ne__ when negate): unions are
// equal when their sets of members are.
func (th *Thread) unionEqual(u *UnionType, other Value, negate bool) (Value, error) {
	o, ok := other.o.(*UnionType)
	if !ok {
		return NotImplemented, nil
	}
	a, err := th.unionMemberSet(u)
	if err != nil {
		return Null, err
	}
	b, err := th.unionMemberSet(o)
	if err != nil {
		return Null, err
	}
	eq, err := th.Equal(Obj(a), Obj(b))
	return Bool(eq != negate), err
}

// unionParams is u.__parameters__.
func (th *Thread) unionParams(u *UnionType) (*Tuple, error) {
	if u.params == nil {
		p, err := th.typeParameters(u.args)
		if err != nil {
			return nil, err
		}
		u.params = p
	}
	return u.params, nil
}

// unionGetItem substitutes the union's type variables: the result is the
// new members joined with |, which typing's may take over.
func (th *Thread) unionGetItem(self Value, u *UnionType, item Value) (Value, error) {
	params, err := th.unionParams(u)
	if err != nil {
		return Null, err
	}
	args, err := th.substituteParameters(self, NewTuple(u.args), params, item)
	if err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return Obj(&UnionType{}), nil
	}
	r := args[0]
	for _, a := range args[1:] {
		if r, err = th.BinaryOp(code.NB_OR, r, a); err != nil {
			return Null, err
		}
	}
	return r, nil
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

// genericAliasOwnAttrs are the attributes an alias answers itself
// (CPython's attr_exceptions); it takes any other from its origin.
var genericAliasOwnAttrs = [...]string{"__class__", "__origin__", "__args__", "__unpacked__",
	"__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
	"__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"}

// genericAliasGetAttr is GenericAlias.__getattribute__: list[int].append
// is list.append.
func (th *Thread) genericAliasGetAttr(self Value, g *GenericAlias, name *Str) (Value, error) {
	for _, own := range genericAliasOwnAttrs {
		if name.s == own {
			return th.genericGetAttr(self, name)
		}
	}
	return th.GetAttr(g.origin, name)
}

// genericAliasParams is g.__parameters__.
func (th *Thread) genericAliasParams(g *GenericAlias) (*Tuple, error) {
	if g.params == nil {
		p, err := th.typeParameters(g.args.items)
		if err != nil {
			return nil, err
		}
		g.params = p
	}
	return g.params, nil
}

// callGenericAlias calls the alias's origin and records the alias as the
// new object's __orig_class__ where the object takes attributes.
func (th *Thread) callGenericAlias(self Value, g *GenericAlias, args []Value, kw []string) (Value, error) {
	r, err := th.Call(g.origin, args, kw)
	if err != nil {
		return Null, err
	}
	if err := th.SetAttr(r, strOrigClass, self); err != nil {
		if e, ok := err.(*Exception); !ok || !(e.typ.IsSubtype(AttributeErrorType) || e.typ.IsSubtype(TypeErrorType)) {
			return Null, err
		}
	}
	return r, nil
}

// genericAliasEqual is GenericAlias.__eq__ (or __ne__ when negate):
// aliases are equal when their origins and arguments are, starred or not
// alike.
func (th *Thread) genericAliasEqual(g *GenericAlias, other Value, negate bool) (Value, error) {
	o, ok := unwrap(other).o.(*GenericAlias)
	if !ok {
		return NotImplemented, nil
	}
	eq := o.starred == g.starred
	var err error
	if eq {
		eq, err = th.Equal(g.origin, o.origin)
	}
	if eq && err == nil {
		eq, err = th.Equal(Obj(g.args), Obj(o.args))
	}
	return Bool(eq != negate), err
}

// genericAliasDir is GenericAlias.__dir__: the origin's names and the
// alias's own.
func (th *Thread) genericAliasDir(g *GenericAlias) (Value, error) {
	dir, _ := th.interp.builtins.GetStr("dir")
	r, err := th.Call(dir, []Value{g.origin}, nil)
	if err != nil {
		return Null, err
	}
	l, ok := r.o.(*List)
	if !ok {
		return r, nil
	}
	for _, name := range genericAliasOwnAttrs {
		if indexEqualStr(l.items, name) < 0 {
			l.items = append(l.items, String(name))
		}
	}
	return r, nil
}

// indexEqualStr is the index of the first str item equal to s, or -1.
func indexEqualStr(items []Value, s string) int {
	for i, x := range items {
		if xs, ok := x.o.(*Str); ok && xs.s == s {
			return i
		}
	}
	return -1
}
