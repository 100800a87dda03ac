package vm

// __reduce__ and __setstate__ of the builtin iterators and of the builtin
// types that reduce themselves (range, slice, set, frozenset, the
// singletons, builtin functions), as CPython 3.11 defines them.

import (
	"math"
	"math/big"

	"github.com/pyjit/pyjit/vm/code"
)

const (
	// listExhausted is added to a list iterator's index when it finds no
	// item: it stays exhausted however the list grows.
	listExhausted = 1 << 30
	// strExhausted is a str iterator's index once it found no item.
	strExhausted = 1 << 62
)

// builtinNamed is the current value of a name in the builtins module, as
// CPython's _PyEval_GetBuiltin reads it for reductions.
func (th *Thread) builtinNamed(name string) (Value, error) {
	if v, ok := th.interp.builtins.GetStr(name); ok {
		return v, nil
	}
	return Null, Errorf(AttributeErrorType, "%s", name)
}

// iterReduce returns (iter, args) or (iter, args, state).
func (th *Thread) iterReduce(args Value, state ...Value) (Value, error) {
	it, err := th.builtinNamed("iter")
	if err != nil {
		return Null, err
	}
	return Obj(NewTuple(append([]Value{it, args}, state...))), nil
}

// ssizeState converts an iterator's state as PyLong_AsSsize_t does: an
// int is required (__index__ is not consulted).
func ssizeState(v Value) (int64, error) {
	if !isIntLike(v) {
		return 0, Errorf(TypeErrorType, "an integer is required")
	}
	u := unwrap(v)
	if _, ok := u.o.(*BigInt); ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int64(u.n), nil
}

// lessThan is bool(a < b).
func (th *Thread) lessThan(a, b Value) (bool, error) {
	r, err := th.RichCompare(a, b, code.CMP_LT)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}

// selfAs returns the Go value of self, the instance of a builtin type
// whose methods take it (a subclass instance holds it in base).
func selfAs[T Object](self Value) (T, error) {
	if o, ok := unwrap(self).o.(T); ok {
		return o, nil
	}
	var zero T
	return zero, Errorf(TypeErrorType, "unexpected '%s' object", self.Type().Name)
}

// clampIndex limits i to [lo, hi].
func clampIndex(i, lo, hi int64) int {
	return int(max(lo, min(i, hi)))
}

func initPickleMethods() {
	initSeqIterPickle()
	initDictSetIterPickle()
	initReversedPickle()
	initFunctionalIterPickle()
	initBuiltinTypePickle()
	initOSErrorReduce()
}

// initSeqIterPickle installs the reductions of the iterators that walk a
// sequence by index: (iter, (seq,), index).
func initSeqIterPickle() {
	method(ListIterType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*listIter](self)
		if err != nil {
			return Null, err
		}
		if o.i >= listExhausted {
			return th.iterReduce(TupleOf(Obj(NewList(nil))))
		}
		return th.iterReduce(TupleOf(Obj(o.l)), Int(int64(o.i)))
	})
	method(ListIterType, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*listIter](self)
		if err != nil {
			return Null, err
		}
		i, err := ssizeState(args[0])
		if err != nil {
			return Null, err
		}
		if o.i < listExhausted {
			o.i = clampIndex(i, 0, int64(len(o.l.items)))
		}
		return None, nil
	})
	method(TupleIterType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*tupleIter](self)
		if err != nil {
			return Null, err
		}
		if o.i > len(o.items) {
			return th.iterReduce(TupleOf(Obj(emptyTuple)))
		}
		return th.iterReduce(TupleOf(Obj(NewTuple(o.items))), Int(int64(o.i)))
	})
	method(TupleIterType, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*tupleIter](self)
		if err != nil {
			return Null, err
		}
		i, err := ssizeState(args[0])
		if err != nil {
			return Null, err
		}
		if o.i <= len(o.items) {
			o.i = clampIndex(i, 0, int64(len(o.items)))
		}
		return None, nil
	})
	for _, t := range []*Type{BytesIterType, ByteArrayIterType} {
		method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, err := selfAs[*bytesIter](self)
			if err != nil {
				return Null, err
			}
			if o.done {
				return th.iterReduce(TupleOf(Obj(emptyTuple)))
			}
			return th.iterReduce(TupleOf(Obj(o.b)), Int(int64(o.i)))
		})
		method(t, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, err := selfAs[*bytesIter](self)
			if err != nil {
				return Null, err
			}
			i, err := ssizeState(args[0])
			if err != nil {
				return Null, err
			}
			if !o.done {
				// As CPython: a bytes iterator's index is clamped to the
				// bytes, a bytearray iterator's only at zero.
				hi := int64(len(o.b.b))
				if o.b.mutable {
					hi = math.MaxInt64
				}
				o.i = clampIndex(i, 0, hi)
			}
			return None, nil
		})
	}
	for _, t := range []*Type{StrIterType, StrUnicodeIterType} {
		method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, err := selfAs[*strIter](self)
			if err != nil {
				return Null, err
			}
			if o.i == strExhausted {
				return th.iterReduce(TupleOf(String("")))
			}
			return th.iterReduce(TupleOf(Obj(o.s)), Int(int64(o.i)))
		})
		method(t, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, err := selfAs[*strIter](self)
			if err != nil {
				return Null, err
			}
			i, err := ssizeState(args[0])
			if err != nil {
				return Null, err
			}
			if o.i != strExhausted {
				o.i = clampIndex(i, 0, int64(o.s.Len()))
			}
			return None, nil
		})
	}
	method(RangeIterType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*rangeIter](self)
		if err != nil {
			return Null, err
		}
		start := big.NewInt(o.start)
		step := big.NewInt(o.step)
		stop := new(big.Int).Mul(big.NewInt(o.n), step)
		stop.Add(stop, start)
		return th.iterReduce(TupleOf(Obj(newRangeBig(start, stop, step))), Int(o.i))
	})
	method(RangeIterType, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*rangeIter](self)
		if err != nil {
			return Null, err
		}
		i, err := th.sizeArg(args[0])
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
				return Null, Errorf(OverflowErrorType, "Python int too large to convert to C long")
			}
			return Null, err
		}
		o.i = max(0, min(i, o.n))
		return None, nil
	})
	method(LongRangeIterType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*longRangeIter](self)
		if err != nil {
			return Null, err
		}
		stop := new(big.Int).Mul(&o.length, &o.step)
		stop.Add(stop, &o.start)
		index := new(big.Int).Sub(&o.length, &o.n)
		return th.iterReduce(TupleOf(Obj(newRangeBig(&o.start, stop, &o.step))), IntFromBig(index))
	})
	method(LongRangeIterType, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*longRangeIter](self)
		if err != nil {
			return Null, err
		}
		state := args[0]
		lt, err := th.lessThan(state, Int(0))
		if err != nil {
			return Null, err
		}
		var index *big.Int
		if lt {
			index = new(big.Int)
		} else {
			gt, err := th.lessThan(IntFromBig(&o.length), state)
			if err != nil {
				return Null, err
			}
			if gt {
				index = new(big.Int).Set(&o.length)
			} else if index, err = th.bigIndex(state); err != nil {
				return Null, err
			}
		}
		o.n.Sub(&o.length, index)
		o.cur.Mul(index, &o.step)
		o.cur.Add(&o.cur, &o.start)
		return None, nil
	})
	method(SeqIterType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*seqIter](self)
		if err != nil {
			return Null, err
		}
		if o.obj.o == nil {
			return th.iterReduce(TupleOf(Obj(emptyTuple)))
		}
		return th.iterReduce(TupleOf(o.obj), Int(o.i))
	})
	method(SeqIterType, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*seqIter](self)
		if err != nil {
			return Null, err
		}
		i, err := ssizeState(args[0])
		if err != nil {
			return Null, err
		}
		if o.obj.o != nil {
			o.i = max(i, 0)
		}
		return None, nil
	})
	method(CallIterType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*callIter](self)
		if err != nil {
			return Null, err
		}
		if o.done {
			return th.iterReduce(TupleOf(Obj(emptyTuple)))
		}
		return th.iterReduce(TupleOf(o.fn, o.sentinel))
	})
}

// initDictSetIterPickle installs the reductions of the dict and set
// iterators: (iter, (list of the items left,)).
func initDictSetIterPickle() {
	for _, t := range []*Type{DictKeyIterType, DictValueIterType, DictItemIterType, DictRevKeyIterType,
		DictRevValueIterType, DictRevItemIterType} {
		method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, err := selfAs[*dictIter](self)
			if err != nil {
				return Null, err
			}
			c := *o
			return th.reduceRemaining(Obj(&c))
		})
	}
	method(SetIterType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		o, err := selfAs[*setIter](self)
		if err != nil {
			return Null, err
		}
		c := *o
		return th.reduceRemaining(Obj(&c))
	})
}

// reduceRemaining reduces an iterator to (iter, (list of what is left,)),
// draining it: callers pass a copy, so the original is not advanced.
func (th *Thread) reduceRemaining(it Value) (Value, error) {
	var items []Value
	for {
		v, ok, err := th.Next(it)
		if err != nil {
			return Null, err
		}
		if !ok {
			break
		}
		items = append(items, v)
	}
	return th.iterReduce(TupleOf(Obj(NewList(items))))
}

// initReversedPickle installs the reductions of reversed and of the list
// reverse iterator: (reversed, (seq,), index).
func initReversedPickle() {
	for _, t := range []*Type{ReversedType, ListRevIterType} {
		method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := selfAs[*reversedIter](self)
			if err != nil {
				return Null, err
			}
			// A reversed object (of a subclass too) reduces to its type;
			// a list's reverse iterator to reversed.
			rt := ReversedType
			if r.typ != ListRevIterType {
				rt = self.Type()
			}
			if r.done {
				if r.typ == ListRevIterType {
					return th.iterReduce(TupleOf(Obj(NewList(nil))))
				}
				return TupleOf(Obj(rt), TupleOf(Obj(emptyTuple))), nil
			}
			seq := r.seq
			if r.src.o != nil {
				seq = r.src
			} else if r.items != nil {
				seq = Obj(r.items)
			}
			return TupleOf(Obj(rt), TupleOf(seq), Int(int64(r.i))), nil
		})
		method(t, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := selfAs[*reversedIter](self)
			if err != nil {
				return Null, err
			}
			i, err := ssizeState(args[0])
			if err != nil {
				return Null, err
			}
			if r.done {
				return None, nil
			}
			var n int
			if r.items != nil {
				n = len(r.items.items)
			} else if n, err = th.Len(r.seq); err != nil {
				return Null, err
			}
			r.i = clampIndex(i, -1, int64(n-1))
			return None, nil
		})
	}
}

// initFunctionalIterPickle installs the reductions of enumerate, map,
// filter and zip, and zip's __setstate__ (its strict flag).
func initFunctionalIterPickle() {
	method(EnumerateType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		e, err := selfAs[*enumerateIter](self)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(self.Type()), TupleOf(e.it, e.i)), nil
	})
	method(MapType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := selfAs[*mapIter](self)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(self.Type()), Obj(NewTuple(append([]Value{m.fn}, m.its...)))), nil
	})
	method(FilterType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := selfAs[*filterIter](self)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(self.Type()), TupleOf(f.fn, f.it)), nil
	})
	method(ZipType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		z, err := selfAs[*zipIter](self)
		if err != nil {
			return Null, err
		}
		its := Obj(NewTuple(append([]Value(nil), z.its...)))
		if z.strict {
			return TupleOf(Obj(self.Type()), its, True), nil
		}
		return TupleOf(Obj(self.Type()), its), nil
	})
	method(ZipType, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		strict, err := th.Truth(args[0])
		if err != nil {
			return Null, err
		}
		z, err := selfAs[*zipIter](self)
		if err != nil {
			return Null, err
		}
		z.strict = strict
		return None, nil
	})
}

// initBuiltinTypePickle installs the reductions of range, slice, set,
// frozenset, NotImplemented, Ellipsis and builtin functions.
func initBuiltinTypePickle() {
	method(RangeType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := selfAs[*Range](self)
		if err != nil {
			return Null, err
		}
		start, stop, step := r.attrs()
		return TupleOf(Obj(RangeType), TupleOf(start, stop, step)), nil
	})
	// range.__reduce__ takes (and ignores) any positional arguments.
	if rr, ok := RangeType.Dict.GetStr("__reduce__"); ok {
		if md, ok := rr.o.(*MethodDescriptor); ok {
			md.spec = &argSpec{style: stylePos, max: -1, maxPos: 1 << 30, name: "__reduce__", qual: "range.__reduce__"}
		}
	}
	method(SliceType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := selfAs[*Slice](self)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(SliceType), TupleOf(s.Start, s.Stop, s.Step)), nil
	})
	for _, t := range []*Type{SetType, FrozenSetType} {
		method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			set, err := selfAs[*Set](self)
			if err != nil {
				return Null, err
			}
			keys := Obj(NewList(set.Elems()))
			state, err := th.objectGetState(self, false)
			if err != nil {
				return Null, err
			}
			return TupleOf(Obj(self.Type()), TupleOf(keys), state), nil
		})
	}
	method(NotImplementedType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return String("NotImplemented"), nil
	})
	method(EllipsisType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return String("Ellipsis"), nil
	})
	method(MethodDescriptorType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		d, err := selfAs[*MethodDescriptor](self)
		if err != nil {
			return Null, err
		}
		getattr, err := th.builtinNamed("getattr")
		if err != nil {
			return Null, err
		}
		return TupleOf(getattr, TupleOf(Obj(d.Owner), String(d.Name))), nil
	})
	method(BuiltinFunctionType, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := selfAs[*Builtin](self)
		if err != nil {
			return Null, err
		}
		owner := b.Self
		if owner.o == nil {
			if t := staticOwner(b); t != nil {
				owner = Obj(t)
			}
		}
		if _, isMod := owner.o.(*Module); owner.o == nil || isMod {
			return String(b.Name), nil
		}
		getattr, err := th.builtinNamed("getattr")
		if err != nil {
			return Null, err
		}
		return TupleOf(getattr, TupleOf(owner, String(b.Name))), nil
	})
}
