package vm

// enumerate, zip, map, filter and reversed, plus the iterator protocol
// methods of the builtin iterators.

// goIterator is implemented by iterators written in Go.
type goIterator interface {
	next(th *Thread) (Value, bool, error)
}

// bytesIter iterates over the bytes of a bytes or a bytearray, seeing a
// bytearray's changes.
type bytesIter struct {
	b    *Bytes
	i    int
	done bool
}

func (it *bytesIter) Type() *Type {
	if it.b.mutable {
		return ByteArrayIterType
	}
	return BytesIterType
}

func (it *bytesIter) next(th *Thread) (Value, bool, error) {
	if it.done || it.i >= len(it.b.b) {
		it.done = true
		return Null, false, nil
	}
	it.i++
	return Int(int64(it.b.b[it.i-1])), true, nil
}

type enumerateIter struct {
	it Value
	i  Value
}

func (*enumerateIter) Type() *Type { return EnumerateType }
func (e *enumerateIter) next(th *Thread) (Value, bool, error) {
	i, v, ok, err := e.nextPair(th)
	if err != nil || !ok {
		return Null, ok, err
	}
	return TupleOf(i, v), true, nil
}

// nextPair returns the count and the item of the next pair.
func (e *enumerateIter) nextPair(th *Thread) (Value, Value, bool, error) {
	v, ok, err := th.Next(e.it)
	if err != nil || !ok {
		return Null, Null, ok, err
	}
	i := e.i
	if i.IsSmallInt() && int64(i.n) < 1<<62 {
		e.i = Int(int64(i.n) + 1)
	} else {
		e.i, err = th.BinaryOp(0, i, Int(1))
		if err != nil {
			return Null, Null, false, err
		}
	}
	return i, v, true, nil
}

// nextPair advances an iterator whose items are pairs that the caller
// unpacks at once (`for a, b in ...`): enumerate, zip of two iterables
// and a dict's items give the pair's two values without building the
// tuple. handled is false, and nothing is done, for other iterators.
func (th *Thread) nextPair(it Value) (a, b Value, ok, handled bool, err error) {
	switch o := it.o.(type) {
	case *enumerateIter:
		if err := th.tick(); err != nil {
			return Null, Null, false, true, err
		}
		a, b, ok, err = o.nextPair(th)
		return a, b, ok, true, err
	case *zipIter:
		if len(o.its) != 2 {
			return Null, Null, false, false, nil
		}
		if err := th.tick(); err != nil {
			return Null, Null, false, true, err
		}
		if o.done {
			return Null, Null, false, true, nil
		}
		var pair [2]Value
		ok, err = o.fill(th, pair[:])
		return pair[0], pair[1], ok, true, err
	case *dictIter:
		if o.kind != 2 {
			return Null, Null, false, false, nil
		}
		if err := th.tick(); err != nil {
			return Null, Null, false, true, err
		}
		e, ok, err := o.next()
		return e.key, e.val, ok, true, err
	}
	return Null, Null, false, false, nil
}

type zipIter struct {
	its    []Value
	strict bool
	done   bool
}

func (*zipIter) Type() *Type { return ZipType }
func (z *zipIter) next(th *Thread) (Value, bool, error) {
	if len(z.its) == 0 || z.done {
		return Null, false, nil
	}
	t := newTupleN(len(z.its))
	ok, err := z.fill(th, t.items)
	if err != nil || !ok {
		return Null, false, err
	}
	return Obj(t), true, nil
}

// fill sets items (one for each iterator) to the next item of every
// iterator; ok is false when one is exhausted.
func (z *zipIter) fill(th *Thread, items []Value) (bool, error) {
	for i, it := range z.its {
		v, ok, err := th.Next(it)
		if err != nil {
			return false, err
		}
		if !ok {
			if z.strict {
				if i > 0 {
					s := "s 1"
					if i > 1 {
						s = "s 1-" + itoa(i)
					} else {
						s = " 1"
					}
					return false, Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s", i+1, s)
				}
				for j := 1; j < len(z.its); j++ {
					_, ok2, err := th.Next(z.its[j])
					if err != nil {
						return false, err
					}
					if ok2 {
						s := " 1"
						if j > 1 {
							s = "s 1-" + itoa(j)
						}
						return false, Errorf(ValueErrorType, "zip() argument %d is longer than argument%s", j+1, s)
					}
				}
			}
			z.done = true
			return false, nil
		}
		items[i] = v
	}
	return true, nil
}

type mapIter struct {
	fn  Value
	its []Value
}

func (*mapIter) Type() *Type { return MapType }
func (m *mapIter) next(th *Thread) (Value, bool, error) {
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		v, ok, err := th.Next(it)
		if err != nil || !ok {
			return Null, false, err
		}
		args[i] = v
	}
	r, err := th.Call(m.fn, args, nil)
	return r, err == nil, err
}

type filterIter struct {
	fn Value
	it Value
}

func (*filterIter) Type() *Type { return FilterType }
func (f *filterIter) next(th *Thread) (Value, bool, error) {
	for {
		v, ok, err := th.Next(f.it)
		if err != nil || !ok {
			return Null, false, err
		}
		var keep bool
		if f.fn.IsNone() {
			keep, err = th.Truth(v)
		} else {
			var r Value
			r, err = th.Call(f.fn, []Value{v}, nil)
			if err == nil {
				keep, err = th.Truth(r)
			}
		}
		if err != nil {
			return Null, false, err
		}
		if keep {
			return v, true, nil
		}
	}
}

type reversedIter struct {
	items *List
	seq   Value
	src   Value // the tuple or str whose items are in items
	i     int
	typ   *Type // nil: reversed
	done  bool  // next found no item: the sequence is let go
}

func (r *reversedIter) Type() *Type {
	if r.typ != nil {
		return r.typ
	}
	return ReversedType
}
func (r *reversedIter) next(th *Thread) (Value, bool, error) {
	if r.i < 0 {
		r.finish()
		return Null, false, nil
	}
	if r.items != nil {
		if r.i >= len(r.items.items) {
			r.finish()
			return Null, false, nil
		}
		r.i--
		return r.items.items[r.i+1], true, nil
	}
	v, err := th.GetItem(r.seq, Int(int64(r.i)))
	if err != nil {
		return Null, false, err
	}
	r.i--
	return v, true, nil
}

// finish marks r exhausted and lets its sequence go, as CPython's
// iterators drop theirs when they end.
func (r *reversedIter) finish() {
	r.i, r.done = -1, true
	r.items, r.seq, r.src = nil, Null, Null
}

func initIteratorTypes() {
	for _, t := range []*Type{ListIterType, TupleIterType, RangeIterType, LongRangeIterType, StrIterType, StrUnicodeIterType, DictKeyIterType,
		DictValueIterType, DictItemIterType, SetIterType, SeqIterType, CallIterType, EnumerateType, ZipType,
		MapType, FilterType, ReversedType, ListRevIterType, DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType,
		BytesIterType, ByteArrayIterType} {
		method(t, "__iter__", iterSelf)
		method(t, "__next__", nextOfIter)
	}
	for _, t := range []*Type{ReversedType, ListRevIterType} {
		method(t, "__length_hint__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, ok := unwrap(self).o.(*reversedIter)
			if !ok || r.i < 0 {
				return Int(0), nil
			}
			if r.items != nil && r.i >= len(r.items.items) {
				return Int(0), nil
			}
			if r.items == nil && r.src.o == nil && r.seq.o != nil {
				// Any other sequence is asked its length again, which
				// may have changed (or fail), as CPython's reversed does.
				n, err := th.Len(r.seq)
				if err != nil {
					return Null, err
				}
				if r.i >= n {
					return Int(0), nil
				}
			}
			return Int(int64(r.i + 1)), nil
		})
	}
	for _, t := range []*Type{ListIterType, TupleIterType, RangeIterType, LongRangeIterType, StrIterType, StrUnicodeIterType,
		BytesIterType, ByteArrayIterType} {
		method(t, "__length_hint__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			switch o := self.o.(type) {
			case *bytesIter:
				if o.done {
					return Int(0), nil
				}
				return Int(int64(max(len(o.b.b)-o.i, 0))), nil
			case *strIter:
				return Int(int64(max(o.s.Len()-o.i, 0))), nil
			case *listIter:
				return Int(int64(max(len(o.l.items)-o.i, 0))), nil
			case *tupleIter:
				return Int(int64(max(len(o.items)-o.i, 0))), nil
			case *rangeIter:
				return Int(o.n - o.i), nil
			case *longRangeIter:
				return IntFromBig(&o.n), nil
			}
			return Int(0), nil
		})
	}
	for _, t := range []*Type{DictKeyIterType, DictValueIterType, DictItemIterType, DictRevKeyIterType,
		DictRevValueIterType, DictRevItemIterType} {
		method(t, "__length_hint__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			// As in CPython: nothing is left once the dict changed size.
			if o, ok := self.o.(*dictIter); ok && o.d != nil && o.size == o.d.Len() {
				return Int(int64(o.left)), nil
			}
			return Int(0), nil
		})
	}
	method(SetIterType, "__length_hint__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		// As in CPython: nothing is left once the set changed size.
		if o, ok := self.o.(*setIter); ok && o.s.Len() == o.size {
			return Int(int64(len(o.elems) - o.i)), nil
		}
		return Int(0), nil
	})
	EnumerateType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "enumerate", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var it, start Value
		if len(args) > 0 && args[0].o == Object(EnumerateType) {
			if err := enumerateCallError(len(args)-1-len(kw), kw); err != nil {
				return Null, err
			}
		}
		if err := unpackArgs("enumerate", args[1:], kw, 1, []string{"iterable", "start"}, &it, &start); err != nil {
			return Null, err
		}
		// The start is converted before the iterable is asked for its
		// iterator.
		if start.o == nil {
			start = Int(0)
		} else {
			i, ok, err := th.indexValue(start)
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", start.Type().Name)
			}
			start = intValue(unwrap(i))
		}
		iter, err := th.Iter(it)
		if err != nil {
			return Null, err
		}
		return newOf(clsArg(args, EnumerateType), EnumerateType, Obj(&enumerateIter{it: iter, i: start})), nil
	}}))
	ZipType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "zip", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		z := &zipIter{}
		n := len(args) - len(kw)
		for i, k := range kw {
			if k != "strict" {
				return Null, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for zip()", k)
			}
			b, err := th.Truth(args[n+i])
			if err != nil {
				return Null, err
			}
			z.strict = b
		}
		for _, a := range args[1:n] {
			it, err := th.Iter(a)
			if err != nil {
				return Null, err
			}
			z.its = append(z.its, it)
		}
		return newOf(clsArg(args, ZipType), ZipType, Obj(z)), nil
	}}))
	MapType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "map", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 && !overridesSlot(clsArg(args, MapType), MapType, "__init__") {
			return Null, noKwargs("map", kw)
		}
		args = args[:len(args)-len(kw)]
		if len(args) < 3 {
			return Null, Errorf(TypeErrorType, "map() must have at least two arguments.")
		}
		m := &mapIter{fn: args[1]}
		for _, a := range args[2:] {
			it, err := th.Iter(a)
			if err != nil {
				return Null, err
			}
			m.its = append(m.its, it)
		}
		return newOf(clsArg(args, MapType), MapType, Obj(m)), nil
	}}))
	FilterType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "filter", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 && !overridesSlot(clsArg(args, FilterType), FilterType, "__init__") {
			return Null, noKwargs("filter", kw)
		}
		args = args[:len(args)-len(kw)]
		if len(args) != 3 {
			return Null, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args)-1)
		}
		it, err := th.Iter(args[2])
		if err != nil {
			return Null, err
		}
		return newOf(clsArg(args, FilterType), FilterType, Obj(&filterIter{fn: args[1], it: it})), nil
	}}))
	ReversedType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "reversed", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 && !overridesSlot(clsArg(args, ReversedType), ReversedType, "__init__") {
			return Null, noKwargs("reversed", kw)
		}
		args = args[:len(args)-len(kw)]
		if len(args) != 2 {
			return Null, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args)-1)
		}
		return th.newReversed(clsArg(args, ReversedType), args[1])
	}}))
}

// newReversed is reversed.__new__(cls, seq).
func (th *Thread) newReversed(cls *Type, seq Value) (Value, error) {
	switch o := seq.o.(type) {
	case *List:
		return Obj(&reversedIter{items: o, i: len(o.items) - 1, typ: ListRevIterType}), nil
	case *Tuple:
		return newOf(cls, ReversedType, Obj(&reversedIter{items: NewList(o.items), src: seq, i: len(o.items) - 1})), nil
	case *Range:
		return o.iter(true), nil
	case *Str:
		rs := o.Runes()
		items := make([]Value, len(rs))
		for i, r := range rs {
			items[i] = String(string(r))
		}
		return newOf(cls, ReversedType, Obj(&reversedIter{items: NewList(items), src: seq, i: len(items) - 1})), nil
	}
	rev := seq.Type().Lookup("__reversed__")
	if !rev.IsNone() {
		if r, found, err := th.callDunder(seq, "__reversed__"); err != nil || found {
			return r, err
		}
	}
	if rev.IsNone() || seq.Type().Lookup("__getitem__").o == nil {
		return Null, Errorf(TypeErrorType, "'%s' object is not reversible", seq.Type().Name)
	}
	// A sequence without __len__ fails on its length, as CPython's
	// PySequence_Size: "object of type 'C' has no len()".
	n, err := th.Len(seq)
	if err != nil {
		return Null, err
	}
	return newOf(cls, ReversedType, Obj(&reversedIter{seq: seq, i: n - 1})), nil
}

// enumerateCallError is the error of a call of enumerate itself (not of
// a subclass) with nargs positional arguments and keywords kw that
// CPython's vectorcall of enumerate raises before its argument parser
// would: a lone keyword other than iterable, a second argument by keyword
// other than start, no positional argument among three or more (or none
// at all), or more than two arguments.
func enumerateCallError(nargs int, kw []string) error {
	n := nargs + len(kw)
	switch {
	case n == 2 && len(kw) == 1 && kw[0] != "start", n == 1 && len(kw) == 1 && kw[0] != "iterable":
		return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for enumerate()", kw[0])
	case n == 1 || n == 2:
		return nil
	case nargs == 0:
		return Errorf(TypeErrorType, "enumerate() missing required argument 'iterable'")
	}
	return Errorf(TypeErrorType, "enumerate() takes at most 2 arguments (%d given)", n)
}

// clsArg is the class a builtin __new__ makes an instance of: its first
// argument (checked against the type before the call), or exact.
func clsArg(args []Value, exact *Type) *Type {
	if len(args) > 0 {
		if t, ok := args[0].o.(*Type); ok {
			return t
		}
	}
	return exact
}
