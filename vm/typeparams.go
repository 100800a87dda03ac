package vm

// The type parameters of types.GenericAlias and types.UnionType and their
// substitution (list[T][int], dict[T, list[S]][str, int]), by the rules of
// CPython 3.11's _Py_make_parameters and _Py_subs_parameters: a type
// variable is anything with __typing_subst__ (typing's TypeVar,
// ParamSpec, TypeVarTuple); TypeVarTuple and ParamSpec rearrange the
// arguments first through __typing_prepare_subst__; *tuple[...] and
// *Ts unpack into the argument list.

var (
	strTypingSubst        = intern("__typing_subst__")
	strTypingPrepareSubst = intern("__typing_prepare_subst__")
	strTypingUnpackedArgs = intern("__typing_unpacked_tuple_args__")
	strTypingIsUnpackedTV = intern("__typing_is_unpacked_typevartuple__")
	strParameters         = intern("__parameters__")
	strOrigClass          = intern("__orig_class__")
)

// indexIs is the index of the first item identical to v, or -1.
func indexIs(items []Value, v Value) int {
	for i, x := range items {
		if x.Is(v) {
			return i
		}
	}
	return -1
}

// appendNew appends v to items unless an identical value is there.
func appendNew(items []Value, v Value) []Value {
	if indexIs(items, v) < 0 {
		return append(items, v)
	}
	return items
}

// typeParameters collects the type variables of args in order of first
// appearance: each arg that is one (it has __typing_subst__), and the
// __parameters__ of each other non-class arg.
func (th *Thread) typeParameters(args []Value) (*Tuple, error) {
	var params []Value
	for _, a := range args {
		if _, isType := a.o.(*Type); isType {
			continue
		}
		_, ok, err := th.getAttrOpt(a, strTypingSubst)
		if err != nil {
			return nil, err
		}
		if ok {
			params = appendNew(params, a)
			continue
		}
		sub, ok, err := th.getAttrOpt(a, strParameters)
		if err != nil {
			return nil, err
		}
		if t, isTuple := sub.o.(*Tuple); ok && isTuple {
			for _, p := range t.items {
				params = appendNew(params, p)
			}
		}
	}
	return NewTuple(params), nil
}

// unpackedTupleArgs is the argument tuple of an unpacked tuple type
// (*tuple[int, str] or typing's *Tuple[int, str]), or nil for anything
// else.
func (th *Thread) unpackedTupleArgs(v Value) (*Tuple, error) {
	if g, ok := v.o.(*GenericAlias); ok && g.starred && g.origin.o == TupleType {
		return g.args, nil
	}
	r, ok, err := th.getAttrOpt(v, strTypingUnpackedArgs)
	if err != nil || !ok {
		return nil, err
	}
	t, _ := r.o.(*Tuple)
	return t, nil
}

// unpackTypeArgs is the subscript item as a list of arguments, each
// unpacked tuple of a fixed length (*tuple[int, str]) spliced in.
func (th *Thread) unpackTypeArgs(item Value) ([]Value, error) {
	items := []Value{item}
	if t, ok := item.o.(*Tuple); ok {
		items = t.items
	}
	out := make([]Value, 0, len(items))
	for _, x := range items {
		if _, isType := x.o.(*Type); !isType {
			sub, err := th.unpackedTupleArgs(x)
			if err != nil {
				return nil, err
			}
			if sub != nil && !(len(sub.items) > 0 && sub.items[len(sub.items)-1].Is(EllipsisValue)) {
				out = append(out, sub.items...)
				continue
			}
		}
		out = append(out, x)
	}
	return out, nil
}

// substituteParameters gives the new arguments of alias (whose arguments
// are args and parameters params) subscripted with item.
func (th *Thread) substituteParameters(alias Value, args, params *Tuple, item Value) ([]Value, error) {
	if len(params.items) == 0 {
		r, err := th.Repr(alias)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(TypeErrorType, "%s is not a generic class", r)
	}
	items, err := th.unpackTypeArgs(item)
	if err != nil {
		return nil, err
	}
	for _, p := range params.items {
		prepare, ok, err := th.getAttrOpt(p, strTypingPrepareSubst)
		if err != nil {
			return nil, err
		}
		if !ok || prepare.IsNone() {
			continue
		}
		r, err := th.Call(prepare, []Value{alias, Obj(NewTuple(items))}, nil)
		if err != nil {
			return nil, err
		}
		if t, ok := r.o.(*Tuple); ok {
			items = t.items
		} else {
			items = []Value{r}
		}
	}
	if len(items) != len(params.items) {
		r, err := th.Repr(alias)
		if err != nil {
			return nil, err
		}
		much := "few"
		if len(items) > len(params.items) {
			much = "many"
		}
		return nil, Errorf(TypeErrorType, "Too %s arguments for %s; actual %d, expected %d", much, r, len(items), len(params.items))
	}
	out := make([]Value, 0, len(args.items))
	for _, arg := range args.items {
		if _, isType := arg.o.(*Type); isType {
			out = append(out, arg)
			continue
		}
		unpack, err := th.isUnpackedTypeVarTuple(arg)
		if err != nil {
			return nil, err
		}
		subst, ok, err := th.getAttrOpt(arg, strTypingSubst)
		if err != nil {
			return nil, err
		}
		var r Value
		if ok {
			r, err = th.Call(subst, []Value{items[indexIs(params.items, arg)]}, nil)
		} else {
			r, err = th.substituteIn(arg, params, items)
		}
		if err != nil {
			return nil, err
		}
		if !unpack {
			out = append(out, r)
			continue
		}
		t, ok := r.o.(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "substitution of an unpacked TypeVarTuple must give a tuple, not %s", r.Type().Name)
		}
		out = append(out, t.items...)
	}
	return out, nil
}

// isUnpackedTypeVarTuple reports whether v is *Ts.
func (th *Thread) isUnpackedTypeVarTuple(v Value) (bool, error) {
	if _, isType := v.o.(*Type); isType {
		return false, nil
	}
	r, ok, err := th.getAttrOpt(v, strTypingIsUnpackedTV)
	if err != nil || !ok {
		return false, err
	}
	return th.Truth(r)
}

// substituteIn substitutes the type variables params, whose values are
// items, in obj's own __parameters__: list[T] with T=int is
// list[T][int]. Anything without parameters is itself.
func (th *Thread) substituteIn(obj Value, params *Tuple, items []Value) (Value, error) {
	sub, ok, err := th.getAttrOpt(obj, strParameters)
	if err != nil {
		return Null, err
	}
	subparams, isTuple := sub.o.(*Tuple)
	if !ok || !isTuple || len(subparams.items) == 0 {
		return obj, nil
	}
	subargs := make([]Value, 0, len(subparams.items))
	for _, p := range subparams.items {
		arg := p
		if i := indexIs(params.items, p); i >= 0 {
			arg = items[i]
			if t, ok := arg.o.(*Tuple); ok && isTypeVarTuple(params.items[i]) {
				subargs = append(subargs, t.items...)
				continue
			}
		}
		subargs = append(subargs, arg)
	}
	return th.GetItem(obj, Obj(NewTuple(subargs)))
}

// isTypeVarTuple reports whether the type parameter p is a TypeVarTuple:
// the only kind of type variable that is iterable.
func isTypeVarTuple(p Value) bool {
	return p.Type().Lookup("__iter__").o != nil
}
