package vm

// list, tuple, dict, set, frozenset, bytes, range and slice: constructors and methods.

import (
	"bytes"
	"math/big"
	"slices"
	"unsafe"

	"github.com/pyjit/pyjit/vm/code"
)

func listSelf(v Value) *List {
	if l, ok := v.o.(*List); ok {
		return l
	}
	return unwrap(v).o.(*List)
}

func dictSelf(v Value) *Dict {
	if d, ok := v.o.(*Dict); ok {
		return d
	}
	return unwrap(v).o.(*Dict)
}

func setSelf(v Value) *Set {
	if s, ok := v.o.(*Set); ok {
		return s
	}
	return unwrap(v).o.(*Set)
}

func tupleSelf(v Value) *Tuple {
	if t, ok := v.o.(*Tuple); ok {
		return t
	}
	return unwrap(v).o.(*Tuple)
}

// newOf returns the value itself for exact builtin types, or wraps it for subclasses.
func newOf(cls, exact *Type, v Value) Value {
	if cls == exact {
		return v
	}
	return newSubclassInstance(cls, v)
}

func initContainerTypes() {
	initList()
	initTuple()
	initDict()
	initSet()
	initBytes()
	initMemoryView()
	initMemoryIterType()
	initRangeSlice()
}

// bytesOperand returns the operand other of a comparison method of self:
// bytes compares with bytes only, bytearray with any bytes-like object.
// Other types' operands are returned unchanged.
func bytesOperand(self, other Value) (Value, bool) {
	b, ok := unwrap(self).o.(*Bytes)
	if !ok {
		return unwrap(other), true
	}
	if o, ok := unwrap(other).o.(*Bytes); ok && (b.mutable || !o.mutable) {
		return unwrap(other), true
	}
	if !b.mutable {
		return Null, false
	}
	p, ok := bytesLike(other)
	if !ok {
		return Null, false
	}
	return Obj(&Bytes{b: p}), true
}

// seqDunders installs the protocol methods shared by builtin containers.
func seqDunders(t *Type) {
	protocolMethod(t, "__len__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		n, err := th.Len(unwrap(self))
		return Int(int64(n)), err
	})
	protocolMethod(t, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__getitem__", 1, 1, len(args))
		}
		return th.GetItem(unwrap(self), args[0])
	})
	protocolMethod(t, "__contains__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, argCountError("__contains__", 1, 1, len(args))
		}
		r, err := th.Contains(unwrap(self), args[0])
		return Bool(r), err
	})
	protocolMethod(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.Iter(unwrap(self))
	})
	protocolMethod(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		u := unwrap(self)
		if tu, ok := u.o.(*Tuple); ok {
			// A tuple subclass: the guard of Repr against recursion.
			if err := th.enterRecursive(" while getting the repr of an object"); err != nil {
				return Null, err
			}
			defer th.leaveRecursive()
			if th.reprEnter(u) {
				return String("(...)"), nil
			}
			defer th.reprLeave(u)
			s, err := th.reprSeq(tu.items, "(", ")", len(tu.items) == 1)
			return String(s), err
		}
		if so, ok := u.o.(*Set); ok && self.Type() != SetType && self.Type() != FrozenSetType {
			return th.setSubclassRepr(self.Type().Name, u, so)
		}
		s, err := th.Repr(u)
		if b, ok := u.o.(*Bytes); ok && b.mutable && err == nil && self.Type() != ByteArrayType {
			// A subclass of bytearray shows its own name.
			s = self.Type().Name + s[len("bytearray"):]
		}
		return String(s), err
	})
	for op := 0; op < 6; op++ {
		op := op
		protocolMethod(t, cmpDunder[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, argCountError(cmpDunder[op], 1, 1, len(args))
			}
			other, ok := bytesOperand(self, args[0])
			if !ok {
				return NotImplemented, nil
			}
			r, ok, err := th.builtinCompare(unwrap(self), other, op)
			if !ok && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
	}
}

func initList() {
	t := ListType
	seqDunders(t)
	t.Dict.SetStr("__hash__", None)
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "list", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return newOf(args[0].o.(*Type), ListType, Obj(NewList(nil))), nil
	}}))
	m := map[string]BuiltinFunc{
		"__init__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 && !overridesSlot(self.Type(), ListType, "__new__") {
				return Null, noKwargs("list", kw)
			}
			args = args[:len(args)-len(kw)]
			if len(args) > 1 {
				return Null, Errorf(TypeErrorType, "list expected at most 1 argument, got %d", len(args))
			}
			l := listSelf(self)
			clear(l.items)
			l.items = l.items[:0]
			if len(args) == 1 {
				return None, th.listExtend(l, args[0])
			}
			return None, nil
		},
		"append": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "list.append() takes exactly one argument (%d given)", len(args))
			}
			l := listSelf(self)
			l.push(args[0])
			return None, nil
		},
		"extend": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "list.extend() takes exactly one argument (%d given)", len(args))
			}
			return None, th.listExtend(listSelf(self), args[0])
		},
		"pop": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			l := listSelf(self)
			i := int64(-1)
			if len(args) > 0 {
				// The index is converted first: its __index__ may change l.
				j, err := th.sizeArg(args[0])
				if err != nil {
					return Null, err
				}
				i = j
			}
			if len(l.items) == 0 {
				return Null, Errorf(IndexErrorType, "pop from empty list")
			}
			k, err := normIndex(i, len(l.items), "pop")
			if err != nil {
				return Null, err
			}
			v := l.items[k]
			l.removeAt(k)
			return v, nil
		},
		"insert": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 {
				return Null, Errorf(TypeErrorType, "insert expected 2 arguments, got %d", len(args))
			}
			l := listSelf(self)
			i, err := th.sizeArg(args[0])
			if err != nil {
				return Null, err
			}
			n := int64(len(l.items))
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			l.items = append(l.items, Null)
			copy(l.items[i+1:], l.items[i:])
			l.items[i] = args[1]
			return None, nil
		},
		"remove": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			l := listSelf(self)
			// An item's __eq__ may change l: its length is read afresh.
			for i := 0; i < len(l.items); i++ {
				eq, err := th.sameOrEqual(l.items[i], args[0])
				if err != nil {
					return Null, err
				}
				if eq {
					if i < len(l.items) {
						l.items = slices.Delete(l.items, i, i+1)
					}
					return None, nil
				}
			}
			return Null, Errorf(ValueErrorType, "list.remove(x): x not in list")
		},
		"index": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			l := listSelf(self)
			start, stop, err := th.searchBounds(args[1:], len(l.items))
			if err != nil {
				return Null, err
			}
			for i := start; i < stop && i < len(l.items); i++ {
				if err := th.tick(); err != nil {
					return Null, err
				}
				eq, err := th.sameOrEqual(l.items[i], args[0])
				if err != nil {
					return Null, err
				}
				if eq {
					return Int(int64(i)), nil
				}
			}
			r, err := th.Repr(args[0])
			if err != nil {
				return Null, err
			}
			return Null, Errorf(ValueErrorType, "%s is not in list", r)
		},
		"count": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			n := 0
			l := listSelf(self)
			for i := 0; i < len(l.items); i++ {
				if err := th.tick(); err != nil {
					return Null, err
				}
				eq, err := th.sameOrEqual(l.items[i], args[0])
				if err != nil {
					return Null, err
				}
				if eq {
					n++
				}
			}
			return Int(int64(n)), nil
		},
		"reverse": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			it := listSelf(self).items
			for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
				it[i], it[j] = it[j], it[i]
			}
			return None, nil
		},
		"clear": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			listSelf(self).items = nil
			return None, nil
		},
		"copy": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Obj(NewList(append([]Value(nil), listSelf(self).items...))), nil
		},
		"sort": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args)-len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "sort() takes no positional arguments")
			}
			var key, reverse Value
			if err := unpackArgs("sort", args, kw, 0, []string{"$key", "$reverse"}, &key, &reverse); err != nil {
				return Null, err
			}
			// The list is empty while it is sorted, holding an empty
			// slice of sortingItems: a change that allocates or frees its
			// items (an append, clear) shows as other items, as
			// CPython's allocated != -1.
			l := listSelf(self)
			items := l.items
			l.items = sortingItems[:0:0]
			err := th.sortValues(items, key, reverse)
			if unsafe.SliceData(l.items) != &sortingItems[0] && err == nil {
				err = Errorf(ValueErrorType, "list modified during sort")
			}
			l.items = items
			return None, err
		},
		"__setitem__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, th.SetItem(Obj(listSelf(self)), args[0], args[1])
		},
		"__delitem__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, th.DelItem(Obj(listSelf(self)), args[0])
		},
		"__add__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, ok, err := th.builtinBinary(0, Obj(listSelf(self)), unwrap(args[0]))
			if !ok && err == nil {
				if th.operatorCall(self) {
					return NotImplemented, nil
				}
				return Null, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", args[0].Type().Name)
			}
			return r, err
		},
		"__iadd__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return self, th.listExtend(listSelf(self), args[0])
		},
		"__mul__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			n, ok, err := th.repeatOperand(self, args[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return NotImplemented, nil
			}
			items, err := th.repeatValues(listSelf(self).items, n)
			return Obj(NewList(items)), err
		},
		"__imul__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			n, ok, err := th.repeatOperand(self, args[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return NotImplemented, nil
			}
			l := listSelf(self)
			items, err := th.repeatValues(l.items, n)
			if err != nil {
				return Null, err
			}
			l.items = items
			return self, nil
		},
		"__reversed__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Obj(&reversedIter{items: listSelf(self), i: len(listSelf(self).items) - 1, typ: ListRevIterType}), nil
		},
	}
	m["__rmul__"] = m["__mul__"]
	for n, f := range m {
		method(t, n, f)
	}
	listAppendDescr = t.Dict.mustGet("append").o.(*MethodDescriptor)
}

func optArg(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return None
}

func initTuple() {
	t := TupleType
	seqDunders(t)
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "tuple", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		if len(kw) > 0 && !overridesSlot(cls, TupleType, "__init__") {
			return Null, Errorf(TypeErrorType, "tuple() takes no keyword arguments")
		}
		args = args[:len(args)-len(kw)]
		if len(args) > 2 {
			return Null, Errorf(TypeErrorType, "tuple expected at most 1 argument, got %d", len(args)-1)
		}
		if len(args) == 1 {
			return newOf(cls, TupleType, Obj(emptyTuple)), nil
		}
		if tu, ok := args[1].o.(*Tuple); ok {
			if cls == TupleType {
				return Obj(tu), nil
			}
			// A subclass of tuple made from an exact tuple (a namedtuple's
			// __new__): its items copied into one allocation.
			return newSubclassInstance(cls, Obj(tupleCopyOf(tu.items))), nil
		}
		items, err := th.iterateToSliceHinted(args[1])
		if err != nil {
			return Null, err
		}
		return newOf(cls, TupleType, Obj(NewTuple(items))), nil
	}}))
	m := map[string]BuiltinFunc{
		"__hash__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			h, err := th.hashTuple(tupleSelf(self).items)
			return Int(h), err
		},
		"index": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			items := tupleSelf(self).items
			start, stop, err := th.searchBounds(args[1:], len(items))
			if err != nil {
				return Null, err
			}
			for i := start; i < stop; i++ {
				it := items[i]
				if err := th.tick(); err != nil {
					return Null, err
				}
				eq, err := th.sameOrEqual(it, args[0])
				if err != nil {
					return Null, err
				}
				if eq {
					return Int(int64(i)), nil
				}
			}
			return Null, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
		},
		"count": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			n := 0
			for _, it := range tupleSelf(self).items {
				if err := th.tick(); err != nil {
					return Null, err
				}
				eq, err := th.sameOrEqual(it, args[0])
				if err != nil {
					return Null, err
				}
				if eq {
					n++
				}
			}
			return Int(int64(n)), nil
		},
		"__add__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, ok, err := th.builtinBinary(0, Obj(tupleSelf(self)), unwrap(args[0]))
			if !ok && err == nil {
				if th.operatorCall(self) {
					return NotImplemented, nil
				}
				return Null, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", args[0].Type().Name)
			}
			return r, err
		},
		"__mul__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			n, ok, err := th.repeatOperand(self, args[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return NotImplemented, nil
			}
			if _, exact := self.o.(*Tuple); exact && n == 1 {
				return self, nil
			}
			items, err := th.repeatValues(tupleSelf(self).items, n)
			return Obj(NewTuple(items)), err
		},
		"__getnewargs__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return TupleOf(Obj(tupleSelf(self))), nil
		},
	}
	m["__rmul__"] = m["__mul__"]
	for n, f := range m {
		method(t, n, f)
	}
}

// hasKeysAttr reports whether v has a keys attribute, which makes dict()
// and dict.update() take it as a mapping. Attribute access on a class
// instance may fail otherwise than with AttributeError.
func (th *Thread) hasKeysAttr(v Value) (bool, error) {
	switch v.o.(type) {
	case *Dict:
		return true, nil
	case *Instance:
		_, ok, err := th.lookupAttrOpt(v, "keys")
		return ok, err
	}
	return v.Type().Lookup("keys").o != nil, nil
}

// dictMergeFromPairs adds the key/value pairs src yields to d, one at a
// time, as CPython's PyDict_MergeFromSeq2.
func (th *Thread) dictMergeFromPairs(d *Dict, src Value) error {
	it, err := th.Iter(src)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		item, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		pair, err := th.iterateToSliceFast(item)
		if err != nil {
			if isTypeError(err) {
				return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(pair) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.Set(th, pair[0], pair[1]); err != nil {
			return err
		}
	}
}

func initDict() {
	t := DictType
	seqDunders(t)
	t.Dict.SetStr("__hash__", None)
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "dict", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return newOf(args[0].o.(*Type), DictType, Obj(NewDict())), nil
	}}))
	update := func(th *Thread, d *Dict, args []Value, kw []string, name string) error {
		npos := len(args) - len(kw)
		if npos > 1 {
			return Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", name, npos)
		}
		if npos == 1 {
			src := args[0]
			hasKeys, err := th.hasKeysAttr(src)
			if err != nil {
				return err
			}
			if hasKeys {
				if err := th.dictUpdate(d, src); err != nil {
					return err
				}
			} else if err := th.dictMergeFromPairs(d, src); err != nil {
				return err
			}
		}
		for i, k := range kw {
			d.SetStr(k, args[npos+i])
		}
		return nil
	}
	m := map[string]BuiltinFunc{
		"__getitem__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, argCountError("__getitem__", 1, 1, len(args))
			}
			d := dictSelf(self)
			v, ok, err := d.Get(th, args[0])
			if err != nil || ok {
				return v, err
			}
			// Subclasses may define __missing__ (defaultdict, Counter).
			if _, isInst := self.o.(*Instance); isInst {
				if r, found, err := th.callDunder(self, "__missing__", args[0]); found || err != nil {
					return r, err
				}
			}
			return Null, th.newLookupError(KeyErrorType, args[0])
		},
		"__init__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, update(th, dictSelf(self), args, kw, "dict")
		},
		"update": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, update(th, dictSelf(self), args, kw, "update")
		},
		"get": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return Null, argCountError("get", 1, 2, len(args))
			}
			v, ok, err := dictSelf(self).Get(th, args[0])
			if err != nil {
				return Null, err
			}
			if ok {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		},
		"setdefault": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			def := None
			if len(args) > 1 {
				def = args[1]
			}
			return dictSelf(self).SetDefault(th, args[0], def)
		},
		"pop": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return Null, argCountError("pop", 1, 2, len(args))
			}
			d := dictSelf(self)
			v, ok := Null, false
			if d.Len() > 0 {
				// An empty dict does not hash the key.
				var err error
				if v, ok, err = d.Pop(th, args[0]); err != nil {
					return Null, err
				}
			}
			if !ok {
				if len(args) > 1 {
					return args[1], nil
				}
				return Null, NewException(KeyErrorType, args[0])
			}
			return v, nil
		},
		"popitem": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			e, ok := dictSelf(self).popLast()
			if !ok {
				return Null, Errorf(KeyErrorType, "popitem(): dictionary is empty")
			}
			return TupleOf(e.key, e.val), nil
		},
		"keys": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Obj(&DictView{d: dictSelf(self), kind: 0}), nil
		},
		"values": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Obj(&DictView{d: dictSelf(self), kind: 1}), nil
		},
		"items": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Obj(&DictView{d: dictSelf(self), kind: 2}), nil
		},
		"clear": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			dictSelf(self).Clear()
			return None, nil
		},
		"copy": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if _, ok := dictStorage(self); ok {
				return Obj(dictSelf(self).Copy()), nil
			}
			// A subclass with its own __iter__: its keys() and
			// __getitem__ give the copy, as CPython's PyDict_Copy.
			r := &Dict{}
			return Obj(r), th.dictUpdate(r, self)
		},
		"__setitem__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, dictSelf(self).Set(th, args[0], args[1])
		},
		"__delitem__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, th.DelItem(Obj(dictSelf(self)), args[0])
		},
		"__or__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, ok := unwrap(args[0]).o.(*Dict)
			if !ok {
				return NotImplemented, nil
			}
			d := dictSelf(self).Copy()
			return Obj(d), th.dictUpdate(d, Obj(o))
		},
		"__ror__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			o, ok := unwrap(args[0]).o.(*Dict)
			if !ok {
				return NotImplemented, nil
			}
			d := o.Copy()
			return Obj(d), th.dictUpdate(d, Obj(dictSelf(self)))
		},
		"__ior__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return self, update(th, dictSelf(self), args, nil, "update")
		},
		"__reversed__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Obj(newDictRevIter(dictSelf(self), 0)), nil
		},
	}
	for n, f := range m {
		method(t, n, f)
	}
	t.Dict.SetStr("fromkeys", Obj(&ClassMethodDescriptor{Name: "fromkeys", Owner: t, Fn: func(th *Thread, cls Value, args []Value, kw []string) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return Null, argCountError("fromkeys", 1, 2, len(args))
		}
		v := None
		if len(args) > 1 {
			v = args[1]
		}
		r, err := th.Call(cls, nil, nil)
		if err != nil {
			return Null, err
		}
		return r, th.dictFromKeys(r, args[0], v)
	}}))
	for _, vt := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		method(vt, "__len__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(self.o.(*DictView).d.Len())), nil
		})
		method(vt, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			v := self.o.(*DictView)
			return Obj(newDictIter(v.d, v.kind)), nil
		})
		method(vt, "__reversed__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			v := self.o.(*DictView)
			return Obj(newDictRevIter(v.d, v.kind)), nil
		})
		method(vt, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			v := self.o.(*DictView)
			// A view among its dict's values shows as "...", as in CPython.
			if th.reprEnter(self) {
				return String("..."), nil
			}
			defer th.reprLeave(self)
			items, err := th.iterateToSlice(self)
			if err != nil {
				return Null, err
			}
			// CPython shows the items as a list, whose repr counts
			// against the recursion limit.
			if err := th.enterRecursive(" while getting the repr of an object"); err != nil {
				return Null, err
			}
			defer th.leaveRecursive()
			s, err := th.reprSeq(items, "([", "])", false)
			return String(v.Type().Name + s), err
		})
	}
	initDictViewSetOps()
}

// searchBounds resolves the optional start and stop arguments of
// list.index and tuple.index against length n: ints or objects with
// __index__ (never None), negative ones counting from the end.
func (th *Thread) searchBounds(bounds []Value, n int) (start, stop int, err error) {
	start, stop = 0, n
	for i, v := range bounds {
		x, ok, err := th.indexSaturated(v)
		if err != nil {
			return 0, 0, err
		}
		if !ok {
			return 0, 0, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
		if x < 0 {
			x = max(x+int64(n), 0)
		}
		if i == 0 {
			start = int(min(x, int64(n)))
		} else {
			stop = int(min(x, int64(n)))
		}
	}
	return start, stop, nil
}

func (th *Thread) viewAsSet(v Value) (*Set, error) {
	switch o := v.o.(type) {
	case *Set:
		return o, nil
	case *DictView:
		s := NewSet()
		return s, th.setUpdate(s, v)
	}
	if !th.isIterable(v) {
		return nil, nil
	}
	s := NewSet()
	return s, th.setUpdate(s, v)
}

func (th *Thread) dictViewContains(v *DictView, x Value) (bool, error) {
	switch v.kind {
	case 0:
		_, ok, err := v.d.Get(th, x)
		return ok, err
	case 2:
		t, ok := x.o.(*Tuple)
		if !ok || len(t.items) != 2 {
			return false, nil
		}
		val, ok, err := v.d.Get(th, t.items[0])
		if err != nil || !ok {
			return false, err
		}
		return th.sameOrEqual(val, t.items[1])
	}
	items, err := th.iterateToSlice(Obj(v))
	if err != nil {
		return false, err
	}
	return th.seqContains(&items, x)
}

// DictView is dict.keys(), dict.values() or dict.items().
type DictView struct {
	d    *Dict
	kind int
	// od is the OrderedDict of an odict_keys, odict_values or odict_items
	// view (whose d is its dict), else Null.
	od Value
}

// Type implements Object.
func (v *DictView) Type() *Type {
	if v.od.o != nil {
		return [...]*Type{odictKeysType, odictValuesType, odictItemsType}[v.kind]
	}
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.kind]
}

func initSet() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		t := t
		frozen := t == FrozenSetType
		seqDunders(t)
		t.Dict.DelStr("__getitem__") // sets are not subscriptable
		t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			cls := args[0].o.(*Type)
			s := NewSet()
			s.frozen = frozen
			if frozen {
				if len(kw) > 0 && !overridesSlot(cls, FrozenSetType, "__init__") {
					return Null, Errorf(TypeErrorType, "frozenset() takes no keyword arguments")
				}
				args = args[:len(args)-len(kw)]
				if len(args) > 2 {
					return Null, Errorf(TypeErrorType, "frozenset expected at most 1 argument, got %d", len(args)-1)
				}
				if len(args) == 2 {
					if src, ok := args[1].o.(*Set); ok && src.frozen && cls == FrozenSetType {
						return args[1], nil // an exact frozenset is its own copy
					}
					if err := th.setUpdate(s, args[1]); err != nil {
						return Null, err
					}
				}
			}
			return newOf(cls, t, Obj(s)), nil
		}}))
		if !frozen {
			t.Dict.SetStr("__hash__", None)
			method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				if err := noKwargs("set", kw); err != nil {
					return Null, err
				}
				if len(args) > 1 {
					return Null, Errorf(TypeErrorType, "set expected at most 1 argument, got %d", len(args))
				}
				s := setSelf(self)
				*s = *NewSet()
				if len(args) == 1 {
					if src, ok := args[0].o.(*Set); ok {
						s.become(src.copySet(false))
						return None, nil
					}
					return None, th.setUpdate(s, args[0])
				}
				return None, nil
			})
		} else {
			method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				h, err := th.hashFrozenSet(setSelf(self))
				return Int(h), err
			})
		}
		m := map[string]BuiltinFunc{
			"copy": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				if _, exact := self.o.(*Set); exact && frozen {
					// An exact frozenset is its own copy.
					return self, nil
				}
				return Obj(setSelf(self).copySet(frozen)), nil
			},
			"union":                setMulti(0x07),
			"intersection":         setMulti(0x01),
			"difference":           setMulti(0x0a),
			"symmetric_difference": setMulti(0x0c),
			"issubset": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				o, err := th.viewAsSet(args[0])
				if err != nil {
					return Null, err
				}
				if o == nil {
					return Null, Errorf(TypeErrorType, "'%s' object is not iterable", args[0].Type().Name)
				}
				return th.compareSets(setSelf(self), o, 1)
			},
			"issuperset": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				if _, ok := unwrap(args[0]).o.(*Set); !ok {
					// Not a set: its items are looked up as they come, so
					// the first one missing decides before the rest are
					// made or hashed.
					return th.setHoldsEach(setSelf(self), args[0], true)
				}
				o, err := th.viewAsSet(args[0])
				if err != nil {
					return Null, err
				}
				if o == nil {
					return Null, Errorf(TypeErrorType, "'%s' object is not iterable", args[0].Type().Name)
				}
				return th.compareSets(setSelf(self), o, 5)
			},
			"isdisjoint": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				s := setSelf(self)
				if o, ok := unwrap(args[0]).o.(*Set); ok {
					// Two sets: the smaller one's elements are
					// looked up in the larger with the hashes it holds,
					// as CPython's set_isdisjoint.
					if o == s {
						return Bool(s.used == 0), nil
					}
					small, large := o, s
					if o.used > s.used {
						small, large = s, o
					}
					for _, e := range small.table {
						if !e.live() {
							continue
						}
						found, err := large.containsHashed(th, e.key(), e.hash())
						if err != nil || found {
							return False, err
						}
					}
					return True, nil
				}
				return th.setHoldsEach(s, args[0], false)
			},
		}
		if !frozen {
			m["add"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				if len(args) != 1 {
					return Null, Errorf(TypeErrorType, "set.add() takes exactly one argument (%d given)", len(args))
				}
				return None, setSelf(self).Add(th, args[0])
			}
			m["discard"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				_, err := setSelf(self).discardKey(th, args[0])
				return None, err
			}
			m["remove"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				ok, err := setSelf(self).discardKey(th, args[0])
				if err != nil {
					return Null, err
				}
				if !ok {
					return Null, NewException(KeyErrorType, args[0])
				}
				return None, nil
			}
			m["pop"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				s := setSelf(self)
				if s.used == 0 {
					return Null, Errorf(KeyErrorType, "pop from an empty set")
				}
				// As CPython: scan on from where the last pop stopped.
				mask := len(s.table) - 1
				i := s.finger & mask
				for !s.table[i].live() {
					i = (i + 1) & mask
				}
				key := s.table[i].key()
				s.table[i] = deadEntry
				s.used--
				s.finger = i + 1
				return key, nil
			}
			m["clear"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				*setSelf(self) = *NewSet()
				return None, nil
			}
			m["update"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				for _, a := range args {
					if err := th.setUpdate(setSelf(self), a); err != nil {
						return Null, err
					}
				}
				return None, nil
			}
			inplace := func(th *Thread, s *Set, op int, o *Set) error {
				switch op {
				case 7: // |=
					if err := s.merge(th, o); err != nil {
						return err
					}
				case 1: // &=
					r, _, err := th.setBinary(op, s, o)
					if err != nil {
						return err
					}
					s.become(r.o.(*Set))
				case 10: // -=
					for _, e := range o.entries() {
						if _, err := s.discardHashed(th, e.key(), e.hash()); err != nil {
							return err
						}
					}
					s.dropDummies()
				case 12: // ^=
					for _, e := range o.entries() {
						found, err := s.discardHashed(th, e.key(), e.hash())
						if err != nil {
							return err
						}
						if !found {
							if err := s.addHashed(th, e.key(), e.hash()); err != nil {
								return err
							}
						}
					}
				}
				return nil
			}
			m["intersection_update"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				s := setSelf(self)
				r, err := th.setIntersectionMulti(s, args)
				if err != nil {
					return Null, err
				}
				s.become(r.o.(*Set))
				return None, nil
			}
			m["symmetric_difference_update"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				if !th.isIterable(args[0]) {
					return Null, Errorf(TypeErrorType, "'%s' object is not iterable", args[0].Type().Name)
				}
				return None, th.symmetricDifferenceUpdate(setSelf(self), args[0])
			}
			for name, op := range map[string]int{"difference_update": 10} {
				op := op
				m[name] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
					s := setSelf(self)
					for _, a := range args {
						o, err := th.viewAsSet(a)
						if err != nil {
							return Null, err
						}
						if o == nil {
							return Null, Errorf(TypeErrorType, "'%s' object is not iterable", a.Type().Name)
						}
						if err := inplace(th, s, op, o); err != nil {
							return Null, err
						}
					}
					return None, nil
				}
			}
			for name, op := range map[string]int{"__ior__": 7, "__iand__": 1, "__isub__": 10, "__ixor__": 12} {
				op := op
				m[name] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
					o, ok := unwrap(args[0]).o.(*Set)
					if !ok {
						return NotImplemented, nil
					}
					return self, inplace(th, setSelf(self), op, o)
				}
			}
		}
		for _, op := range []int{1, 7, 10, 12} {
			op := op
			m[binaryDunders[op]] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				o, ok := unwrap(args[0]).o.(*Set)
				if !ok {
					return NotImplemented, nil
				}
				r, _, err := th.setBinary(op, setSelf(self), o)
				return r, err
			}
			m[reflectedDunders[op]] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				o, ok := unwrap(args[0]).o.(*Set)
				if !ok {
					return NotImplemented, nil
				}
				r, _, err := th.setBinary(op, o, setSelf(self))
				return r, err
			}
		}
		for n, f := range m {
			method(t, n, f)
		}
	}
}

// setMulti implements union/intersection/… with any number of iterables.
// setIntersectionMulti is s.intersection(*args): each operand is
// intersected with the result so far, s itself for the first, which an
// operand's iteration may change.
func (th *Thread) setIntersectionMulti(s *Set, args []Value) (Value, error) {
	if len(args) == 0 {
		return Obj(s.copySet(s.frozen)), nil
	}
	cur := s
	for _, a := range args {
		r, err := th.setIntersect(cur, a)
		if err != nil {
			return Null, err
		}
		cur = r
	}
	return Obj(cur), nil
}

// setIntersect returns a new set of so's kind holding the items of so
// that other has; an iterable other than a set is iterated, each item
// looked up in so as it comes.
func (th *Thread) setIntersect(so *Set, other Value) (*Set, error) {
	if o, ok := unwrap(other).o.(*Set); ok {
		r, _, err := th.setBinary(code.NB_AND, so, o)
		if err != nil {
			return nil, err
		}
		return r.o.(*Set), nil
	}
	if !th.isIterable(other) {
		return nil, Errorf(TypeErrorType, "'%s' object is not iterable", other.Type().Name)
	}
	it, err := th.Iter(other)
	if err != nil {
		return nil, err
	}
	out := NewSet()
	out.frozen = so.frozen
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return out, err
		}
		h, err := th.Hash(x)
		if err != nil {
			return nil, err
		}
		in, err := so.containsHashed(th, x, h)
		if err != nil {
			return nil, err
		}
		if in {
			if err := out.addHashed(th, x, h); err != nil {
				return nil, err
			}
		}
	}
}

// isSetOrExactDict reports whether v is a set, a frozenset or a dict (not
// a subclass of dict), the operands CPython's set difference treats by size.
func isSetOrExactDict(v Value) bool {
	if _, ok := v.o.(*Dict); ok {
		return true
	}
	_, ok := unwrap(v).o.(*Set)
	return ok
}

func setMulti(kind int) BuiltinFunc {
	op := map[int]int{0x07: 7, 0x01: 1, 0x0a: 10, 0x0c: 12}[kind]
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := setSelf(self)
		if kind == 0x0c && len(args) == 1 {
			// CPython makes a set of the other operand first, then
			// updates that with what s holds by then.
			if !th.isIterable(args[0]) {
				return Null, Errorf(TypeErrorType, "'%s' object is not iterable", args[0].Type().Name)
			}
			res := NewSet()
			res.frozen = s.frozen
			if err := th.setUpdate(res, args[0]); err != nil {
				return Null, err
			}
			return Obj(res), th.toggleAll(res, s)
		}
		if kind == 0x01 {
			return th.setIntersectionMulti(s, args)
		}
		res := s.copySet(s.frozen)
		if kind == 0x07 {
			// Each operand's elements are added to the copy as they
			// come, as set.update adds them.
			for _, a := range args {
				if unwrap(a).o == Object(s) {
					continue
				}
				if !th.isIterable(a) {
					return Null, Errorf(TypeErrorType, "'%s' object is not iterable", a.Type().Name)
				}
				if err := th.setUpdate(res, a); err != nil {
					return Null, err
				}
			}
			return Obj(res), nil
		}
		for i, a := range args {
			o, err := th.viewAsSet(a)
			if err != nil {
				return Null, err
			}
			if o == nil {
				return Null, Errorf(TypeErrorType, "'%s' object is not iterable", a.Type().Name)
			}
			if kind == 0x0a && (i > 0 || !isSetOrExactDict(a)) {
				// As CPython: the difference with any other iterable, and
				// with every operand after the first, removes elements
				// from the copy, keeping its table (and order).
				for _, e := range o.entries() {
					if _, err := res.discardHashed(th, e.key(), e.hash()); err != nil {
						return Null, err
					}
				}
				res.dropDummies()
				continue
			}
			// The difference with a first operand that is a set or a dict
			// goes over s itself, whose layout its copy may not have.
			x := res
			if i == 0 {
				x = s
			}
			r, _, err := th.setBinary(op, x, o)
			if err != nil {
				return Null, err
			}
			res = r.o.(*Set)
		}
		return Obj(res), nil
	}
}

func initBytes() {
	for _, t := range []*Type{BytesType, ByteArrayType} {
		t := t
		mutable := t == ByteArrayType
		seqDunders(t)
		t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			b := &Bytes{b: []byte{}, mutable: mutable}
			if !mutable {
				if t == BytesType && args[0].o == Object(BytesType) {
					// bytes(x) returns what x.__bytes__() returns, even an
					// instance of a subclass of bytes.
					if r, ok, err := th.bytesExactFromDunder(args[1:], kw); ok || err != nil {
						return r, err
					}
				}
				// A bytearray's contents come from __init__.
				p, err := th.bytesSource(t, args[1:], kw)
				if err != nil {
					return Null, err
				}
				b.b = p
			}
			return newOf(args[0].o.(*Type), t, Obj(b)), nil
		}}))
		m := map[string]BuiltinFunc{
			"decode": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				var enc, errs Value
				if err := unpackArgs("decode", args, kw, 0, []string{"encoding", "errors"}, &enc, &errs); err != nil {
					return Null, err
				}
				return th.decodeBytes("decode", self, unwrap(self).o.(*Bytes).b, enc, errs)
			},
			"hex": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				return th.hexMethod(func() ([]byte, error) { return unwrap(self).o.(*Bytes).b, nil }, args, kw)
			},
			"__hash__": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				h, err := th.Hash(unwrap(self))
				return Int(h), err
			},
			"center": bytesJustify("center"),
			"ljust":  bytesJustify("ljust"),
			"rjust":  bytesJustify("rjust"),
			"join": func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				// A bytearray separator is exported while the
				// iterable runs: it cannot change size.
				b := unwrap(self).o.(*Bytes)
				b.pins++
				// As PySequence_Fast: the length estimate is asked for.
				items, err := th.collectItems(args[0], true)
				b.pins--
				if err != nil {
					if e, ok := err.(*Exception); ok && e.typ == TypeErrorType && !th.isIterable(args[0]) {
						return Null, Errorf(TypeErrorType, "can only join an iterable")
					}
					return Null, err
				}
				sep := unwrap(self).o.(*Bytes).b
				var out []byte
				for i, it := range items {
					if i > 0 {
						out = append(out, sep...)
					}
					bb, ok := bytesLike(it)
					if !ok {
						return Null, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
					}
					out = append(out, bb...)
				}
				return Obj(&Bytes{b: out, mutable: mutable}), nil
			},
		}
		for n, f := range bytesMethods(mutable) {
			m[n] = f
		}
		t.Dict.SetStr("fromhex", Obj(&ClassMethodDescriptor{Name: "fromhex", Owner: t, Fn: bytesFromhex(mutable)}))
		t.Dict.SetStr("maketrans", Obj(&StaticMethod{Fn: Obj(&Builtin{Name: "maketrans", owner: t.Name, Fn: bytesMaketrans})}))
		if !mutable {
			m["__bytes__"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				b := bytesSelf(self)
				if self.o == b {
					return self, nil
				}
				return Obj(&Bytes{b: b.b}), nil
			}
			m["__getnewargs__"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				return TupleOf(Obj(&Bytes{b: bytesSelf(self).b})), nil
			}
		}
		if mutable {
			for n, f := range bytearrayExtraMethods() {
				m[n] = f
			}
			t.Dict.SetStr("__hash__", None)
			delete(m, "__hash__")
			for n, f := range bytearrayMethods() {
				m[n] = f
			}
			m["__setitem__"] = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				return None, th.SetItem(unwrap(self), args[0], args[1])
			}
		}
		for n, f := range m {
			method(t, n, f)
		}
	}
}

// bytesJustify implements bytes.center, ljust and rjust (and bytearray's):
// the padding is placed as for str (see centerLeft).
func bytesJustify(name string) BuiltinFunc {
	return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return Null, argCountError(name, 1, 2, len(args))
		}
		w, err := th.sizeArg(args[0])
		if err != nil {
			return Null, err
		}
		fill := byte(' ')
		if len(args) == 2 {
			f, ok := unwrap(args[1]).o.(*Bytes)
			if !ok || len(f.b) != 1 {
				return Null, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, typeNameForArg(args[1]))
			}
			fill = f.b[0]
		}
		b, ok := unwrap(self).o.(*Bytes)
		if !ok {
			return Null, Errorf(TypeErrorType, "descriptor '%s' requires a 'bytes' object but received a '%s'", name, self.Type().Name)
		}
		n := len(b.b)
		if w <= int64(n) {
			if !b.mutable && self.Type() == BytesType {
				return self, nil
			}
			return Obj(&Bytes{b: append([]byte{}, b.b...), mutable: b.mutable}), nil
		}
		if err := bytesSizeError(w, b.mutable); err != nil {
			return Null, err
		}
		if err := th.alloc(w); err != nil {
			return Null, err
		}
		total := int(w) - n
		left := 0
		switch name {
		case "rjust":
			left = total
		case "center":
			left = centerLeft(total, int(w))
		}
		out := make([]byte, 0, int(w))
		out = append(out, bytes.Repeat([]byte{fill}, left)...)
		out = append(out, b.b...)
		out = append(out, bytes.Repeat([]byte{fill}, total-left)...)
		return Obj(&Bytes{b: out, mutable: b.mutable}), nil
	}
}

func initRangeSlice() {
	RangeType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "range", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := noKwargs("range", kw); err != nil {
			return Null, err
		}
		args = args[1:]
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "range expected at least 1 argument, got 0")
		}
		if len(args) > 3 {
			return Null, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
		}
		if r := smallRange(args); r != nil {
			return Obj(r), nil
		}
		var vals [3]*big.Int
		for i, a := range args {
			v, ok, err := th.indexBig(a)
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", a.Type().Name)
			}
			vals[i] = v
		}
		start, stop, step := new(big.Int), vals[0], big.NewInt(1)
		if len(args) > 1 {
			start, stop = vals[0], vals[1]
		}
		if len(args) == 3 {
			step = vals[2]
			if step.Sign() == 0 {
				return Null, Errorf(ValueErrorType, "range() arg 3 must not be zero")
			}
		}
		r := newRangeBig(start, stop, step)
		return Obj(r), nil
	}}))
	seqDunders(RangeType)
	RangeType.addReadonly("start", func(th *Thread, v Value) (Value, error) { a, _, _ := v.o.(*Range).attrs(); return a, nil })
	RangeType.addReadonly("stop", func(th *Thread, v Value) (Value, error) { _, b, _ := v.o.(*Range).attrs(); return b, nil })
	RangeType.addReadonly("step", func(th *Thread, v Value) (Value, error) { _, _, c := v.o.(*Range).attrs(); return c, nil })
	method(RangeType, "index", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r := self.o.(*Range)
		if isExactIntOrBool(args[0]) {
			if i, ok := r.indexOf(args[0]); ok {
				return i, nil
			}
		} else {
			i, ok, err := th.seqSearch(self, args[0])
			if err != nil || ok {
				return Int(i), err
			}
			return Null, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		s, err := th.Repr(args[0])
		if err != nil {
			return Null, err
		}
		return Null, Errorf(ValueErrorType, "%s is not in range", s)
	})
	method(RangeType, "count", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if isExactIntOrBool(args[0]) {
			return Int(int64(b2i(self.o.(*Range).containsInt(args[0])))), nil
		}
		n, err := th.seqCount(self, args[0])
		return Int(n), err
	})
	method(RangeType, "__bool__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := th.Truth(self)
		return Bool(b), err
	})
	method(RangeType, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		h, err := th.rangeHash(self.o.(*Range))
		return Int(h), err
	})
	method(RangeType, "__reversed__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self.o.(*Range).iter(true), nil
	})
	SliceType.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "slice", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		args = args[1:]
		switch len(args) {
		case 1:
			return Obj(&Slice{None, args[0], None}), nil
		case 2:
			return Obj(&Slice{args[0], args[1], None}), nil
		case 3:
			return Obj(&Slice{args[0], args[1], args[2]}), nil
		}
		return Null, Errorf(TypeErrorType, "slice expected at least 1 argument, got %d", len(args))
	}}))
	SliceType.addReadonly("start", func(th *Thread, v Value) (Value, error) { return v.o.(*Slice).Start, nil })
	SliceType.addReadonly("stop", func(th *Thread, v Value) (Value, error) { return v.o.(*Slice).Stop, nil })
	SliceType.addReadonly("step", func(th *Thread, v Value) (Value, error) { return v.o.(*Slice).Step, nil })
	// Slices are unhashable in 3.11 and compare as (start, stop, step).
	SliceType.Dict.SetStr("__hash__", None)
	for op := 0; op < 6; op++ {
		method(SliceType, cmpDunder[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			a, aok := self.o.(*Slice)
			b, bok := args[0].o.(*Slice)
			if !aok || !bok {
				return NotImplemented, nil
			}
			if a == b {
				return Bool(op == code.CMP_EQ || op == code.CMP_LE || op == code.CMP_GE), nil
			}
			return th.RichCompare(TupleOf(a.Start, a.Stop, a.Step), TupleOf(b.Start, b.Stop, b.Step), op)
		})
	}
	method(SliceType, "indices", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		n, ok, err := th.indexBig(args[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if n.Sign() < 0 {
			return Null, Errorf(ValueErrorType, "length should not be negative")
		}
		a, b, c, err := th.sliceLongIndices(self.o.(*Slice), n)
		if err != nil {
			return Null, err
		}
		return TupleOf(IntFromBig(a), IntFromBig(b), IntFromBig(c)), nil
	})
	method(SliceType, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := self.o.(*Slice)
		parts := make([]string, 3)
		for i, v := range []Value{s.Start, s.Stop, s.Step} {
			r, err := th.Repr(v)
			if err != nil {
				return Null, err
			}
			parts[i] = r
		}
		return String("slice(" + parts[0] + ", " + parts[1] + ", " + parts[2] + ")"), nil
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// setHoldsEach reports whether s holds every item of the iterable other
// (want true: set.issuperset) or none of them (want false:
// set.isdisjoint). It iterates other lazily and stops at the first item
// that decides.
func (th *Thread) setHoldsEach(s *Set, other Value, want bool) (Value, error) {
	it, err := th.Iter(other)
	if err != nil {
		return Null, err
	}
	for {
		x, more, err := th.Next(it)
		if err != nil || !more {
			return Bool(err == nil), err
		}
		ok, err := s.Contains(th, x)
		if err != nil {
			return Null, err
		}
		if ok != want {
			return False, nil
		}
	}
}
