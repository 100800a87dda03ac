package vm

// The _functools module: partial, reduce and cmp_to_key (CPython's
// Modules/_functoolsmodule.c), and lru_cache's wrapper (lrucache.go), which
// CPython's functools.py imports over its pure-Python definitions.

import "strings"

// Partial is a functools.partial: fn called with args and kw before the
// call's own arguments.
type Partial struct {
	fn   Value
	args *Tuple
	kw   *Dict
	// dict is the partial's __dict__, nil until first needed (a partial
	// with a dict is not flattened into a partial of it).
	dict *Dict
}

// keyWrapper is a functools.KeyWrapper: cmp_to_key's result (obj is Null)
// and the keys it makes, which compare by calling cmp on their objs.
type keyWrapper struct {
	cmp, obj Value
}

// The types of _functools, made once with the builtin types.
var PartialType, keyWrapperType *Type

// Type implements Object.
func (*Partial) Type() *Type { return PartialType }

// Type implements Object.
func (*keyWrapper) Type() *Type { return keyWrapperType }

func (p *Partial) ensureDict() *Dict {
	if p.dict == nil {
		p.dict = NewDict()
	}
	return p.dict
}

// partialSelf returns the partial of v, a partial or an instance of a
// subclass (which holds it as its base value).
func partialSelf(v Value) *Partial { return unwrap(v).o.(*Partial) }

// partialHasDict reports whether the partial v has a __dict__ (a
// subclass's instance: attributes of its own).
func partialHasDict(v Value) bool {
	if o, ok := v.o.(*Instance); ok {
		if o.dict != nil {
			return true
		}
		for _, x := range o.attrVals() {
			if x.o != nil {
				return true
			}
		}
		return false
	}
	return partialSelf(v).dict != nil
}

// partialNew is partial.__new__(cls, func, /, *args, **keywords). A
// partial without a __dict__ whose type calls as partial does is
// flattened: its function, arguments and keywords come first.
func partialNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	cls := args[0].o.(*Type)
	npos := len(args) - len(kw) - 1
	if npos < 1 {
		return Null, Errorf(TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := args[1]
	if !th.callable(fn) {
		return Null, Errorf(TypeErrorType, "the first argument must be callable")
	}
	var pargs []Value
	var pkw *Dict
	if inner, ok := unwrap(fn).o.(*Partial); ok && fn.Type().Lookup("__call__").Is(PartialType.Lookup("__call__")) && !partialHasDict(fn) {
		pargs = inner.args.items
		pkw = inner.kw
		fn = inner.fn
	}
	p := &Partial{fn: fn, kw: NewDict()}
	p.args = NewTuple(append(append([]Value(nil), pargs...), args[2:1+npos]...))
	if pkw != nil {
		p.kw = pkw.Copy()
	}
	for i, name := range kw {
		p.kw.SetStr(name, args[1+npos+i])
	}
	return newOf(cls, PartialType, Obj(p)), nil
}

// partialCall calls a partial: its function with its arguments, then the
// call's; the call's keywords override the partial's.
func partialCall(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	p := partialSelf(self)
	stored := p.args.items
	if p.kw.Len() == 0 {
		return th.Call(p.fn, append(append([]Value(nil), stored...), args...), kw)
	}
	npos := len(args) - len(kw)
	kwargs := p.kw.Copy()
	for i, name := range kw {
		kwargs.SetStr(name, args[npos+i])
	}
	return th.CallKw(p.fn, append(append([]Value(nil), stored...), args[:npos]...), kwargs)
}

// partialRepr is "functools.partial(fn, args, key=value)", named after the
// partial's type; a partial already being shown is "...".
func partialRepr(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	if th.reprEnter(self) {
		return String("..."), nil
	}
	defer th.reprLeave(self)
	saved := th.builtinDunder
	th.builtinDunder = dunderCall{}
	defer func() { th.builtinDunder = saved }()
	p := partialSelf(self)
	var b strings.Builder
	b.WriteString(self.Type().Name)
	b.WriteByte('(')
	s, err := th.Repr(p.fn)
	if err != nil {
		return Null, err
	}
	b.WriteString(s)
	for _, a := range p.args.items {
		if s, err = th.Repr(a); err != nil {
			return Null, err
		}
		b.WriteString(", " + s)
	}
	// A key's __str__ may change the dict: the items shown are those
	// before the first.
	var items []Value
	p.kw.Items(func(k, v Value) bool {
		items = append(items, k, v)
		return true
	})
	for i := 0; i < len(items); i += 2 {
		k, v := items[i], items[i+1]
		ks, err := th.Str(k)
		if err != nil {
			return Null, err
		}
		vs, err := th.Repr(v)
		if err != nil {
			return Null, err
		}
		b.WriteString(", " + ks + "=" + vs)
	}
	b.WriteByte(')')
	return String(b.String()), nil
}

// partialState is the partial's __dict__ for pickling: None when it has
// none.
func partialState(v Value) Value {
	if o, ok := v.o.(*Instance); ok {
		if !partialHasDict(v) {
			return None
		}
		return Obj(o.materialize())
	}
	if d := partialSelf(v).dict; d != nil {
		return Obj(d)
	}
	return None
}

// partialSetState is partial.__setstate__((fn, args, kw, dict)).
func partialSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	invalid := Errorf(TypeErrorType, "invalid partial state")
	t, ok := unwrap(args[0]).o.(*Tuple)
	if !ok || len(t.items) != 4 {
		return Null, invalid
	}
	fn, fnArgs, kwv, dict := t.items[0], t.items[1], t.items[2], t.items[3]
	argTuple, isTuple := unwrap(fnArgs).o.(*Tuple)
	kwDict, isDict := unwrap(kwv).o.(*Dict)
	if !th.callable(fn) || !isTuple || !kwv.IsNone() && !isDict {
		return Null, invalid
	}
	if fnArgs.Type() != TupleType {
		argTuple = NewTuple(append([]Value(nil), argTuple.items...))
	}
	switch {
	case kwv.IsNone():
		kwDict = NewDict()
	case kwv.Type() != DictType:
		kwDict = kwDict.Copy()
	}
	var d *Dict
	if !dict.IsNone() {
		if d, ok = dict.o.(*Dict); !ok {
			return Null, invalid
		}
	}
	p := partialSelf(self)
	p.fn, p.args, p.kw = fn, argTuple, kwDict
	if _, ok := self.o.(*Instance); ok {
		if d == nil {
			d = NewDict()
		}
		_, err := setInstanceDict(self, Obj(d))
		return None, err
	}
	p.dict = d
	return None, nil
}

func initPartialType() {
	t := newBuiltinType("partial", ObjectType)
	PartialType = t
	t.Name = "functools.partial"
	t.layout = t
	builtinWeakrefs[t] = true
	t.Dict.SetStr("__module__", String("functools"))
	t.Dict.SetStr("__doc__", String("partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"))
	t.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: t, Fn: classGetItem}))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: partialNew}))
	method(t, "__call__", partialCall)
	method(t, "__repr__", partialRepr)
	method(t, "__setstate__", partialSetState)
	method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p := partialSelf(self)
		return TupleOf(Obj(self.Type()), TupleOf(p.fn), TupleOf(p.fn, Obj(p.args), Obj(p.kw), partialState(self))), nil
	})
	readonly := func(th *Thread, obj, v Value) error { return Errorf(AttributeErrorType, "readonly attribute") }
	t.addGetSet("func", func(th *Thread, v Value) (Value, error) { return partialSelf(v).fn, nil }, readonly)
	t.addGetSet("args", func(th *Thread, v Value) (Value, error) { return Obj(partialSelf(v).args), nil }, readonly)
	t.addGetSet("keywords", func(th *Thread, v Value) (Value, error) { return Obj(partialSelf(v).kw), nil }, readonly)
	t.addGetSet("__dict__", func(th *Thread, v Value) (Value, error) {
		if o, ok := v.o.(*Instance); ok {
			return Obj(o.materialize()), nil
		}
		return Obj(partialSelf(v).ensureDict()), nil
	}, func(th *Thread, v, x Value) error {
		d, err := dictAssigned(x)
		if err != nil {
			return err
		}
		if _, ok := v.o.(*Instance); ok {
			_, err := setInstanceDict(v, x)
			return err
		}
		partialSelf(v).dict = d
		return nil
	})
}

// reduceFunc is functools.reduce(function, iterable[, initial]).
func reduceFunc(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := noKwargs("reduce", kw); err != nil {
		return Null, err
	}
	switch {
	case len(args) < 2:
		return Null, Errorf(TypeErrorType, "reduce expected at least 2 arguments, got %d", len(args))
	case len(args) > 3:
		return Null, Errorf(TypeErrorType, "reduce expected at most 3 arguments, got %d", len(args))
	}
	fn := args[0]
	it, err := th.Iter(args[1])
	if err != nil {
		if isTypeError(err) {
			return Null, Errorf(TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return Null, err
	}
	result := Null
	if len(args) == 3 {
		result = args[2]
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil {
			return Null, err
		}
		if !ok {
			break
		}
		if result.o == nil {
			result = x
		} else if result, err = th.Call(fn, []Value{result, x}, nil); err != nil {
			return Null, err
		}
	}
	if result.o == nil {
		return Null, Errorf(TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return result, nil
}

// cmpToKey is functools.cmp_to_key(mycmp).
func cmpToKey(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	cmp, err := oneArg("cmp_to_key", "mycmp", args, kw)
	if err != nil {
		return Null, err
	}
	return Obj(&keyWrapper{cmp: cmp}), nil
}

func initKeyWrapperType() {
	t := newBuiltinType("KeyWrapper", ObjectType)
	keyWrapperType = t
	t.Name = "functools.KeyWrapper"
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String("functools"))
	t.Dict.SetStr("__hash__", None)
	self := func(v Value) *keyWrapper { return v.o.(*keyWrapper) }
	method(t, "__call__", func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
		obj, err := oneArg("K", "obj", args, kw)
		if err != nil {
			return Null, err
		}
		return Obj(&keyWrapper{cmp: self(sv).cmp, obj: obj}), nil
	})
	for op, name := range cmpDunder {
		op := op
		method(t, name, func(th *Thread, sv Value, args []Value, kw []string) (Value, error) {
			other, ok := args[0].o.(*keyWrapper)
			if !ok {
				return Null, Errorf(TypeErrorType, "other argument must be K instance")
			}
			k := self(sv)
			a, b := k.obj, other.obj
			if a.o == nil || b.o == nil {
				return Null, Errorf(AttributeErrorType, "object")
			}
			r, err := th.Call(k.cmp, []Value{a, b}, nil)
			if err != nil {
				return Null, err
			}
			return th.RichCompare(r, Int(0), op)
		})
	}
	t.addGetSet("obj", func(th *Thread, v Value) (Value, error) {
		if o := self(v).obj; o.o != nil {
			return o, nil
		}
		return None, nil
	}, func(th *Thread, v, x Value) error {
		self(v).obj = x
		return nil
	})
}

func initFunctoolsTypes() {
	initPartialType()
	initKeyWrapperType()
	initLRUCacheType()
}

func makeFunctoolsModule(th *Thread) (*Module, error) {
	m := newNativeModule("_functools", map[string]BuiltinFunc{
		"reduce":     reduceFunc,
		"cmp_to_key": cmpToKey,
	})
	m.Dict.SetStr("__doc__", String("Tools that operate on functions."))
	m.Dict.SetStr("partial", Obj(PartialType))
	m.Dict.SetStr("KeyWrapper", Obj(keyWrapperType))
	m.Dict.SetStr("_lru_cache_wrapper", Obj(lruCacheType))
	return m, nil
}

// oneArg reads the one argument, named name, of a function whose
// arguments CPython parses with PyArg_ParseTupleAndKeywords, with its
// messages.
func oneArg(fname, name string, args []Value, kw []string) (Value, error) {
	if len(args) > 1 {
		return Null, Errorf(TypeErrorType, "%s() takes at most 1 argument (%d given)", fname, len(args))
	}
	if len(args) == 1 && (len(kw) == 0 || kw[0] == name) {
		return args[0], nil
	}
	return Null, Errorf(TypeErrorType, "%s() missing required argument '%s' (pos 1)", fname, name)
}
