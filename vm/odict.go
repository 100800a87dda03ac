package vm

// _collections.OrderedDict, as CPython's C one (Objects/odictobject.c): a
// dict subclass whose instances keep, apart from the dict, a doubly linked
// list of their keys in order, found by key through a second table. The
// list is what iteration, repr, popitem, copy and comparison follow, so a
// dict method called directly on an OrderedDict (dict.__delitem__(od, k))
// leaves the two out of step and they raise KeyError, as CPython's do.
// The dict's own order is kept the same as the list's (move_to_end moves
// the dict's entry too), so that the runtime's paths that read the dict
// directly (dict(od), {**od}, views' set operations) see the same order.
//
// Iterators remember the key to visit next and the list's state: a change
// to the list (a key added, removed or moved) while one runs raises
// RuntimeError, as in CPython.

// odictNode is one key of an OrderedDict's list.
type odictNode struct {
	key        Value
	hash       int64
	prev, next *odictNode
}

// Type implements Object (a node is never seen by Python code).
func (*odictNode) Type() *Type { return ObjectType }

// odictState is an OrderedDict's list: root is the sentinel (root.next is
// the first node, root.prev the last), nodes finds a key's node.
type odictState struct {
	root  odictNode
	nodes *Dict
	// state changes whenever the list does.
	state uint64
}

// Type implements Object (the state is never seen by Python code).
func (*odictState) Type() *Type { return ObjectType }

// OrderedDictType and the types of its views and iterators.
var OrderedDictType, odictKeysType, odictValuesType, odictItemsType *Type
var odictIterTypes [3]*Type

// odictOf returns the dict and the list of an OrderedDict (or an instance
// of a subclass), making the list at first use.
func odictOf(v Value) (*Dict, *odictState, error) {
	inst, ok := v.o.(*Instance)
	if !ok || !inst.typ.IsSubtype(OrderedDictType) || inst.base == nil || len(inst.vals) == 0 {
		return nil, nil, Errorf(TypeErrorType, "descriptor requires a 'collections.OrderedDict' object but received a '%s'", v.Type().Name)
	}
	d, ok := inst.base.o.(*Dict)
	if !ok {
		return nil, nil, Errorf(TypeErrorType, "OrderedDict without a dict")
	}
	st, ok := inst.vals[0].o.(*odictState)
	if !ok {
		st = &odictState{nodes: NewDict()}
		st.root.next, st.root.prev = &st.root, &st.root
		inst.vals[0] = Obj(st)
	}
	return d, st, nil
}

// find returns key's node, or nil.
func (st *odictState) find(th *Thread, key Value, h int64) (*odictNode, error) {
	v, ok, err := st.nodes.getHashed(th, key, h)
	if err != nil || !ok {
		return nil, err
	}
	n, ok := v.o.(*odictNode)
	if !ok {
		return nil, Errorf(RuntimeErrorType, "OrderedDict's node table is corrupt")
	}
	return n, nil
}

// add appends a node for key, which has none.
func (st *odictState) add(th *Thread, key Value, h int64) error {
	n := &odictNode{key: key, hash: h, prev: st.root.prev, next: &st.root}
	if err := st.nodes.setHashed(th, key, h, Obj(n)); err != nil {
		return err
	}
	n.prev.next = n
	st.root.prev = n
	st.state++
	return nil
}

// remove takes node n out of the list and the table.
func (st *odictState) remove(th *Thread, n *odictNode) error {
	n.prev.next, n.next.prev = n.next, n.prev
	n.prev, n.next = nil, nil
	st.state++
	i, slot, err := st.nodes.find(th, n.key, n.hash)
	if err != nil {
		return err
	}
	if i >= 0 {
		st.nodes.removeEntry(i, slot)
	}
	return nil
}

// clear empties the list.
func (st *odictState) clear() {
	for n := st.root.next; n != &st.root; {
		next := n.next
		n.prev, n.next = nil, nil
		n = next
	}
	st.root.next, st.root.prev = &st.root, &st.root
	st.nodes.Clear()
	st.state++
}

func (st *odictState) empty() bool { return st.root.next == &st.root }

// odictSetItem is od[key] = value.
func (th *Thread) odictSetItem(self, key, value Value) error {
	d, st, err := odictOf(self)
	if err != nil {
		return err
	}
	h, err := th.Hash(key)
	if err != nil {
		return err
	}
	if err := d.setHashed(th, key, h, value); err != nil {
		return err
	}
	n, err := st.find(th, key, h)
	if err != nil || n != nil {
		return err
	}
	return st.add(th, key, h)
}

// odictDelItem is del od[key]: the node goes first, then the dict's item.
func (th *Thread) odictDelItem(self, key Value) error {
	d, st, err := odictOf(self)
	if err != nil {
		return err
	}
	h, err := th.Hash(key)
	if err != nil {
		return err
	}
	n, err := st.find(th, key, h)
	if err != nil {
		return err
	}
	if n != nil {
		if err := st.remove(th, n); err != nil {
			return err
		}
	}
	i, slot, err := d.find(th, key, h)
	if err != nil {
		return err
	}
	if i < 0 {
		return NewException(KeyErrorType, key)
	}
	d.removeEntry(i, slot)
	return nil
}

// odictPopKey removes key and returns its value (CPython's
// _odict_popkey_hash): Null with no error when key has no node.
func (th *Thread) odictPopKey(self, key Value) (Value, error) {
	d, st, err := odictOf(self)
	if err != nil {
		return Null, err
	}
	h, err := th.Hash(key)
	if err != nil {
		return Null, err
	}
	n, err := st.find(th, key, h)
	if err != nil || n == nil {
		return Null, err
	}
	if err := st.remove(th, n); err != nil {
		return Null, err
	}
	v, ok, err := d.Pop(th, key)
	if err == nil && !ok {
		err = NewException(KeyErrorType, key)
	}
	return v, err
}

// odictValue is the dict's value of key, KeyError when the dict lacks it;
// with viaGetItem, a subclass's self[key].
func (th *Thread) odictValue(self Value, d *Dict, key Value, viaGetItem bool) (Value, error) {
	if viaGetItem && self.Type() != OrderedDictType {
		return th.GetItem(self, key)
	}
	v, ok, err := d.Get(th, key)
	if err == nil && !ok {
		err = NewException(KeyErrorType, key)
	}
	return v, err
}

// odictMoveDictEntry moves key's entry of the dict to the end or, when
// first, the beginning, keeping the dict's order the list's.
func (th *Thread) odictMoveDictEntry(d *Dict, key Value, h int64, first bool) error {
	i, slot, err := d.find(th, key, h)
	if err != nil || i < 0 {
		return err
	}
	e := d.entries[i]
	if !first {
		d.removeEntry(i, slot)
		return d.setHashed(th, e.key, e.hash, e.val)
	}
	var rest []dictEntry
	for _, x := range d.entries {
		if x.key.o != nil && i >= 0 && x.key == e.key {
			i = -1
			continue
		}
		if x.key.o != nil {
			rest = append(rest, x)
		}
	}
	d.Clear()
	if err := d.setHashed(th, e.key, e.hash, e.val); err != nil {
		return err
	}
	for _, x := range rest {
		if err := d.setHashed(th, x.key, x.hash, x.val); err != nil {
			return err
		}
	}
	return nil
}

// odictUpdate is CPython's mutablemapping_update: the items of a mapping
// (or of an object with keys(), or pairs) then of the keywords, stored by
// self[key] = value.
func (th *Thread) odictUpdate(self Value, args []Value, kw []string) error {
	pos := args[:len(args)-len(kw)]
	if len(pos) > 1 {
		return Errorf(TypeErrorType, "update expected at most 1 argument, got %d", len(pos))
	}
	if len(pos) == 1 {
		if err := th.odictUpdateArg(self, pos[0]); err != nil {
			return err
		}
	}
	for i, k := range kw {
		if err := th.SetItem(self, String(k), args[len(pos)+i]); err != nil {
			return err
		}
	}
	return nil
}

// odictUpdateArg adds the items of other to self (mutablemapping_update_arg).
func (th *Thread) odictUpdateArg(self, other Value) error {
	if d, ok := other.o.(*Dict); ok {
		var items [][2]Value
		d.Items(func(k, v Value) bool { items = append(items, [2]Value{k, v}); return true })
		for _, kv := range items {
			if err := th.SetItem(self, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	if keys, err := th.GetAttr(other, intern("keys")); err == nil {
		ks, err := th.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		return th.forEach(ks, func(k Value) (bool, error) {
			v, err := th.GetItem(other, k)
			if err != nil {
				return false, err
			}
			return true, th.SetItem(self, k, v)
		})
	} else if !isAttributeError(err) {
		return err
	}
	if items, err := th.GetAttr(other, intern("items")); err == nil {
		its, err := th.Call(items, nil, nil)
		if err != nil {
			return err
		}
		return th.odictAddPairs(self, its)
	} else if !isAttributeError(err) {
		return err
	}
	return th.odictAddPairs(self, other)
}

func (th *Thread) odictAddPairs(self, pairs Value) error {
	return th.forEach(pairs, func(p Value) (bool, error) {
		kv, err := th.iterateToSlice(p)
		if err != nil {
			return false, err
		}
		if len(kv) != 2 {
			return false, Errorf(ValueErrorType, "need 2 values to unpack, got %d", len(kv))
		}
		return true, th.SetItem(self, kv[0], kv[1])
	})
}

// odictIter iterates over an OrderedDict's keys, values or items, in
// order or reversed (CPython's odictiterobject).
type odictIter struct {
	od      Value // Null once exhausted
	current Value // the key to visit next; Null at the end
	state   uint64
	size    int
	kind    int // viewKeys, viewValues or viewItems
	rev     bool
}

// Type implements Object.
func (it *odictIter) Type() *Type { return odictIterTypes[it.kind] }

func newOdictIter(od Value, kind int, rev bool) (*odictIter, error) {
	d, st, err := odictOf(od)
	if err != nil {
		return nil, err
	}
	it := &odictIter{od: od, state: st.state, size: d.Len(), kind: kind, rev: rev}
	first := st.root.next
	if rev {
		first = st.root.prev
	}
	if first != &st.root {
		it.current = first.key
	}
	return it, nil
}

func (it *odictIter) next(th *Thread) (Value, bool, error) {
	if it.current.o == nil || it.od.o == nil {
		it.od = Null
		return Null, false, nil
	}
	d, st, err := odictOf(it.od)
	if err != nil {
		return Null, false, err
	}
	if st.state != it.state {
		it.od, it.current = Null, Null
		return Null, false, Errorf(RuntimeErrorType, "OrderedDict mutated during iteration")
	}
	if d.Len() != it.size {
		it.size = -1
		return Null, false, Errorf(RuntimeErrorType, "OrderedDict changed size during iteration")
	}
	key := it.current
	h, err := th.Hash(key)
	if err != nil {
		return Null, false, err
	}
	n, err := st.find(th, key, h)
	if err != nil {
		return Null, false, err
	}
	if n == nil {
		it.od, it.current = Null, Null
		return Null, false, NewException(KeyErrorType, key)
	}
	nx := n.next
	if it.rev {
		nx = n.prev
	}
	if nx == &st.root {
		it.current = Null
	} else {
		it.current = nx.key
	}
	if it.kind == viewKeys {
		return key, true, nil
	}
	v, err := th.odictValue(it.od, d, key, false)
	if err != nil {
		return Null, false, err
	}
	if it.kind == viewValues {
		return v, true, nil
	}
	return TupleOf(key, v), true, nil
}

// odictView returns the keys, values or items view of od.
func odictView(od Value, kind int) Value {
	return Obj(&DictView{d: dictSelf(od), kind: kind, od: od})
}

func initOrderedDictType() {
	t := newBuiltinType("OrderedDict", DictType)
	OrderedDictType = t
	t.Name = "collections.OrderedDict"
	t.layout = DictType
	t.slotNames = []string{"__odict_state__"}
	t.hasDict = true
	builtinWeakrefs[t] = true
	t.Dict.SetStr("__doc__", String("Dictionary that remembers insertion order"))
	t.Dict.SetStr("__class_getitem__", Obj(&ClassMethodDescriptor{Name: "__class_getitem__", Owner: t, Fn: classGetItem}))
	t.Dict.SetStr("__hash__", None)
	t.Dict.SetStr("__module__", String("collections"))
	t.Dict.SetStr("__dict__", Obj(&GetSetDescriptor{Name: "__dict__", Owner: t,
		Get: func(th *Thread, v Value) (Value, error) {
			if d := instanceDict(v); d != nil {
				return Obj(d), nil
			}
			return Null, Errorf(TypeErrorType, "descriptor '__dict__' for 'collections.OrderedDict' objects doesn't apply to a '%s' object", v.Type().Name)
		}}))
	argc := func(name string, args []Value, kw []string, lo, hi int) error {
		if len(kw) > 0 {
			return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if len(args) < lo || len(args) > hi {
			if lo == hi {
				return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, lo, plural(lo), len(args))
			}
			return Errorf(TypeErrorType, "%s expected at most %d arguments, got %d", name, hi, len(args))
		}
		return nil
	}
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, _, err := odictOf(self); err != nil {
			return Null, err
		}
		if n := len(args) - len(kw); n > 1 {
			return Null, Errorf(TypeErrorType, "expected at most 1 arguments, got %d", n)
		}
		return None, th.odictUpdate(self, args, kw)
	})
	method(t, "update", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, th.odictUpdate(self, args, kw)
	})
	method(t, "__setitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__setitem__", args, kw, 2, 2); err != nil {
			return Null, err
		}
		return None, th.odictSetItem(self, args[0], args[1])
	})
	method(t, "__delitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__delitem__", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return None, th.odictDelItem(self, args[0])
	})
	method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__iter__", args, kw, 0, 0); err != nil {
			return Null, err
		}
		it, err := newOdictIter(self, viewKeys, false)
		if err != nil {
			return Null, err
		}
		return Obj(it), nil
	})
	method(t, "__reversed__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__reversed__", args, kw, 0, 0); err != nil {
			return Null, err
		}
		it, err := newOdictIter(self, viewKeys, true)
		if err != nil {
			return Null, err
		}
		return Obj(it), nil
	})
	for kind, name := range []string{"keys", "values", "items"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := argc(name, args, kw, 0, 0); err != nil {
				return Null, err
			}
			if _, _, err := odictOf(self); err != nil {
				return Null, err
			}
			return odictView(self, kind), nil
		})
	}
	method(t, "clear", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("clear", args, kw, 0, 0); err != nil {
			return Null, err
		}
		d, st, err := odictOf(self)
		if err != nil {
			return Null, err
		}
		d.Clear()
		st.clear()
		return None, nil
	})
	method(t, "pop", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var key, def Value
		if err := unpackArgs("pop", args, kw, 1, []string{"key", "default"}, &key, &def); err != nil {
			return Null, err
		}
		v, err := th.odictPopKey(self, key)
		if err != nil || v.o != nil {
			return v, err
		}
		if def.o != nil {
			return def, nil
		}
		return Null, NewException(KeyErrorType, key)
	})
	method(t, "popitem", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var last Value
		if err := unpackArgs("popitem", args, kw, 0, []string{"last"}, &last); err != nil {
			return Null, err
		}
		l, err := truthOr(th, last, true)
		if err != nil {
			return Null, err
		}
		_, st, err := odictOf(self)
		if err != nil {
			return Null, err
		}
		if st.empty() {
			return Null, Errorf(KeyErrorType, "dictionary is empty")
		}
		n := st.root.prev
		if !l {
			n = st.root.next
		}
		key := n.key
		v, err := th.odictPopKey(self, key)
		if err == nil && v.o == nil {
			err = NewException(KeyErrorType, key)
		}
		if err != nil {
			return Null, err
		}
		return TupleOf(key, v), nil
	})
	method(t, "setdefault", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var key, def Value
		if err := unpackArgs("setdefault", args, kw, 1, []string{"key", "default"}, &key, &def); err != nil {
			return Null, err
		}
		if def.o == nil {
			def = None
		}
		d, _, err := odictOf(self)
		if err != nil {
			return Null, err
		}
		if self.Type() == OrderedDictType {
			v, ok, err := d.Get(th, key)
			if err != nil || ok {
				return v, err
			}
			return def, th.odictSetItem(self, key, def)
		}
		ok, err := th.Contains(self, key)
		if err != nil {
			return Null, err
		}
		if ok {
			return th.GetItem(self, key)
		}
		return def, th.SetItem(self, key, def)
	})
	method(t, "move_to_end", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var key, last Value
		if err := unpackArgs("move_to_end", args, kw, 1, []string{"key", "last"}, &key, &last); err != nil {
			return Null, err
		}
		l, err := truthOr(th, last, true)
		if err != nil {
			return Null, err
		}
		d, st, err := odictOf(self)
		if err != nil {
			return Null, err
		}
		if st.empty() {
			return Null, NewException(KeyErrorType, key)
		}
		h, err := th.Hash(key)
		if err != nil {
			return Null, err
		}
		n, err := st.find(th, key, h)
		if err != nil {
			return Null, err
		}
		if n == nil {
			return Null, NewException(KeyErrorType, key)
		}
		if l && n == st.root.prev || !l && n == st.root.next {
			return None, nil
		}
		n.prev.next, n.next.prev = n.next, n.prev
		if l {
			n.prev, n.next = st.root.prev, &st.root
			st.root.prev.next = n
			st.root.prev = n
		} else {
			n.prev, n.next = &st.root, st.root.next
			st.root.next.prev = n
			st.root.next = n
		}
		st.state++
		return None, th.odictMoveDictEntry(d, n.key, n.hash, !l)
	})
	copyFn := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("copy", args, kw, 0, 0); err != nil {
			return Null, err
		}
		d, st, err := odictOf(self)
		if err != nil {
			return Null, err
		}
		c, err := th.Call(Obj(self.Type()), nil, nil)
		if err != nil {
			return Null, err
		}
		exact := self.Type() == OrderedDictType
		for n := st.root.next; n != &st.root; n = n.next {
			if n.next == nil {
				return Null, Errorf(RuntimeErrorType, "OrderedDict mutated during iteration")
			}
			v, err := th.odictValue(self, d, n.key, true)
			if err != nil {
				return Null, err
			}
			if exact {
				err = th.odictSetItem(c, n.key, v)
			} else {
				err = th.SetItem(c, n.key, v)
			}
			if err != nil {
				return Null, err
			}
		}
		return c, nil
	}
	method(t, "copy", copyFn)
	method(t, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__reduce__", args, kw, 0, 0); err != nil {
			return Null, err
		}
		state, err := th.callMethod(self, "__getstate__")
		if err != nil {
			return Null, err
		}
		items, err := th.callMethod(self, "items")
		if err != nil {
			return Null, err
		}
		it, err := th.Iter(items)
		if err != nil {
			return Null, err
		}
		return TupleOf(Obj(self.Type()), Obj(NewTuple(nil)), state, None, it), nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		d, st, err := odictOf(self)
		if err != nil {
			return Null, err
		}
		name := shortTypeName(self.Type())
		if d.Len() == 0 {
			return String(name + "()"), nil
		}
		if th.reprEnter(self) {
			return String("..."), nil
		}
		defer th.reprLeave(self)
		var pairs []Value
		if self.Type() == OrderedDictType {
			for n := st.root.next; n != &st.root; n = n.next {
				if n.next == nil {
					return Null, Errorf(RuntimeErrorType, "OrderedDict mutated during iteration")
				}
				v, err := th.odictValue(self, d, n.key, false)
				if err != nil {
					return Null, err
				}
				pairs = append(pairs, TupleOf(n.key, v))
			}
		} else {
			items, err := th.callMethod(self, "items")
			if err != nil {
				return Null, err
			}
			if pairs, err = th.iterateToSlice(items); err != nil {
				return Null, err
			}
		}
		r, err := th.Repr(Obj(NewList(pairs)))
		if err != nil {
			return Null, err
		}
		return String(name + "(" + r + ")"), nil
	})
	for _, c := range []struct {
		name string
		eq   bool
	}{{"__eq__", true}, {"__ne__", false}} {
		method(t, c.name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := argc(c.name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			other := args[0]
			if _, ok := unwrap(other).o.(*Dict); !ok {
				return NotImplemented, nil
			}
			eq, err := th.Equal(unwrap(self), unwrap(other))
			if err != nil {
				return Null, err
			}
			if eq && other.Type().IsSubtype(OrderedDictType) {
				if eq, err = th.odictKeysEqual(self, other); err != nil {
					return Null, err
				}
			}
			return Bool(eq == c.eq), nil
		})
	}
	method(t, "__sizeof__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__sizeof__", args, kw, 0, 0); err != nil {
			return Null, err
		}
		d, st, err := odictOf(self)
		if err != nil {
			return Null, err
		}
		base, err := th.callSpecial(DictType.Lookup("__sizeof__"), self)
		if err != nil {
			return Null, err
		}
		size, ok := base.AsInt64()
		if !ok {
			return base, nil
		}
		size += 8 * int64(d.tableSize())
		if !st.empty() {
			size += 32 * int64(d.Len())
		}
		return Int(size), nil
	})
	t.Dict.SetStr("fromkeys", Obj(&ClassMethodDescriptor{Name: "fromkeys", Owner: t, Fn: func(th *Thread, cls Value, args []Value, kw []string) (Value, error) {
		var seq, value Value
		if err := unpackArgs("fromkeys", args, kw, 1, []string{"iterable", "value"}, &seq, &value); err != nil {
			return Null, err
		}
		if value.o == nil {
			value = None
		}
		od, err := th.Call(cls, nil, nil)
		if err != nil {
			return Null, err
		}
		return od, th.forEach(seq, func(k Value) (bool, error) {
			return true, th.SetItem(od, k, value)
		})
	}}))
	orFn := func(th *Thread, left, right Value) (Value, error) {
		typ, other := right.Type(), left
		if left.Type().IsSubtype(OrderedDictType) {
			typ, other = left.Type(), right
		}
		if _, ok := unwrap(other).o.(*Dict); !ok {
			return NotImplemented, nil
		}
		n, err := th.Call(Obj(typ), []Value{left}, nil)
		if err != nil {
			return Null, err
		}
		return n, th.odictUpdateArg(n, right)
	}
	method(t, "__or__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__or__", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return orFn(th, self, args[0])
	})
	method(t, "__ror__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__ror__", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return orFn(th, args[0], self)
	})
	method(t, "__ior__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := argc("__ior__", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return self, th.odictUpdateArg(self, args[0])
	})

	odictKeysType = newBuiltinType("odict_keys", DictKeysType)
	odictValuesType = newBuiltinType("odict_values", DictValuesType)
	odictItemsType = newBuiltinType("odict_items", DictItemsType)
	for kind, vt := range []*Type{odictKeysType, odictValuesType, odictItemsType} {
		vt.final = true
		method(vt, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			v, ok := self.o.(*DictView)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '__iter__' requires an OrderedDict view")
			}
			it, err := newOdictIter(v.od, kind, false)
			if err != nil {
				return Null, err
			}
			return Obj(it), nil
		})
		method(vt, "__reversed__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			v, ok := self.o.(*DictView)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '__reversed__' requires an OrderedDict view")
			}
			it, err := newOdictIter(v.od, kind, true)
			if err != nil {
				return Null, err
			}
			return Obj(it), nil
		})
	}
	// One type for the iterators of every kind, as CPython's.
	it := newBuiltinType("odict_iterator", ObjectType)
	it.layout = it
	it.final = true
	for kind := range odictIterTypes {
		odictIterTypes[kind] = it
	}
	{
		method(it, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil })
		method(it, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			oi, ok := self.o.(*odictIter)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '__next__' requires an odict_iterator")
			}
			v, ok, err := oi.next(th)
			if err == nil && !ok {
				err = NewException(StopIterationType)
			}
			return v, err
		})
		method(it, "__reduce__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			// The rest of the items, without consuming them.
			oi, ok := self.o.(*odictIter)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '__reduce__' requires an odict_iterator")
			}
			c := *oi
			var rest []Value
			for {
				v, ok, err := c.next(th)
				if err != nil {
					return Null, err
				}
				if !ok {
					break
				}
				rest = append(rest, v)
			}
			iter, _ := th.interp.builtins.GetStr("iter")
			return TupleOf(iter, TupleOf(Obj(NewList(rest)))), nil
		})
	}
}

// odictKeysEqual reports whether two OrderedDicts have their keys in the
// same order.
func (th *Thread) odictKeysEqual(a, b Value) (bool, error) {
	_, sa, err := odictOf(a)
	if err != nil {
		return false, err
	}
	_, sb, err := odictOf(b)
	if err != nil {
		return false, err
	}
	stA, stB := sa.state, sb.state
	na, nb := sa.root.next, sb.root.next
	for {
		endA, endB := na == &sa.root, nb == &sb.root
		if endA || endB {
			return endA && endB, nil
		}
		eq, err := th.Equal(na.key, nb.key)
		if err != nil {
			return false, err
		}
		if sa.state != stA || sb.state != stB {
			return false, Errorf(RuntimeErrorType, "OrderedDict mutated during iteration")
		}
		if !eq {
			return false, nil
		}
		na, nb = na.next, nb.next
	}
}

// truthOr returns the truth of an optional argument, or def when it was
// not given (popitem's and move_to_end's last).
func truthOr(th *Thread, v Value, def bool) (bool, error) {
	if v.o == nil {
		return def, nil
	}
	return th.Truth(v)
}
