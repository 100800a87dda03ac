package vm

// Subscripting: x[k], x[k] = v, del x[k].

import (
	"math"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

// GetItem implements v[k].
func (th *Thread) GetItem(v, k Value) (Value, error) {
	switch o := v.o.(type) {
	case *List:
		if k.IsSmallInt() {
			i := int64(k.n)
			if i < 0 {
				i += int64(len(o.items))
			}
			if i < 0 || i >= int64(len(o.items)) {
				return Null, Errorf(IndexErrorType, "list index out of range")
			}
			return o.items[i], nil
		}
		if s, ok := k.o.(*Slice); ok {
			a, err := th.unpackSlice(s)
			if err != nil {
				return Null, err
			}
			return Obj(sliceList(o.items, a)), nil
		}
		i, err := th.seqIndexLive(k, func() int { return len(o.items) }, "list")
		if err != nil {
			return Null, err
		}
		return o.items[i], nil
	case *Tuple:
		if k.IsSmallInt() {
			i := int64(k.n)
			if i < 0 {
				i += int64(len(o.items))
			}
			if i < 0 || i >= int64(len(o.items)) {
				return Null, Errorf(IndexErrorType, "tuple index out of range")
			}
			return o.items[i], nil
		}
		if s, ok := k.o.(*Slice); ok {
			a, err := th.unpackSlice(s)
			if err != nil {
				return Null, err
			}
			return Obj(sliceTuple(o.items, a)), nil
		}
		i, err := th.seqIndex(k, len(o.items), "tuple")
		if err != nil {
			return Null, err
		}
		return o.items[i], nil
	case *Dict:
		r, ok, err := o.Get(th, k)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, NewException(KeyErrorType, k)
		}
		return r, nil
	case *Array:
		if v, ok := o.getSmall(k); ok {
			return v, nil
		}
		return th.arrayGetItem(v, k)
	case *Str:
		if s, ok := k.o.(*Slice); ok {
			a, err := th.unpackSlice(s)
			if err != nil {
				return Null, err
			}
			return String(sliceStr(o, a)), nil
		}
		n := o.Len()
		i, err := th.seqIndex(k, n, "string")
		if err != nil {
			return Null, err
		}
		if o.isASCII() {
			return Obj(asciiChar(o.s[i])), nil
		}
		return String(encodeRunes(o.Runes()[i : i+1])), nil
	case *Range:
		if s, ok := k.o.(*Slice); ok {
			return th.rangeSlice(o, s)
		}
		return th.rangeItem(o, k)
	case *Bytes:
		if s, ok := k.o.(*Slice); ok {
			a, err := th.unpackSlice(s)
			if err != nil {
				return Null, err
			}
			start, stop, step := a.adjust(len(o.b))
			var out []byte
			for i, c := 0, start; i < sliceLen(start, stop, step); i, c = i+1, c+step {
				out = append(out, o.b[c])
			}
			return Obj(&Bytes{b: out, mutable: o.mutable}), nil
		}
		name := "bytes"
		if o.mutable {
			name = "bytearray"
		}
		i, err := th.seqIndexLive(k, func() int { return len(o.b) }, name)
		if err != nil {
			return Null, err
		}
		return Int(int64(o.b[i])), nil
	case *Type:
		if o.meta != nil && o.meta.Lookup("__getitem__").o != nil {
			break
		}
		if o == TypeType {
			return newGenericAlias(v, k), nil // type[int], as CPython special-cases it
		}
		if cg, err := th.typeGetAttr(o, intern("__class_getitem__")); err == nil && !cg.IsNone() {
			return th.Call(cg, []Value{k}, nil)
		} else if err != nil && !isAttributeError(err) {
			return Null, err
		}
		return Null, Errorf(TypeErrorType, "type '%s' is not subscriptable", o.Name)
	case *MappingProxy:
		return th.GetItem(o.mapping(), k)
	}
	r, found, err := th.callDunder(v, "__getitem__", k)
	if err != nil || found {
		return r, err
	}
	return Null, Errorf(TypeErrorType, "'%s' object is not subscriptable", v.Type().Name)
}

// getSlice implements x[a:b]: lists, tuples and strs with int or None
// bounds are sliced directly, anything else through GetItem with
// slice(a, b).
func (th *Thread) getSlice(x, a, b Value) (Value, error) {
	if args, ok := plainSliceArgs(a, b); ok {
		switch o := x.o.(type) {
		case *List:
			return Obj(sliceList(o.items, args)), nil
		case *Tuple:
			if lo, hi, _ := args.adjust(len(o.items)); lo == 0 && hi == len(o.items) {
				return x, nil // as CPython: the whole of an exact tuple is itself
			}
			return Obj(sliceTuple(o.items, args)), nil
		case *Str:
			return String(sliceStr(o, args)), nil
		}
	}
	return th.GetItem(x, Obj(&Slice{a, b, None}))
}

// setSlice implements x[a:b] = v.
func (th *Thread) setSlice(x, a, b, v Value) error {
	if l, ok := x.o.(*List); ok {
		if args, ok := plainSliceArgs(a, b); ok {
			return th.listAssignSlice(l, args, v)
		}
	}
	return th.SetItem(x, Obj(&Slice{a, b, None}), v)
}

// sliceSeq3 computes x[a:b:c] for a list, tuple or str x when a, b and c
// are small ints or None (c not zero), which convert without calling
// anything; ok is false otherwise.
func sliceSeq3(x, a, b, c Value) (Value, bool) {
	args, ok := plainSliceArgs3(a, b, c)
	if !ok {
		return Null, false
	}
	switch o := x.o.(type) {
	case *List:
		return Obj(sliceList(o.items, args)), true
	case *Tuple:
		return Obj(sliceTuple(o.items, args)), true
	case *Str:
		return String(sliceStr(o, args)), true
	}
	return Null, false
}

// plainSliceArgs3 converts the bounds and step of x[a:b:c] when they are
// small ints or None (c not zero).
func plainSliceArgs3(a, b, c Value) (sliceArgs, bool) {
	step := int64(1)
	switch {
	case c.IsSmallInt():
		step = int64(c.n)
		if step == 0 {
			return sliceArgs{}, false
		}
	case !c.IsNone():
		return sliceArgs{}, false
	}
	args, ok := plainSliceArgs(a, b)
	if !ok {
		return args, false
	}
	args.step = step
	if step < 0 {
		if a.IsNone() {
			args.start = math.MaxInt64
		}
		if b.IsNone() {
			args.stop = math.MinInt64
		}
	}
	return args, true
}

// scratchMax bounds the length of the thread's scratch list.
const scratchMax = 64

// storedBySliceAssign reports whether the value the instruction before pc
// leaves on the stack is the value of a slice assignment a few
// instructions on, the instructions in between only pushing locals and
// constants and combining them with binary operators (`l[:k + 1] =
// l[k::-1]`): the value is then garbage once assigned.
func storedBySliceAssign(instrs []code.Instr, pc int) bool {
	depth := 0
	for i := pc; i < len(instrs) && i < pc+8; i++ {
		switch instrs[i].Op() {
		case code.LOAD_FAST, code.LOAD_CONST:
			depth++
		case code.BINARY_OP, code.BINARY_OP_ADD_INT, code.BINARY_OP_SUBTRACT_INT,
			code.BINARY_OP_MULTIPLY_INT, code.BINARY_OP_INT:
			if depth < 2 {
				return false
			}
			depth--
		case code.STORE_SLICE:
			return depth == 3
		default:
			return false
		}
	}
	return false
}

// sliceToScratch is sliceSeq3 for a list slice that is only assigned to a
// slice (storedBySliceAssign): the items go into the thread's scratch
// list, which the assignment gives back (releaseScratch), instead of a new
// list. ok is false when sliceSeq3 is to be used.
func (th *Thread) sliceToScratch(l *List, a, b, c Value) (*List, bool) {
	args, ok := plainSliceArgs3(a, b, c)
	if !ok {
		return nil, false
	}
	start, stop, step := args.adjust(len(l.items))
	s, ok := th.scratchList(sliceLen(start, stop, step))
	if ok {
		fillSlice(s.items, l.items, start, step)
	}
	return s, ok
}

// scratchList returns the thread's scratch list holding n items to be
// overwritten, or false when n is more than it is kept for.
func (th *Thread) scratchList(n int) (*List, bool) {
	s := th.sliceScratch
	if s == nil || cap(s.items) < n {
		if n > scratchMax {
			return nil, false
		}
		s = &List{items: make([]Value, n, max(n, 16))}
		th.sliceScratch = s
	}
	s.items = s.items[:n]
	return s, true
}

// concatToScratch is x + y for lists x and y whose sum is only assigned
// to a slice (storedBySliceAssign), made in the thread's scratch list as
// sliceToScratch makes a slice. ok is false when the sum is to be a list
// of its own.
func (th *Thread) concatToScratch(x, y []Value) (*List, bool) {
	s, ok := th.scratchList(len(x) + len(y))
	if ok {
		copy(s.items[copy(s.items, x):], y)
	}
	return s, ok
}

// sliceIter is iter(l[a:b]) when a and b are small ints or None: the
// slice is made in a list that only the iterator refers to, both taken
// from the thread's pool, to which recycleSliceIter gives them back once
// the iterator is exhausted. ok is false when the slice is to be made
// as usual.
func (th *Thread) sliceIter(l *List, a, b Value) (*listIter, bool) {
	args, ok := plainSliceArgs(a, b)
	if !ok {
		return nil, false
	}
	start, stop, step := args.adjust(len(l.items))
	n := sliceLen(start, stop, step)
	var it *listIter
	if k := len(th.sliceIters); k > 0 {
		it = th.sliceIters[k-1]
		th.sliceIters[k-1] = nil
		th.sliceIters = th.sliceIters[:k-1]
	} else {
		it = &listIter{l: &List{}, owned: true}
	}
	if cap(it.l.items) < n {
		it.l.items = make([]Value, n)
	}
	it.l.items = it.l.items[:n]
	fillSlice(it.l.items, l.items, start, step)
	return it, true
}

// sliceItersMax bounds the iterators kept in Thread.sliceIters and
// Thread.loopIters.
const sliceItersMax = 16

// loopIter is iter(l) for the for loop whose FOR_ITER follows GET_ITER:
// nothing but the loop's stack slot can refer to that iterator, so the
// loop gives it back to the thread's pool when it runs out
// (recycleIter) and the next loop takes it from there.
func (th *Thread) loopIter(l *List) *listIter {
	if k := len(th.loopIters); k > 0 {
		it := th.loopIters[k-1]
		th.loopIters[k-1] = nil
		th.loopIters = th.loopIters[:k-1]
		it.l = l
		return it
	}
	return &listIter{l: l, loop: true}
}

// recycleIter gives an exhausted list iterator that nothing refers to any
// more back to the pool it came from, if any.
func (th *Thread) recycleIter(it *listIter) {
	switch {
	case it.owned:
		th.recycleSliceIter(it)
	case it.loop && len(th.loopIters) < sliceItersMax:
		it.l, it.i = nil, 0
		th.loopIters = append(th.loopIters, it)
	}
}

// recycleSliceIter keeps it, an exhausted iterator from sliceIter that
// nothing refers to any more, for sliceIter.
func (th *Thread) recycleSliceIter(it *listIter) {
	if len(th.sliceIters) >= sliceItersMax || cap(it.l.items) > scratchMax {
		return
	}
	clear(it.l.items)
	it.l.items = it.l.items[:0]
	it.i = 0
	th.sliceIters = append(th.sliceIters, it)
}

// releaseScratch ends the use of the scratch list as the value v of a
// slice assignment to x: it is kept for reuse when x is a list (whose
// slice assignment copies the items), dropped otherwise (x's
// __setitem__ may keep it).
func (th *Thread) releaseScratch(x, v Value) {
	th.scratchFrame = nil
	s := th.sliceScratch
	if _, ok := x.o.(*List); ok && v.o == Object(s) {
		clear(s.items)
		s.items = s.items[:0]
		return
	}
	th.sliceScratch = nil
}

// plainSliceArgs converts the bounds of a[lo:hi] when both are small ints
// or None, which convert without calling anything.
func plainSliceArgs(lo, hi Value) (sliceArgs, bool) {
	args := sliceArgs{start: 0, stop: math.MaxInt64, step: 1}
	switch {
	case lo.IsSmallInt():
		args.start = int64(lo.n)
	case !lo.IsNone():
		return args, false
	}
	switch {
	case hi.IsSmallInt():
		args.stop = int64(hi.n)
	case !hi.IsNone():
		return args, false
	}
	return args, true
}

// sliceValues returns the items of a slice of items.
func sliceValues(items []Value, a sliceArgs) []Value {
	start, stop, step := a.adjust(len(items))
	n := sliceLen(start, stop, step)
	out := make([]Value, n)
	fillSlice(out, items, start, step)
	return out
}

// sliceList returns a list of the items of a slice of items.
func sliceList(items []Value, a sliceArgs) *List {
	start, stop, step := a.adjust(len(items))
	l := newListN(sliceLen(start, stop, step))
	fillSlice(l.items, items, start, step)
	return l
}

// sliceTuple returns a tuple of the items of a slice of items.
func sliceTuple(items []Value, a sliceArgs) *Tuple {
	start, stop, step := a.adjust(len(items))
	n := sliceLen(start, stop, step)
	if n == 0 {
		return emptyTuple
	}
	t := newTupleN(n)
	fillSlice(t.items, items, start, step)
	return t
}

// fillSlice fills out with items[start], items[start+step], ...
func fillSlice(out, items []Value, start, step int) {
	if step == 1 {
		copy(out, items[start:])
		return
	}
	for i, j := 0, start; i < len(out); i, j = i+1, j+step {
		out[i] = items[j]
	}
}

// sliceStr returns a slice of a str.
func sliceStr(o *Str, a sliceArgs) string {
	start, stop, step := a.adjust(o.Len())
	if o.isASCII() {
		if step == 1 {
			if stop < start {
				return ""
			}
			return o.s[start:stop]
		}
		var b strings.Builder
		for i, j := 0, start; i < sliceLen(start, stop, step); i, j = i+1, j+step {
			b.WriteByte(o.s[j])
		}
		return b.String()
	}
	rs := o.Runes()
	var out []rune
	for i, j := 0, start; i < sliceLen(start, stop, step); i, j = i+1, j+step {
		out = append(out, rs[j])
	}
	return encodeRunes(out)
}

// seqIndex converts an index for a sequence of length n, with CPython's
// errors. n must not depend on k's __index__, which runs first; mutable
// sequences use seqIndexLive.
func (th *Thread) seqIndex(k Value, n int, what string) (int, error) {
	i, err := th.indexArg(k, what)
	if err != nil {
		return 0, err
	}
	return normIndex(i, n, what)
}

// seqIndexLive is seqIndex for a sequence whose length k's __index__ may
// change: the length is read after the conversion.
func (th *Thread) seqIndexLive(k Value, length func() int, what string) (int, error) {
	i, err := th.indexArg(k, what)
	if err != nil {
		return 0, err
	}
	return normIndex(i, length(), what)
}

// indexArg converts a subscript with __index__, with CPython's errors.
func (th *Thread) indexArg(k Value, what string) (int64, error) {
	i, ok, err := th.index(k)
	if err != nil {
		if e, isE := err.(*Exception); isE && e.typ == IndexErrorType {
			if what == "range object" {
				// range computes the item exactly: it is out of range.
				return 0, Errorf(IndexErrorType, "range object index out of range")
			}
			return 0, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", k.Type().Name)
		}
		return 0, err
	}
	if ok {
		return i, nil
	}
	switch what {
	case "list", "tuple", "bytearray":
		return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, k.Type().Name)
	case "list assignment":
		return 0, Errorf(TypeErrorType, "list indices must be integers or slices, not %s", k.Type().Name)
	case "string":
		return 0, Errorf(TypeErrorType, "string indices must be integers, not '%s'", k.Type().Name)
	case "range object":
		return 0, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", k.Type().Name)
	}
	return 0, Errorf(TypeErrorType, "byte indices must be integers or slices, not %s", k.Type().Name)
}

// normIndex resolves a possibly negative index against length n.
func normIndex(i int64, n int, what string) (int, error) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		if what == "bytes" {
			return 0, Errorf(IndexErrorType, "index out of range")
		}
		return 0, Errorf(IndexErrorType, "%s index out of range", what)
	}
	return int(i), nil
}

// SetItem implements v[k] = x.
func (th *Thread) SetItem(v, k, x Value) error {
	switch o := v.o.(type) {
	case *List:
		if s, ok := k.o.(*Slice); ok {
			return th.listSetSlice(o, s, x)
		}
		if k.IsSmallInt() {
			i := int64(k.n)
			if i < 0 {
				i += int64(len(o.items))
			}
			if i < 0 || i >= int64(len(o.items)) {
				return Errorf(IndexErrorType, "list assignment index out of range")
			}
			o.items[i] = x
			return nil
		}
		i, err := th.seqIndexLive(k, func() int { return len(o.items) }, "list assignment")
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == TypeErrorType {
				return Errorf(TypeErrorType, "list indices must be integers or slices, not %s", k.Type().Name)
			}
			return err
		}
		o.items[i] = x
		return nil
	case *Dict:
		return o.Set(th, k, x)
	case *Array:
		if o.setSmall(k, x) {
			return nil
		}
		return th.arraySetItem(v, k, x)
	case *Bytes:
		if s, ok := k.o.(*Slice); ok && o.mutable {
			return th.bytearraySetSlice(o, s, x)
		}
		if o.mutable {
			// As CPython: the index's type, then the value, then the
			// index's range (the value's __index__ may resize).
			n, err := th.indexArg(k, "bytearray")
			if err != nil {
				return err
			}
			c, err := th.byteValue(x)
			if err != nil {
				return err
			}
			i, err := normIndex(n, len(o.b), "bytearray")
			if err != nil {
				return err
			}
			o.b[i] = c
			return nil
		}
	}
	if o, ok := v.o.(*Instance); ok && o.typ == OrderedDictType {
		return th.odictSetItem(v, k, x) // its __setitem__, which only a subclass can change
	}
	_, found, err := th.callDunder(v, "__setitem__", k, x)
	if err != nil || found {
		return err
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", v.Type().Name)
}

func (th *Thread) listSetSlice(l *List, s *Slice, x Value) error {
	a, err := th.unpackSlice(s)
	if err != nil {
		return err
	}
	return th.listAssignSlice(l, a, x)
}

// listAssignSlice implements l[a] = x for a slice a whose indices are
// already converted, as CPython's list_ass_subscript: a contiguous slice
// is replaced in place, an extended one item by item.
func (th *Thread) listAssignSlice(l *List, a sliceArgs, x Value) error {
	var items []Value
	switch o := x.o.(type) {
	case *List:
		items = o.items
		if o == l {
			items = append([]Value(nil), o.items...)
		}
	case *Tuple:
		items = o.items
	default:
		var err error
		if items, err = th.iterateToSliceFast(x); err != nil {
			if e, ok := err.(*Exception); ok && e.typ == TypeErrorType {
				if a.step == 1 {
					return Errorf(TypeErrorType, "can only assign an iterable")
				}
				return Errorf(TypeErrorType, "must assign iterable to extended slice")
			}
			return err
		}
	}
	start, stop, step := a.adjust(len(l.items))
	if step == 1 {
		if stop < start {
			stop = start
		}
		return th.listReplace(l, start, stop, items)
	}
	n := sliceLen(start, stop, step)
	if n != len(items) {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.items[j] = items[i]
	}
	return nil
}

// listReplace replaces l.items[start:stop] by items (which must not share
// l's storage), in place when l's capacity allows.
func (th *Thread) listReplace(l *List, start, stop int, items []Value) error {
	old := len(l.items)
	n := old - (stop - start) + len(items)
	if n > cap(l.items) {
		if err := th.growList(l, n-old); err != nil {
			return err
		}
		out := make([]Value, n, n+n/8+6)
		copy(out, l.items[:start])
		copy(out[start:], items)
		copy(out[start+len(items):], l.items[stop:])
		l.items = out
		return nil
	}
	buf := l.items[:max(n, old)]
	if start+len(items) != stop { // the tail moves
		copy(buf[start+len(items):], buf[stop:old])
	}
	copy(buf[start:], items)
	if n < old {
		clear(buf[n:old]) // freed slots hold no references
	}
	l.items = buf[:n]
	return nil
}

// DelItem implements del v[k].
func (th *Thread) DelItem(v, k Value) error {
	switch o := v.o.(type) {
	case *List:
		if s, ok := k.o.(*Slice); ok {
			a, err := th.unpackSlice(s)
			if err != nil {
				return err
			}
			start, stop, step := a.adjust(len(o.items))
			n := sliceLen(start, stop, step)
			if n == 0 {
				return nil
			}
			if step < 0 {
				// The same items, visited upwards.
				start, step = start+(n-1)*step, -step
			}
			if step == 1 {
				return th.listReplace(o, start, start+n, nil)
			}
			// Close the gaps left by every step-th item from start.
			w := start
			for r := start; r < len(o.items); r++ {
				if r-start < n*step && (r-start)%step == 0 {
					continue
				}
				o.items[w] = o.items[r]
				w++
			}
			clear(o.items[w:])
			o.items = o.items[:w]
			return nil
		}
		i, err := th.seqIndexLive(k, func() int { return len(o.items) }, "list assignment")
		if err != nil {
			return err
		}
		o.removeAt(i)
		return nil
	case *Bytes:
		if o.mutable {
			return th.bytearrayDelItem(o, k)
		}
	case *Dict:
		ok, err := o.Del(th, k)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, k)
		}
		return nil
	}
	if o, ok := v.o.(*Instance); ok && o.typ == OrderedDictType {
		return th.odictDelItem(v, k)
	}
	_, found, err := th.callDunder(v, "__delitem__", k)
	if err != nil || found {
		return err
	}
	return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", v.Type().Name)
}
