package vm

// The set operations of dict.keys() and dict.items(), defined as CPython's
// dictobject.c defines them: comparisons with set-like operands by
// containment, the binary operators with any iterable on either side, and
// isdisjoint. dict.values() has none of them.

import "github.com/pyjit/pyjit/vm/code"

// Dict view kinds (DictView.kind).
const (
	viewKeys = iota
	viewValues
	viewItems
)

// setLikeView returns v as a keys or items view.
func setLikeView(v Value) (*DictView, bool) {
	dv, ok := v.o.(*DictView)
	return dv, ok && dv.kind != viewValues
}

// isSetLike reports whether v is a set, a frozenset or a keys or items
// view: the operands a view compares with.
func isSetLike(v Value) bool {
	if _, ok := v.o.(*Set); ok {
		return true
	}
	_, ok := setLikeView(v)
	return ok
}

// sizeOf is len(v) for a set-like v.
func (th *Thread) sizeOf(v Value) (int, error) {
	switch o := v.o.(type) {
	case *Set:
		return o.Len(), nil
	case *DictView:
		return o.d.Len(), nil
	}
	return th.Len(v)
}

// forEach calls f with each item of the iterable v until f returns false.
func (th *Thread) forEach(v Value, f func(x Value) (bool, error)) error {
	it, err := th.Iter(v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		more, err := f(x)
		if err != nil || !more {
			return err
		}
	}
}

// allContainedIn reports whether every item of a is in b.
func (th *Thread) allContainedIn(a, b Value) (bool, error) {
	all := true
	err := th.forEach(a, func(x Value) (bool, error) {
		in, err := th.Contains(b, x)
		all = in
		return in, err
	})
	return all, err
}

// dictViewCompare compares a keys or items view with a set-like value.
func (th *Thread) dictViewCompare(self, other Value, op int) (Value, error) {
	if !isSetLike(other) {
		return NotImplemented, nil
	}
	n, err := th.sizeOf(self)
	if err != nil {
		return Null, err
	}
	m, err := th.sizeOf(other)
	if err != nil {
		return Null, err
	}
	var ok bool
	switch op {
	case 2, 3: // == !=
		if n == m {
			ok, err = th.allContainedIn(self, other)
		}
		if op == 3 {
			ok = !ok
		}
	case 0: // <
		if n < m {
			ok, err = th.allContainedIn(self, other)
		}
	case 1: // <=
		if n <= m {
			ok, err = th.allContainedIn(self, other)
		}
	case 4: // >
		if n > m {
			ok, err = th.allContainedIn(other, self)
		}
	case 5: // >=
		if n >= m {
			ok, err = th.allContainedIn(other, self)
		}
	}
	if err != nil {
		return Null, err
	}
	return Bool(ok), nil
}

// viewToSet is set(v); a keys view is read from its dict.
func (th *Thread) viewToSet(v Value) (*Set, error) {
	s := NewSet()
	if dv, ok := v.o.(*DictView); ok && dv.kind == viewKeys {
		v = Obj(dv.d)
	}
	return s, th.setUpdate(s, v)
}

// dictViewBinary implements |, &, - and ^ where left or right is a keys or
// items view: the result is a set.
func (th *Thread) dictViewBinary(op int, left, right Value) (Value, error) {
	if op == code.NB_AND {
		return th.dictViewIntersect(left, right)
	}
	if op == code.NB_XOR {
		a, aok := setLikeView(left)
		b, bok := setLikeView(right)
		if aok && bok && a.kind == viewItems && b.kind == viewItems {
			return th.dictItemsXor(a.d, b.d)
		}
	}
	s, err := th.viewToSet(left)
	if err != nil {
		return Null, err
	}
	switch op {
	case code.NB_OR:
		err = th.setUpdate(s, right)
	case code.NB_SUBTRACT:
		err = th.forEach(right, func(x Value) (bool, error) {
			_, err := s.Discard(th, x)
			return true, err
		})
		s.dropDummies()
	case code.NB_XOR:
		err = th.symmetricDifferenceUpdate(s, right)
	}
	if err != nil {
		return Null, err
	}
	return Obj(s), nil
}

// symmetricDifferenceUpdate is s.symmetric_difference_update(other), as
// CPython's: s loses the elements of other it has and gains the others, in
// the order other gives them (an exact dict's, a set's table's, or that
// of a set made from any other iterable), which decides s's layout.
func (th *Thread) symmetricDifferenceUpdate(s *Set, other Value) error {
	if d, ok := other.o.(*Dict); ok {
		for pos := 0; ; {
			var e dictEntry
			var more bool
			if pos, e, more = d.nextEntry(pos); !more {
				return nil
			}
			if err := th.toggle(s, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	o, ok := unwrap(other).o.(*Set)
	if o == s {
		s.become(NewSet())
		return nil
	}
	if !ok {
		o = NewSet()
		if err := th.setUpdate(o, other); err != nil {
			return err
		}
	}
	return th.toggleAll(s, o)
}

// toggle removes key from s if s has it, else adds it.
func (th *Thread) toggle(s *Set, key Value, h int64) error {
	found, err := s.discardHashed(th, key, h)
	if err != nil || found {
		return err
	}
	return s.addHashed(th, key, h)
}

// toggleAll removes from s the elements of o it has and adds the others.
func (th *Thread) toggleAll(s, o *Set) error {
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
	return nil
}

// dictViewIntersect is view & other (either may be the view): the items of
// the smaller operand found in the other, found by the view's containment
// test so that an items view's values need no hash.
func (th *Thread) dictViewIntersect(self, other Value) (Value, error) {
	if _, ok := setLikeView(self); !ok {
		self, other = other, self
	}
	view, _ := setLikeView(self)
	n := view.d.Len()
	if so, ok := other.o.(*Set); ok && other.Type() == SetType && n <= so.Len() {
		r := NewSet()
		err := th.forEach(self, func(x Value) (bool, error) {
			in, err := so.Contains(th, x)
			if err == nil && in {
				err = r.Add(th, x)
			}
			return true, err
		})
		return Obj(r), err
	}
	if ov, ok := setLikeView(other); ok && ov.d.Len() > n {
		self, other, view = other, self, ov
	}
	r := NewSet()
	err := th.forEach(other, func(x Value) (bool, error) {
		in, err := th.dictViewContains(view, x)
		if err == nil && in {
			err = r.Add(th, x)
		}
		return true, err
	})
	if err != nil {
		return Null, err
	}
	return Obj(r), nil
}

// dictItemsXor is a.items() ^ b.items(): the pairs in one and not the
// other, with values compared rather than hashed.
func (th *Thread) dictItemsXor(a, b *Dict) (Value, error) {
	rest := a.Copy()
	r := NewSet()
	for pos := 0; ; {
		var e dictEntry
		var ok bool
		if pos, e, ok = b.nextEntry(pos); !ok {
			break
		}
		v1, found, err := rest.Get(th, e.key)
		if err != nil {
			return Null, err
		}
		same := false
		if found {
			if same, err = th.sameOrEqual(v1, e.val); err != nil {
				return Null, err
			}
		}
		if same {
			if _, err := rest.Del(th, e.key); err != nil {
				return Null, err
			}
		} else if err := r.Add(th, TupleOf(e.key, e.val)); err != nil {
			return Null, err
		}
	}
	if err := th.setUpdate(r, Obj(&DictView{d: rest, kind: viewItems})); err != nil {
		return Null, err
	}
	return Obj(r), nil
}

// dictViewIsDisjoint is view.isdisjoint(other).
func (th *Thread) dictViewIsDisjoint(self, other Value) (Value, error) {
	if view, ok := self.o.(*DictView); ok && self.o == other.o {
		return Bool(view.d.Len() == 0), nil
	}
	if isSetLike(other) {
		n, err := th.sizeOf(self)
		if err != nil {
			return Null, err
		}
		m, err := th.sizeOf(other)
		if err != nil {
			return Null, err
		}
		if m > n {
			self, other = other, self
		}
	}
	disjoint := true
	err := th.forEach(other, func(x Value) (bool, error) {
		in, err := th.Contains(self, x)
		disjoint = !in
		return !in, err
	})
	if err != nil {
		return Null, err
	}
	return Bool(disjoint), nil
}

// initDictViewSetOps installs the set operations of the keys and items
// views, and the mapping attribute of all three views.
func initDictViewSetOps() {
	for _, vt := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		getset(vt, "mapping", func(th *Thread, v Value) (Value, error) {
			dv, ok := v.o.(*DictView)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor 'mapping' for '%s' objects doesn't apply to a '%s' object", vt.Name, v.Type().Name)
			}
			return Obj(&MappingProxy{d: dv.d}), nil
		})
	}
	for _, vt := range []*Type{DictKeysType, DictItemsType} {
		// The set-like views compare by content and so are unhashable.
		vt.Dict.SetStr("__hash__", None)
		method(vt, "__contains__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			view, ok := setLikeView(self)
			if !ok {
				return Null, Errorf(TypeErrorType, "descriptor '__contains__' requires a '%s' object but received a '%s'", vt.Name, self.Type().Name)
			}
			r, err := th.dictViewContains(view, args[0])
			return Bool(r), err
		})
		for op := 0; op < 6; op++ {
			op := op
			method(vt, cmpDunder[op], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				return th.dictViewCompare(self, args[0], op)
			})
		}
		for _, op := range []int{code.NB_AND, code.NB_OR, code.NB_SUBTRACT, code.NB_XOR} {
			op := op
			name := binaryDunders[op]
			method(vt, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				return th.dictViewBinary(op, self, args[0])
			})
			method(vt, "__r"+name[2:], func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
				return th.dictViewBinary(op, args[0], self)
			})
		}
		method(vt, "isdisjoint", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return th.dictViewIsDisjoint(self, args[0])
		})
	}
}
