package vm

// The iterators of itertools over several inputs: chain, pairwise and
// zip_longest.

// chainIter is an itertools.chain: the items of each iterable that
// source yields in turn, active's first.
type chainIter struct {
	source Value // Null once exhausted
	active Value // Null between two iterables
}

func (*chainIter) Type() *Type { return chainType }

func (c *chainIter) next(th *Thread) (Value, bool, error) {
	for c.source.o != nil {
		if c.active.o == nil {
			iterable, ok, err := th.Next(c.source)
			if err != nil || !ok {
				c.source = Null
				return Null, false, err
			}
			if c.active, err = th.Iter(iterable); err != nil {
				c.source = Null
				return Null, false, err
			}
		}
		v, ok, err := th.Next(c.active)
		if err != nil || ok {
			return v, ok, err
		}
		c.active = Null
	}
	return Null, false, nil
}

// newChain is a chain over iterables.
func newChain(iterables ...Value) Value {
	return Obj(&chainIter{source: Obj(&tupleIter{items: iterables})})
}

func chainNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := positionalArgs("chain", chainType, args, kw, 0, -1)
	if err != nil {
		return Null, err
	}
	source := &tupleIter{items: append([]Value(nil), a...)}
	return newIterOf(args, chainType, &chainIter{source: Obj(source)}), nil
}

// chainFromIterable is chain.from_iterable(iterable, /), a class method.
func chainFromIterable(th *Thread, cls Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "chain.from_iterable() takes exactly one argument (%d given)", len(args))
	}
	source, err := th.Iter(args[0])
	if err != nil {
		return Null, err
	}
	t, _ := cls.o.(*Type)
	if t == nil {
		t = chainType
	}
	return newOf(t, chainType, Obj(&chainIter{source: source})), nil
}

func chainReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	c, err := selfAs[*chainIter](self)
	if err != nil {
		return Null, err
	}
	cls := Obj(self.Type())
	switch {
	case c.source.o == nil:
		return TupleOf(cls, Obj(emptyTuple)), nil
	case c.active.o == nil:
		return TupleOf(cls, Obj(emptyTuple), TupleOf(c.source)), nil
	}
	return TupleOf(cls, Obj(emptyTuple), TupleOf(c.source, c.active)), nil
}

func chainSetState(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	c, err := selfAs[*chainIter](self)
	if err != nil {
		return Null, err
	}
	st, err := stateTuple(args[0], 1, 2)
	if err != nil {
		return Null, err
	}
	for _, it := range st {
		if !th.isIterator(it) {
			return Null, Errorf(TypeErrorType, "Arguments must be iterators.")
		}
	}
	c.source, c.active = st[0], Null
	if len(st) == 2 {
		c.active = st[1]
	}
	return None, nil
}

// pairwiseIter is an itertools.pairwise: the overlapping pairs of the
// items of it, old the last item read.
type pairwiseIter struct {
	it, old Value // it Null once exhausted
}

func (*pairwiseIter) Type() *Type { return pairwiseType }

func (p *pairwiseIter) next(th *Thread) (Value, bool, error) {
	if p.it.o == nil {
		return Null, false, nil
	}
	if p.old.o == nil {
		old, ok, err := th.Next(p.it)
		if err != nil || !ok {
			p.it = Null
			return Null, false, err
		}
		p.old = old
	}
	v, ok, err := th.Next(p.it)
	if err != nil || !ok {
		p.it, p.old = Null, Null
		return Null, false, err
	}
	pair := TupleOf(p.old, v)
	p.old = v
	return pair, true, nil
}

func pairwiseNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := positionalArgs("pairwise", pairwiseType, args, kw, 1, 1)
	if err != nil {
		return Null, err
	}
	it, err := th.Iter(a[0])
	if err != nil {
		return Null, err
	}
	return newIterOf(args, pairwiseType, &pairwiseIter{it: it}), nil
}

// zipLongestIter is an itertools.zip_longest: tuples of the items of its
// iterators, fill standing for those exhausted (Null in its) until all
// are.
type zipLongestIter struct {
	its    []Value
	active int
	fill   Value
}

func (*zipLongestIter) Type() *Type { return zipLongestType }

func (z *zipLongestIter) next(th *Thread) (Value, bool, error) {
	if len(z.its) == 0 || z.active == 0 {
		return Null, false, nil
	}
	t := newTupleN(len(z.its))
	for i, it := range z.its {
		if it.o == nil {
			t.items[i] = z.fill
			continue
		}
		v, ok, err := th.Next(it)
		if err != nil {
			z.active = 0
			return Null, false, err
		}
		if !ok {
			z.active--
			if z.active == 0 {
				return Null, false, nil
			}
			z.its[i], v = Null, z.fill
		}
		t.items[i] = v
	}
	return Obj(t), true, nil
}

func zipLongestNew(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	z := &zipLongestIter{fill: None}
	npos := len(args) - len(kw)
	if len(kw) > 0 {
		if len(kw) != 1 || kw[0] != "fillvalue" {
			return Null, Errorf(TypeErrorType, "zip_longest() got an unexpected keyword argument")
		}
		z.fill = args[npos]
	}
	z.its = make([]Value, npos-1)
	for i, a := range args[1:npos] {
		it, err := th.Iter(a)
		if err != nil {
			return Null, err
		}
		z.its[i] = it
	}
	z.active = len(z.its)
	return newIterOf(args, zipLongestType, z), nil
}

func zipLongestReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	z, err := selfAs[*zipLongestIter](self)
	if err != nil {
		return Null, err
	}
	its := make([]Value, len(z.its))
	for i, it := range z.its {
		its[i] = it
		if it.o == nil {
			its[i] = Obj(emptyTuple)
		}
	}
	return TupleOf(Obj(self.Type()), Obj(NewTuple(its)), z.fill), nil
}

func initChainTypes() {
	chainType = newItertoolsType("chain", chainNew, true, false)
	chainType.Dict.SetStr("from_iterable", Obj(&ClassMethodDescriptor{Name: "from_iterable", Owner: chainType, Fn: chainFromIterable}))
	chainType.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: chainType, Fn: classGetItem}))
	method(chainType, "__reduce__", chainReduce)
	method(chainType, "__setstate__", chainSetState)

	pairwiseType = newItertoolsType("pairwise", pairwiseNew, true, false)

	zipLongestType = newItertoolsType("zip_longest", zipLongestNew, true, false)
	method(zipLongestType, "__reduce__", zipLongestReduce)
	method(zipLongestType, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		z, err := selfAs[*zipLongestIter](self)
		if err != nil {
			return Null, err
		}
		z.fill = args[0]
		return None, nil
	})
}
