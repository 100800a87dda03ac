package vm

// The itertools module (CPython's Modules/itertoolsmodule.c): iterator
// types written in Go, whose next methods the interpreter calls directly
// (goIterator). The types live in itertoolsiters.go (the iterators over
// one or more inputs), itertoolscomb.go (the combinatoric ones) and
// itertoolsgroup.go (groupby and tee).

// The itertools types, made once with the builtin types.
var (
	accumulateType, chainType, combinationsType, cwrType, compressType, countType,
	cycleType, dropwhileType, filterfalseType, groupbyType, grouperType, isliceType,
	pairwiseType, permutationsType, productType, repeatType, starmapType, takewhileType,
	teeType, teeDataType, zipLongestType *Type
)

// newItertoolsType makes the type itertools.name: an iterator (unless
// iter is false) whose __new__ is fn. Classes can derive from it unless
// final.
func newItertoolsType(name string, fn BuiltinFunc, iter, final bool) *Type {
	t := newBuiltinType(name, ObjectType)
	t.Name = "itertools." + name
	t.layout = t
	t.final = final
	t.Dict.SetStr("__module__", String("itertools"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: fn}))
	if iter {
		method(t, "__iter__", iterSelf)
		method(t, "__next__", nextOfIter)
	}
	return t
}

// newIterOf is the result of a constructor of the itertools type exact:
// it itself for the type, an instance holding it for a subclass (the
// class in args[0]).
func newIterOf(args []Value, exact *Type, it Object) Value {
	return newOf(clsArg(args, exact), exact, Obj(it))
}

// positionalArgs checks the arguments (class first) of a constructor that
// takes min to max positional arguments and no keywords, as CPython's
// do: keywords are refused unless a subclass has an __init__ of its own
// (which may take them), and are then ignored. max -1 is no limit.
func positionalArgs(name string, exact *Type, args []Value, kw []string, min, max int) ([]Value, error) {
	if len(kw) > 0 && !overridesSlot(clsArg(args, exact), exact, "__init__") {
		return nil, noKwargs(name, kw)
	}
	pos := args[1 : len(args)-len(kw)]
	if len(pos) < min || max >= 0 && len(pos) > max {
		return nil, expectedArgs(name, min, max, len(pos))
	}
	return pos, nil
}

// clinicArgs checks the arguments (class first) of a constructor that
// Argument Clinic parses with spec, and returns them in the order of
// spec.names, Null for those not given.
func clinicArgs(spec *argSpec, args []Value, kw []string) ([]Value, error) {
	args = args[1:]
	if err := spec.checkKeywords(args, kw); err != nil {
		return nil, err
	}
	npos := len(args) - len(kw)
	out := make([]Value, len(spec.names))
	copy(out, args[:npos])
	for i, k := range kw {
		out[indexOf(spec.names, k)] = args[npos+i]
	}
	return out, nil
}

// kwSpec is the spec of a constructor parsed by Argument Clinic (or by
// PyArg_ParseTupleAndKeywords, whose messages are the same): names are
// its parameters, the first min required, keywords from kwOnly on.
func kwSpec(name string, min, kwOnly int, names ...string) *argSpec {
	return &argSpec{style: styleKw, min: min, max: kwOnly, maxPos: kwOnly, names: names, kwOnly: kwOnly, name: name, qual: name}
}

// stateTuple checks the state given to a __setstate__ that CPython
// parses with PyArg_ParseTuple: a tuple of min to max items.
func stateTuple(state Value, min, max int) ([]Value, error) {
	t, ok := unwrap(state).o.(*Tuple)
	if !ok {
		return nil, Errorf(TypeErrorType, "state is not a tuple")
	}
	n := len(t.items)
	if n >= min && n <= max {
		return t.items, nil
	}
	how, want := "exactly", min
	switch {
	case min != max && n < min:
		how = "at least"
	case min != max:
		how, want = "at most", max
	}
	return nil, Errorf(TypeErrorType, "function takes %s %d argument%s (%d given)", how, want, plural_s(want != 1), n)
}

// sequenceTuple is CPython's PySequence_Tuple: the items of v, which are
// a tuple's own when v is one.
func (th *Thread) sequenceTuple(v Value) ([]Value, error) {
	if t, ok := v.o.(*Tuple); ok {
		return t.items, nil
	}
	return th.iterateToSliceHinted(v)
}

// indexState converts an index of a pickled state as PyLong_AsSsize_t
// does, clamped to [lo, hi].
func indexState(v Value, lo, hi int) (int, error) {
	i, err := ssizeState(v)
	if err != nil {
		return 0, err
	}
	return clampIndex(i, int64(lo), int64(hi)), nil
}

// indexTuple is a tuple of the ints of indices.
func indexTuple(indices []int) Value {
	t := make([]Value, len(indices))
	for i, x := range indices {
		t[i] = Int(int64(x))
	}
	return Obj(NewTuple(t))
}

// iterSelf is __iter__ of the iterators: the iterator itself.
func iterSelf(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	return self, nil
}

// nextOfIter is __next__ of the iterators written in Go.
func nextOfIter(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	v, ok, err := th.Next(unwrap(self))
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, NewException(StopIterationType)
	}
	return v, nil
}

// teeFunc is itertools.tee(iterable, n=2, /).
func teeFunc(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, noKwargs("tee", kw)
	}
	if len(args) < 1 || len(args) > 2 {
		return Null, expectedArgs("tee", 1, 2, len(args))
	}
	n := int64(2)
	if len(args) == 2 {
		var err error
		if n, err = th.sizeArg(args[1]); err != nil {
			return Null, err
		}
	}
	if n < 0 {
		return Null, Errorf(ValueErrorType, "n must be >= 0")
	}
	if err := th.allocN(n, valueBytes); err != nil {
		return Null, err
	}
	if n == 0 {
		return Obj(emptyTuple), nil
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return Null, err
	}
	copier, found, err := th.lookupAttrOpt(it, "__copy__")
	if err != nil {
		return Null, err
	}
	if !found {
		if it, err = th.teeOf(it); err != nil {
			return Null, err
		}
		if copier, err = th.GetAttr(it, intern("__copy__")); err != nil {
			return Null, err
		}
	}
	out := make([]Value, n)
	out[0] = it
	for i := range out[1:] {
		if err := th.tick(); err != nil {
			return Null, err
		}
		if out[i+1], err = th.Call(copier, nil, nil); err != nil {
			return Null, err
		}
	}
	return Obj(NewTuple(out)), nil
}

// itertoolsTypes are the types of itertools.
func itertoolsTypes() []*Type {
	return []*Type{accumulateType, chainType, combinationsType, cwrType, compressType, countType,
		cycleType, dropwhileType, filterfalseType, groupbyType, grouperType, isliceType,
		pairwiseType, permutationsType, productType, repeatType, starmapType, takewhileType,
		teeType, teeDataType, zipLongestType}
}

func initItertoolsTypes() {
	initCountingTypes()
	initFilteringTypes()
	initChainTypes()
	initCombinatoricTypes()
	initGroupbyTypes()
	initTeeTypes()
	for _, t := range itertoolsTypes() {
		if d := builtinDoc(t.Name); !d.IsNone() {
			t.Dict.SetStr("__doc__", d)
		}
	}
}

func makeItertoolsModule(th *Thread) (*Module, error) {
	m := newNativeModule("itertools", map[string]BuiltinFunc{"tee": teeFunc})
	m.Dict.SetStr("__doc__", builtinDoc("itertools"))
	for _, t := range itertoolsTypes() {
		m.Dict.SetStr(shortTypeName(t), Obj(t))
	}
	return m, nil
}
