package vm

// repr/str, iteration, len, subscripting and containment.

import (
	"bytes"
	"math"
	"math/big"
	"strings"
	"unsafe"

	"github.com/pyjit/pyjit/vm/code"
)

// simpleRepr is the repr of the builtin values whose repr runs no Python
// code and needs no thread (Ellipsis, functions, code, ranges, ...).
func simpleRepr(v Value) (string, bool) {
	switch o := v.o.(type) {
	case noneTag:
		return "None", true
	case ellipsisObj:
		return "Ellipsis", true
	case notImplemented:
		return "NotImplemented", true
	case *Module:
		return o.repr(), true
	case *Function:
		return "<function " + o.qualname.s + " at " + addr(v) + ">", true
	case *Builtin:
		if o.wrapper {
			return "<method-wrapper '" + o.Name + "' of " + o.Self.Type().Name + " object at " + addr(o.Self) + ">", true
		}
		if o.Self.o != nil {
			if _, isMod := o.Self.o.(*Module); !isMod {
				return "<built-in method " + o.Name + " of " + o.Self.Type().Name + " object at " + addr(o.Self) + ">", true
			}
		}
		if t := newOwner(o); t != nil {
			return "<built-in method __new__ of type object at " + addr(Obj(t)) + ">", true
		}
		return "<built-in function " + o.Name + ">", true
	case *MethodDescriptor:
		if o.isSlot() {
			return "<slot wrapper '" + o.Name + "' of '" + o.Owner.Name + "' objects>", true
		}
		return "<method '" + o.Name + "' of '" + o.Owner.Name + "' objects>", true
	case *GetSetDescriptor:
		if o.member {
			return "<member '" + o.Name + "' of '" + o.Owner.Name + "' objects>", true
		}
		return "<attribute '" + o.Name + "' of '" + o.Owner.Name + "' objects>", true
	case *SlotDescriptor:
		return "<member '" + o.Name + "' of '" + o.Owner.Name + "' objects>", true
	case *Cell:
		if o.V.o == nil {
			return "<cell at " + addr(v) + ": empty>", true
		}
		return "<cell at " + addr(v) + ": " + o.V.Type().Name + " object at " + addr(o.V) + ">", true
	case *CodeObj:
		return "<code object " + o.Name + " at " + addr(v) + ", file \"" + o.Filename + "\", line " + itoa(o.FirstLine) + ">", true
	case *Range:
		return rangeRepr(o), true
	}
	return "", false
}

// Repr implements repr(v). A nil thread renders builtin values only.
func (th *Thread) Repr(v Value) (string, error) {
	switch o := v.o.(type) {
	case nil:
		return "<NULL>", nil
	case noneTag:
		return "None", nil
	case boolTag:
		if v.n != 0 {
			return "True", nil
		}
		return "False", nil
	case intTag:
		return formatInt(int64(v.n)), nil
	case floatTag:
		return code.FloatRepr(v.UncheckedFloat()), nil
	case *BigInt:
		return bigIntDecimal(&o.b, th.maxStrDigits())
	case *Str:
		return th.strRepr(o.s)
	case *Bytes:
		if th != nil && len(o.b) >= smallAlloc {
			if err := th.alloc(int64(code.BytesReprSize(string(o.b)))); err != nil {
				return "", err
			}
		}
		r := code.BytesRepr(string(o.b))
		if o.mutable {
			return "bytearray(" + r + ")", nil
		}
		return r, nil
	case *Type:
		if th != nil && o.meta != nil && o.meta.heap {
			if md, ok := o.meta.Lookup("__repr__").o.(*MethodDescriptor); !ok || md.Owner != TypeType {
				break
			}
		}
		return "<class '" + typeFullName(o) + "'>", nil
	case *Module:
		if th != nil {
			return th.moduleRepr(o)
		}
	}
	if r, ok := simpleRepr(v); ok {
		return r, nil
	}
	if th == nil {
		return reprContainerNoThread(v, 0), nil
	}
	switch v.o.(type) {
	case *List, *Dict, *Set, *Tuple:
		return th.reprGuarded(v)
	}
	return th.reprBody(v)
}

// reprGuarded is Repr of a container, guarded against recursion and
// against showing itself inside itself. It is apart from Repr because a
// function whose defers Go cannot open-code pays for them on every return.
func (th *Thread) reprGuarded(v Value) (string, error) {
	if err := th.enterRecursive(" while getting the repr of an object"); err != nil {
		return "", err
	}
	defer th.leaveRecursive()
	// Containers guard against printing themselves recursively.
	if th.reprEnter(v) {
		switch v.o.(type) {
		case *List:
			return "[...]", nil
		case *Dict:
			return "{...}", nil
		case *Tuple:
			return "(...)", nil
		}
		return v.Type().Name + "(...)", nil
	}
	defer th.reprLeave(v)
	return th.reprBody(v)
}

// reprBody is Repr once the guards are in place.
func (th *Thread) reprBody(v Value) (string, error) {
	switch o := v.o.(type) {
	case *Tuple:
		if o.Type() == TupleType {
			return th.reprSeq(o.items, "(", ")", len(o.items) == 1)
		}
	case *List:
		return th.reprList(o)
	case *Dict:
		var b strings.Builder
		b.WriteByte('{')
		first := true
		var err error
		o.Items(func(k, val Value) bool {
			if !first {
				b.WriteString(", ")
			}
			first = false
			var ks, vs string
			if ks, err = th.Repr(k); err != nil {
				return false
			}
			if vs, err = th.Repr(val); err != nil {
				return false
			}
			b.WriteString(ks)
			b.WriteString(": ")
			b.WriteString(vs)
			return true
		})
		b.WriteByte('}')
		return b.String(), err
	case *Set:
		name := "set"
		if o.frozen {
			name = "frozenset"
		}
		if o.Len() == 0 {
			return name + "()", nil
		}
		s, err := th.reprSeq(o.Elems(), "{", "}", false)
		if o.frozen {
			s = "frozenset(" + s + ")"
		}
		return s, err
	}
	r, found, err := th.callDunder(v, "__repr__")
	if err != nil {
		return "", err
	}
	if found {
		s, ok := unwrap(r).o.(*Str)
		if !ok {
			return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
		}
		return s.s, nil
	}
	return th.defaultRepr(v), nil
}

// asciiObject is ascii(v): v's repr with its non-ASCII characters
// escaped; a repr that is ASCII already is returned as it is, the instance
// of a str subclass that __repr__ gave too (CPython's PyObject_ASCII).
func (th *Thread) asciiObject(v Value) (Value, error) {
	r, err := th.reprObject(v)
	if err != nil {
		return Null, err
	}
	s, _ := unwrap(r).o.(*Str) // reprObject checked it
	if e := asciiEscape(s.s); e != s.s {
		return String(e), nil
	}
	return r, nil
}

// reprObject is repr(v) as an object: an instance's __repr__ may return
// an instance of a subclass of str, which CPython's PyObject_Repr passes
// on as it is.
func (th *Thread) reprObject(v Value) (Value, error) {
	if _, inst := v.o.(*Instance); inst {
		r, found, err := th.callDunder(v, "__repr__")
		if err != nil {
			return Null, err
		}
		if found {
			if _, ok := unwrap(r).o.(*Str); !ok {
				return Null, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
			}
			return r, nil
		}
	}
	s, err := th.Repr(v)
	if err != nil {
		return Null, err
	}
	return String(s), nil
}

// setSubclassRepr is the repr of an instance of a subclass of set or
// frozenset named name, whose set is u (so): CPython's set_repr names the
// instance's type, "Name({1, 2})", "Name()", and "Name(...)" when the set
// is already being shown.
func (th *Thread) setSubclassRepr(name string, u Value, so *Set) (Value, error) {
	if err := th.enterRecursive(" while getting the repr of an object"); err != nil {
		return Null, err
	}
	defer th.leaveRecursive()
	if th.reprEnter(u) {
		return String(name + "(...)"), nil
	}
	defer th.reprLeave(u)
	if so.Len() == 0 {
		return String(name + "()"), nil
	}
	s, err := th.reprSeq(so.Elems(), "{", "}", false)
	return String(name + "(" + s + ")"), err
}

func (th *Thread) defaultRepr(v Value) string {
	t := v.Type()
	return "<" + typeFullName(t) + " object at " + addr(v) + ">"
}

func typeFullName(t *Type) string {
	mod := "builtins"
	if m, ok := t.Dict.GetStr("__module__"); ok {
		if s, ok := m.o.(*Str); ok {
			mod = s.s
		}
	}
	if mod == "builtins" {
		return t.QualName
	}
	return mod + "." + t.QualName
}

// reprContainerNoThread renders builtin containers without running Python
// code; nesting deeper than it shows (self-references included) prints as
// "...".
func reprContainerNoThread(v Value, depth int) string {
	const maxDepth = 16
	if depth >= maxDepth {
		return "..."
	}
	var items []string
	add := func(x Value) string {
		switch x.o.(type) {
		case *Tuple, *List, *Dict:
			return reprContainerNoThread(x, depth+1)
		}
		s, _ := (*Thread)(nil).Repr(x)
		return s
	}
	switch o := v.o.(type) {
	case *Tuple:
		for _, it := range o.items {
			items = append(items, add(it))
		}
		if len(items) == 1 {
			return "(" + items[0] + ",)"
		}
		return "(" + strings.Join(items, ", ") + ")"
	case *List:
		for _, it := range o.items {
			items = append(items, add(it))
		}
		return "[" + strings.Join(items, ", ") + "]"
	case *Dict:
		o.Items(func(k, x Value) bool {
			items = append(items, add(k)+": "+add(x))
			return true
		})
		return "{" + strings.Join(items, ", ") + "}"
	}
	return "<" + v.Type().Name + " object>"
}

// reprList is repr of a list, which the items' repr may change: the
// length is read again for every item, as CPython's.
func (th *Thread) reprList(l *List) (string, error) {
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(l.items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := th.Repr(l.items[i])
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return b.String(), nil
}

func (th *Thread) reprSeq(items []Value, open, close string, single bool) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := th.Repr(it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if single {
		b.WriteByte(',')
	}
	b.WriteString(close)
	return b.String(), nil
}

// reprEnter marks v as being shown by a repr that shows what v holds,
// reporting whether it already was (the repr then shows "..."). From
// here the repr asks for the reprs of v's contents, which may be v
// itself: callDunder's guard against a builtin special method asking
// for itself again (see callDunder) no longer applies, since this guard
// stops that recursion. callDunder restores its guard when the builtin
// __repr__ returns.
func (th *Thread) reprEnter(v Value) bool {
	o := v.Object()
	if o == nil {
		return false
	}
	for _, x := range th.reprStack {
		if x == o {
			return true
		}
	}
	th.reprStack = append(th.reprStack, o)
	th.builtinDunder = dunderCall{}
	return false
}

func (th *Thread) reprLeave(v Value) {
	// The slot is cleared so that the stack's array does not keep the
	// object alive (a weak reference to it would not die).
	n := len(th.reprStack) - 1
	th.reprStack[n] = nil
	th.reprStack = th.reprStack[:n]
}

// Str implements str(v).
func (th *Thread) Str(v Value) (string, error) {
	switch o := v.o.(type) {
	case *Str:
		return o.s, nil
	case intTag, floatTag, boolTag, noneTag, *BigInt:
		return th.Repr(v)
	}
	r, err := th.strObject(v)
	if err != nil {
		return "", err
	}
	s, _ := unwrap(r).o.(*Str) // strObject checked it
	return s.s, nil
}

// strObject is CPython's PyObject_Str: a str, or an instance of a
// subclass of str that v's __str__ returned.
func (th *Thread) strObject(v Value) (Value, error) {
	switch o := v.o.(type) {
	case *Str:
		return v, nil
	case intTag, floatTag, boolTag, noneTag, *BigInt:
		s, err := th.Repr(v)
		return String(s), err
	case *Exception:
		if o.typ.Lookup("__str__").o == BaseExceptionType.Dict.mustGet("__str__").o {
			s, err := excStr(th, o)
			return String(s), err
		}
	}
	t := v.Type()
	m := t.Lookup("__str__")
	if m.o == nil || isObjectMethod(m) {
		// object.__str__ returns what the type's own __repr__ does,
		// which str() checks as __str__'s result.
		rm := t.Lookup("__repr__")
		if _, inst := v.o.(*Instance); !inst || rm.o == nil || isObjectMethod(rm) {
			s, err := th.Repr(v)
			return String(s), err
		}
		m = rm
	}
	r, err := th.callSpecial(m, v)
	if err != nil {
		return Null, err
	}
	if _, ok := unwrap(r).o.(*Str); !ok {
		return Null, Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
	}
	return r, nil
}

// isObjectMethod reports whether m is one of object's own methods.
func isObjectMethod(m Value) bool {
	md, ok := m.o.(*MethodDescriptor)
	return ok && md.Owner == ObjectType
}

func (d *Dict) mustGet(name string) Value {
	v, _ := d.GetStr(name)
	return v
}

func excStr(th *Thread, e *Exception) (string, error) {
	if s, ok, err := osErrorStr(e, th.Str, th.Repr); ok {
		return s, err
	}
	switch len(e.args.items) {
	case 0:
		return "", nil
	case 1:
		if e.typ.IsSubtype(KeyErrorType) {
			return th.Repr(e.args.items[0])
		}
		return th.Str(e.args.items[0])
	}
	return th.Repr(Obj(e.args))
}

// Iterators over builtin containers.
type (
	listIter struct {
		l *List
		i int
		// owned marks the iterator of a slice made for it alone, which
		// only it refers to (see sliceIter).
		owned bool
		// loop marks an iterator GET_ITER made for the for loop that
		// follows it, which only that loop's stack slot refers to (see
		// loopIter).
		loop bool
	}
	// tupleIter's i passes len(items) at exhaustion.
	tupleIter struct {
		items []Value
		i     int
	}
	rangeIter struct {
		start, step, i, n int64
	}
	strIter struct { // i is strExhausted at exhaustion
		s *Str
		i int
		// sub marks the iterator of a str subclass instance, which is
		// never CPython's compact ASCII string: a str_iterator.
		sub bool
	}
	// dictIter walks a dict's entries as CPython's dict iterators do:
	// a change of size is an error, and so is finding more entries than
	// the dict had when iteration began (its keys changed).
	dictIter struct {
		d    *Dict
		pos  int
		kind int  // 0 keys, 1 values, 2 items
		size int  // the dict's size when iteration began; -1 after an error
		left int  // entries still to be produced
		rev  bool // from the last entry to the first (pos counts down)
	}
	setIter struct {
		elems []Value
		i     int
		s     *Set
		size  int
	}
	seqIter struct { // __getitem__-based iteration
		obj Value
		i   int64
	}
	callIter struct {
		fn, sentinel Value
		done         bool
	}
)

// newDictIter returns an iterator over d's keys (kind 0), values (1) or
// items (2).
func newDictIter(d *Dict, kind int) *dictIter {
	return &dictIter{d: d, kind: kind, size: d.Len(), left: d.Len()}
}

// newDictRevIter returns the iterator of reversed() over d's keys (kind
// 0), values (1) or items (2).
func newDictRevIter(d *Dict, kind int) *dictIter {
	pos := -1
	if d.Len() > 0 {
		pos = len(d.entries) - 1
	}
	return &dictIter{d: d, kind: kind, size: d.Len(), left: d.Len(), pos: pos, rev: true}
}

// next returns the iterator's next entry, with CPython's errors for a
// dict changed meanwhile.
func (o *dictIter) next() (dictEntry, bool, error) {
	if o.d == nil {
		return dictEntry{}, false, nil
	}
	if o.d.Len() != o.size {
		o.size = -1
		return dictEntry{}, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	if o.rev {
		for o.pos = min(o.pos, len(o.d.entries)-1); o.pos >= 0; o.pos-- {
			if e := o.d.entries[o.pos]; e.key.o != nil {
				o.pos--
				o.left--
				return e, true, nil
			}
		}
		o.d = nil
		return dictEntry{}, false, nil
	}
	pos, e, ok := o.d.nextEntry(o.pos)
	if !ok {
		o.d = nil
		return dictEntry{}, false, nil
	}
	if o.left == 0 {
		o.d = nil
		return dictEntry{}, false, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	o.pos = pos
	o.left--
	return e, true, nil
}

func (*listIter) Type() *Type  { return ListIterType }
func (*tupleIter) Type() *Type { return TupleIterType }
func (*rangeIter) Type() *Type { return RangeIterType }
func (it *strIter) Type() *Type {
	if it.s.isASCII() && !it.sub {
		return StrIterType
	}
	return StrUnicodeIterType
}
func (d *dictIter) Type() *Type {
	if d.rev {
		return [...]*Type{DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType}[d.kind]
	}
	return [...]*Type{DictKeyIterType, DictValueIterType, DictItemIterType}[d.kind]
}
func (*setIter) Type() *Type  { return SetIterType }
func (*seqIter) Type() *Type  { return SeqIterType }
func (*callIter) Type() *Type { return CallIterType }

// Iter implements iter(v).
func (th *Thread) Iter(v Value) (Value, error) {
	switch o := v.o.(type) {
	case *List:
		return Obj(&listIter{l: o}), nil
	case *Tuple:
		return Obj(&tupleIter{items: o.items}), nil
	case *Range:
		return o.iter(false), nil
	case *Str:
		return Obj(&strIter{s: o}), nil
	case *Dict:
		return Obj(newDictIter(o, 0)), nil
	case *Set:
		return Obj(&setIter{elems: o.Elems(), s: o, size: o.Len()}), nil
	case *Bytes:
		return Obj(&bytesIter{b: o}), nil
	case *listIter, *tupleIter, *rangeIter, *strIter, *dictIter, *setIter, *seqIter, *callIter:
		return v, nil
	case *Generator:
		// Coroutines and async generators are not iterable: their types,
		// which have no __iter__, say so below.
		if o.kind == generatorKind {
			return v, nil
		}
	case goIterator:
		return v, nil
	case *DictView:
		if o.od.o != nil {
			it, err := newOdictIter(o.od, o.kind, false)
			if err != nil {
				return Null, err
			}
			return Obj(it), nil
		}
		return Obj(newDictIter(o.d, o.kind)), nil
	case *Deque:
		return Obj(newDequeIter(o, false)), nil
	}
	t := v.Type()
	m := t.lookupS(strDunderIter)
	if o, ok := v.o.(*Instance); ok && o.base != nil && m.o != nil {
		// A subclass of list, tuple, dict or set that keeps the builtin's
		// __iter__: the builtin's iterator over the value it wraps (whose
		// items it reads directly, as CPython's does).
		switch o.base.o.(type) {
		case *List, *Tuple, *Dict, *Set:
			if m.Is(o.base.Type().lookupS(strDunderIter)) {
				return th.Iter(*o.base)
			}
		}
	}
	if m.o != nil && !m.IsNone() {
		r, err := th.callSpecial(m, v)
		if err != nil {
			return Null, err
		}
		if !th.isIterator(r) {
			return Null, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", r.Type().Name)
		}
		return r, nil
	}
	if m.o == nil && t.Lookup("__getitem__").o != nil {
		return Obj(&seqIter{obj: v}), nil
	}
	return Null, Errorf(TypeErrorType, "'%s' object is not iterable", t.Name)
}

func (th *Thread) isIterator(v Value) bool {
	switch o := v.o.(type) {
	case *listIter, *tupleIter, *rangeIter, *strIter, *dictIter, *setIter, *seqIter, *callIter, goIterator:
		return true
	case *Generator:
		return o.kind == generatorKind
	}
	return v.Type().lookupS(strDunderNext).o != nil
}

func (th *Thread) isIterable(v Value) bool {
	switch v.o.(type) {
	case *List, *Tuple, *Range, *Str, *Dict, *Set, *Bytes:
		return true
	}
	t := v.Type()
	return t.Lookup("__iter__").o != nil || t.Lookup("__getitem__").o != nil || th.isIterator(v)
}

// Next advances an iterator; ok is false at exhaustion. It counts as an
// iteration of the Go loop calling it (see tick).
func (th *Thread) Next(it Value) (Value, bool, error) {
	if err := th.tick(); err != nil {
		return Null, false, err
	}
	switch o := it.o.(type) {
	case *listIter:
		if o.i < len(o.l.items) {
			o.i++
			return o.l.items[o.i-1], true, nil
		}
		o.i = len(o.l.items) + listExhausted
		return Null, false, nil
	case *tupleIter:
		if o.i < len(o.items) {
			o.i++
			return o.items[o.i-1], true, nil
		}
		o.i = len(o.items) + 1
		return Null, false, nil
	case *rangeIter:
		if o.i < o.n {
			o.i++
			return Int(o.start + (o.i-1)*o.step), true, nil
		}
		return Null, false, nil
	case *strIter:
		if o.s.isASCII() {
			if o.i < len(o.s.s) {
				o.i++
				return Obj(asciiChar(o.s.s[o.i-1])), true, nil
			}
			o.i = strExhausted
			return Null, false, nil
		}
		rs := o.s.Runes()
		if o.i < len(rs) {
			o.i++
			return String(encodeRunes(rs[o.i-1 : o.i])), true, nil
		}
		o.i = strExhausted
		return Null, false, nil
	case *dictIter:
		e, ok, err := o.next()
		if !ok {
			return Null, false, err
		}
		switch o.kind {
		case 0:
			return e.key, true, nil
		case 1:
			return e.val, true, nil
		}
		return TupleOf(e.key, e.val), true, nil
	case *setIter:
		if o.s.Len() != o.size {
			o.size = -1 // as CPython, the iterator stays broken
			return Null, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
		}
		if o.i < len(o.elems) {
			o.i++
			return o.elems[o.i-1], true, nil
		}
		return Null, false, nil
	case *seqIter:
		if o.obj.o == nil {
			return Null, false, nil
		}
		v, err := th.GetItem(o.obj, Int(o.i))
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(IndexErrorType) || e.typ.IsSubtype(StopIterationType)) {
				o.obj = Null
				return Null, false, nil
			}
			return Null, false, err
		}
		o.i++
		return v, true, nil
	case *callIter:
		if o.done {
			return Null, false, nil
		}
		v, err := th.Call(o.fn, nil, nil)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
				o.done = true
				return Null, false, nil
			}
			return Null, false, err
		}
		eq, err := th.Equal(v, o.sentinel)
		if err != nil {
			return Null, false, err
		}
		if eq {
			o.done = true
			return Null, false, nil
		}
		return v, true, nil
	case *Generator:
		v, done, err := th.resumeGen(o, None, nil)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == StopIterationType {
				return Null, false, nil
			}
			return Null, false, err
		}
		if done {
			if th.hooks != nil && !v.IsNone() {
				// CPython's generator raises StopIteration(v) here.
				th.stopRaised = NewException(StopIterationType, v)
			}
			return Null, false, nil
		}
		return v, true, nil
	}
	if gi, ok := it.o.(goIterator); ok {
		// Iterators implemented in Go may wrap others (map over map over
		// ...), each level a Go call.
		if err := th.enterGo(""); err != nil {
			return Null, false, err
		}
		v, ok, err := gi.next(th)
		th.goDepth--
		return v, ok, err
	}
	m := it.Type().lookupS(strDunderNext)
	if m.o == nil {
		return Null, false, Errorf(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
	}
	v, err := th.callSpecial(m, it)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
			if th.hooks != nil {
				th.stopRaised = e // for a traced FOR_ITER's exception event
			}
			return Null, false, nil
		}
		return Null, false, err
	}
	return v, true, nil
}

// asciiStrs holds the one-character strs of ASCII, made when the package
// loads (interpreters on other goroutines share them).
var asciiStrs = func() (a [128]*Str) {
	for c := range a {
		a[c] = intern(string(rune(c)))
	}
	return a
}()

func asciiChar(c byte) *Str {
	if c < 128 {
		return asciiStrs[c]
	}
	return NewStr(string(rune(c)))
}

// iterateToSlice collects all items of an iterable, checking what it
// allocates and polling for interrupts as it goes.
func (th *Thread) iterateToSlice(v Value) ([]Value, error) {
	return th.collectItems(v, false)
}

// iterateToSliceFast is iterateToSlice for the operations that collect
// the items of an iterator over the iterable, as CPython's
// PySequence_Fast does (str.join, slice assignment): the iterator's
// length estimate is asked for.
func (th *Thread) iterateToSliceFast(v Value) ([]Value, error) {
	switch v.o.(type) {
	case *List, *Tuple:
		return th.iterateToSlice(v)
	}
	it, err := th.Iter(v)
	if err != nil {
		return nil, err
	}
	if s, ok := it.o.(*seqIter); ok {
		if err := th.seqIterHintError(s); err != nil {
			return nil, err
		}
	}
	return th.iterateToSliceHinted(it)
}

// seqIterHintError is the error of the length estimate of an iterator
// over a sequence: what the sequence's __len__ raises.
func (th *Thread) seqIterHintError(s *seqIter) error {
	if m := s.obj.Type().Lookup("__len__"); m.o == nil || m.IsNone() {
		return nil
	}
	if _, err := th.Len(s.obj); err != nil && !isTypeError(err) {
		return err
	}
	return nil
}

// iterateToSliceHinted is iterateToSlice for the operations that size
// their result from the iterable's length estimate first, as CPython's
// list(), tuple(), sorted() and bytes() do: a __len__ or
// __length_hint__ that fails (other than with TypeError) stops them.
func (th *Thread) iterateToSliceHinted(v Value) ([]Value, error) {
	return th.collectItems(v, true)
}

// isTypeError reports whether err is a TypeError.
func isTypeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(TypeErrorType)
}

// lengthHintError is the error of CPython's PyObject_LengthHint for v: an
// error of __len__ or, without __len__, of __length_hint__ or its result,
// other than a TypeError (which the estimate ignores). Only class
// instances run code there.
func (th *Thread) lengthHintError(v Value) error {
	switch o := v.o.(type) {
	case *seqIter:
		return th.seqIterHintError(o)
	case *Instance:
	default:
		return nil
	}
	t := v.Type()
	if m := t.Lookup("__len__"); m.o != nil && !m.IsNone() {
		_, err := th.Len(v)
		if err == nil || !isTypeError(err) {
			return err
		}
	}
	m := t.Lookup("__length_hint__")
	if m.o == nil || m.IsNone() {
		return nil
	}
	r, err := th.callSpecial(m, v)
	switch {
	case err != nil:
		if isTypeError(err) {
			return nil
		}
		return err
	case r.IsNotImplemented():
		return nil
	case !isIntLike(r):
		return Errorf(TypeErrorType, "__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	if n, ok := unwrap(r).o.(*BigInt); ok {
		if n.b.Sign() < 0 {
			return Errorf(ValueErrorType, "__length_hint__() should return >= 0")
		}
		return Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if int64(unwrap(r).n) < 0 {
		return Errorf(ValueErrorType, "__length_hint__() should return >= 0")
	}
	return nil
}

// collectItems is iterateToSlice, asking for the length estimate after
// getting the iterator when hint is set.
func (th *Thread) collectItems(v Value, hint bool) ([]Value, error) {
	switch o := v.o.(type) {
	case *List:
		if err := th.allocN(int64(len(o.items)), valueBytes); err != nil {
			return nil, err
		}
		return append([]Value(nil), o.items...), nil
	case *Tuple:
		if err := th.allocN(int64(len(o.items)), valueBytes); err != nil {
			return nil, err
		}
		return append([]Value(nil), o.items...), nil
	case *Range:
		n, ok := o.length()
		if !ok {
			return nil, lenError()
		}
		if err := th.allocN(n, valueBytes); err != nil {
			return nil, err
		}
		out := make([]Value, n)
		it := o.iter(false)
		for i := range out {
			if err := th.tick(); err != nil {
				return nil, err
			}
			out[i], _, _ = th.Next(it)
		}
		return out, nil
	}
	it, err := th.Iter(v)
	if err != nil {
		return nil, err
	}
	if hint {
		if err := th.lengthHintError(v); err != nil {
			return nil, err
		}
		// CPython sizes the result from the estimate first: a repeat
		// longer than memory holds fails at once.
		if r, ok := it.o.(*repeatIter); ok {
			if err := th.allocN(r.left, valueBytes); err != nil {
				return nil, err
			}
		}
	}
	out := make([]Value, 0, 8)
	if g := drainable(it); g != nil {
		return th.collectGen(g, out)
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		if out, err = th.growValues(out, x); err != nil {
			return nil, err
		}
	}
}

// collectGen appends the values generator g yields to out.
func (th *Thread) collectGen(g *Generator, out []Value) ([]Value, error) {
	sink := th.takeSink(sinkValues)
	defer th.putSink(sink)
	sink.items = out
	for {
		x, ok, err := th.drainGen(g, sink)
		if err != nil {
			return nil, err
		}
		if !ok {
			th.recycleGen(g)
			return sink.items, nil
		}
		if sink.items, err = th.growValues(sink.items, x); err != nil {
			return nil, err
		}
	}
}

// tupleOf is tuple(v) for v not a tuple: a generator's values are
// gathered in a sink's own array and copied into a tuple of their number.
func (th *Thread) tupleOf(v Value) (*Tuple, error) {
	if g := drainable(v); g != nil {
		return th.tupleFromGen(g)
	}
	items, err := th.iterateToSliceHinted(v)
	if err != nil {
		return nil, err
	}
	return NewTuple(items), nil
}

// sinkBufMax bounds the array a sink keeps for tupleFromGen.
const sinkBufMax = 64

// tupleFromGen is tuple(g) for g a generator.
func (th *Thread) tupleFromGen(g *Generator) (*Tuple, error) {
	sink := th.takeSink(sinkValues)
	defer th.putSink(sink)
	if sink.buf == nil {
		sink.buf = make([]Value, 0, 8)
	}
	sink.items = sink.buf[:0]
	for {
		x, ok, err := th.drainGen(g, sink)
		if err != nil {
			clear(sink.items)
			return nil, err
		}
		if !ok {
			th.recycleGen(g)
			t := tupleCopyOf(sink.items)
			clear(sink.items)
			if cap(sink.items) <= sinkBufMax {
				sink.buf = sink.items[:0]
			}
			return t, nil
		}
		if sink.items, err = th.growValues(sink.items, x); err != nil {
			clear(sink.items)
			return nil, err
		}
	}
}

// setFromIterable adds the items of v to s, a set made for them that no
// other code can see yet: the ints a generator yields go into it as the
// generator runs (sinkIntSet) until another value comes.
func (th *Thread) setFromIterable(s *Set, v Value) error {
	if g := drainable(v); g != nil {
		sink := th.takeSink(sinkIntSet)
		defer th.putSink(sink)
		sink.set = s
		for {
			x, ok, err := th.drainGen(g, sink)
			if err != nil {
				return err
			}
			if !ok {
				th.recycleGen(g)
				return nil
			}
			if err := th.setAddGrowing(s, x); err != nil {
				return err
			}
			if !x.IsSmallInt() {
				break // the set no longer holds only ints
			}
		}
	}
	return th.setUpdate(s, v)
}

// unpackIterable implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX.
func (th *Thread) unpackIterable(v Value, before, after int) ([]Value, error) {
	if after >= 0 {
		if items, ok := unpackStarredSequence(v, before, after); ok {
			return items, nil
		}
	}
	if !th.isIterable(v) {
		return nil, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", v.Type().Name)
	}
	it, err := th.Iter(v)
	if err != nil {
		return nil, err
	}
	var items []Value
	for i := 0; i < before; i++ {
		x, ok, err := th.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			if after < 0 {
				return nil, Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, i)
			}
			return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, i)
		}
		items = append(items, x)
	}
	if after < 0 {
		_, ok, err := th.Next(it)
		if err != nil {
			return nil, err
		}
		if ok {
			return nil, Errorf(ValueErrorType, "too many values to unpack (expected %d)", before)
		}
		return items, nil
	}
	rest, err := th.iterateToSlice(it)
	if err != nil {
		return nil, err
	}
	if len(rest) < after {
		return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, before+len(rest))
	}
	mid := rest[:len(rest)-after]
	items = append(items, Obj(NewList(append([]Value(nil), mid...))))
	items = append(items, rest[len(rest)-after:]...)
	return items, nil
}

// unpackStarredSequence is `a, *b, c = v` for an exact tuple or list long
// enough: the starred list is built with one allocation and no iterator.
// It reports false when v needs the general protocol (or an error).
func unpackStarredSequence(v Value, before, after int) ([]Value, bool) {
	var seq []Value
	switch o := v.o.(type) {
	case *Tuple:
		seq = o.items
	case *List:
		seq = o.items
	default:
		return nil, false
	}
	if len(seq) < before+after {
		return nil, false
	}
	items := make([]Value, 0, before+1+after)
	items = append(items, seq[:before]...)
	mid := seq[before : len(seq)-after]
	items = append(items, Obj(NewList(append(make([]Value, 0, len(mid)), mid...))))
	return append(items, seq[len(seq)-after:]...), true
}

// Len implements len(v).
func (th *Thread) Len(v Value) (int, error) {
	switch o := v.o.(type) {
	case *Str:
		return o.Len(), nil
	case *List:
		return len(o.items), nil
	case *Tuple:
		return len(o.items), nil
	case *Dict:
		return o.Len(), nil
	case *Set:
		return o.Len(), nil
	case *Bytes:
		return len(o.b), nil
	case *Deque:
		return o.n, nil
	case *Range:
		n, ok := o.length()
		if !ok {
			return 0, lenError()
		}
		return int(n), nil
	}
	return th.lenOther(v)
}

// lenOther is the rest of Len, for the values its switch does not take;
// kept apart so that the switch stays as cheap as it was.
func (th *Thread) lenOther(v Value) (int, error) {
	if o, ok := v.o.(*Instance); ok && o.base != nil {
		// A subclass of a builtin container that keeps the builtin's
		// __len__: the length of the value it wraps, without calling.
		switch o.base.o.(type) {
		case *List, *Tuple, *Dict, *Set, *Str, *Bytes:
			if o.typ.lookupS(strDunderLen).Is(o.base.Type().lookupS(strDunderLen)) {
				return th.Len(*o.base)
			}
		}
	}
	r, found, err := th.callDunder(v, "__len__")
	if err != nil {
		return 0, err
	}
	if !found {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", v.Type().Name)
	}
	return th.lenResult(r)
}

func (th *Thread) lenResult(r Value) (int, error) {
	if !isIntLike(r) {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", r.Type().Name)
	}
	n := int64(r.n)
	if !r.IsSmallInt() && !r.IsBool() {
		// The sign is checked first, as in CPython's slot_sq_length.
		if b, ok := asBig(unwrap(r)); ok && b.Sign() < 0 {
			return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
		}
		return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	return int(n), nil
}

// Contains implements `x in container`.
func (th *Thread) Contains(container, x Value) (bool, error) {
	switch o := container.o.(type) {
	case *Str:
		s, ok := unwrap(x).o.(*Str)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", x.Type().Name)
		}
		return strings.Contains(o.s, s.s), nil
	case *Dict:
		_, ok, err := o.Get(th, x)
		return ok, err
	case *Set:
		return o.containsKey(th, x)
	case *List:
		return th.seqContains(&o.items, x)
	case *Tuple:
		return th.seqContains(&o.items, x)
	case *Range:
		if isExactIntOrBool(x) {
			return o.containsInt(x), nil
		}
		_, found, err := th.seqSearch(container, x)
		return found, err
	case *Bytes:
		return th.bytesContains(o, x)
	}
	if container.Type().Lookup("__contains__").IsNone() {
		return false, Errorf(TypeErrorType, "'%s' object is not a container", container.Type().Name)
	}
	r, found, err := th.callDunder(container, "__contains__", x)
	if err != nil {
		return false, err
	}
	if found {
		return th.Truth(r)
	}
	if !th.isIterable(container) {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", container.Type().Name)
	}
	it, err := th.Iter(container)
	if err != nil {
		return false, err
	}
	for {
		v, ok, err := th.Next(it)
		if err != nil || !ok {
			return false, err
		}
		// PyObject_RichCompareBool: the same object is equal without
		// its __eq__ being asked.
		eq, err := th.sameOrEqual(v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// strRepr is repr(s), its size checked first when it is large.
func (th *Thread) strRepr(s string) (string, error) {
	if th != nil && len(s) >= smallAlloc {
		if err := th.alloc(int64(code.StrReprSize(s))); err != nil {
			return "", err
		}
	}
	return code.StrRepr(s), nil
}

// bytesContains implements `x in o` for bytes and bytearray: x is a
// bytes-like object or an integer in range(256).
func (th *Thread) bytesContains(o *Bytes, x Value) (bool, error) {
	if sub, ok := bytesLike(x); ok {
		return bytes.Contains(o.b, sub), nil
	}
	// Any error of __index__ makes x a would-be buffer, as in CPython.
	iv, found, err := th.indexValue(x)
	if err != nil || !found {
		return false, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", x.Type().Name)
	}
	// An index beyond the machine's range is out of range(256) too.
	iv = unwrap(iv)
	i := int64(iv.n)
	if _, big := iv.o.(*BigInt); big || i < 0 || i > 255 {
		return false, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	// __index__ may have changed a bytearray: read it afterwards.
	return bytes.IndexByte(o.b, byte(i)) >= 0, nil
}

// seqContains implements `x in` a list or tuple. The items are read
// through a pointer because an item's __eq__ may change a list.
func (th *Thread) seqContains(items *[]Value, x Value) (bool, error) {
	i := 0
	if x.IsSmallInt() || x.IsBool() {
		// Against ints, bools, None and strs no Python code runs: those
		// items are compared as they stand, up to the first of another kind.
		s := *items
		for ; i < len(s); i++ {
			v := s[i]
			if v.IsSmallInt() || v.IsBool() {
				if v.n == x.n {
					return true, th.tickN(i + 1)
				}
				continue
			}
			if _, ok := v.o.(*Str); !ok && !v.IsNone() {
				break
			}
		}
		if err := th.tickN(i); err != nil {
			return false, err
		}
	}
	for ; i < len(*items); i++ {
		if err := th.tick(); err != nil {
			return false, err
		}
		v := (*items)[i]
		if eq, known := plainEqual(v, x); known {
			if eq {
				return true, nil
			}
			continue
		}
		eq, err := th.sameOrEqual(v, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// growList checks the allocation appending n items to l makes.
func (th *Thread) growList(l *List, n int) error {
	if len(l.items)+n <= cap(l.items) {
		return nil
	}
	return th.allocN(int64(len(l.items))+int64(n), valueBytes)
}

// listExtend appends the items of an iterable to l.
func (th *Thread) listExtend(l *List, v Value) error {
	switch o := v.o.(type) {
	case *List:
		if err := th.growList(l, len(o.items)); err != nil {
			return err
		}
		l.items = append(l.items, o.items...)
		return nil
	case *Tuple:
		if err := th.growList(l, len(o.items)); err != nil {
			return err
		}
		l.items = append(l.items, o.items...)
		return nil
	}
	items, err := th.iterateToSliceHinted(v)
	if err != nil {
		return err
	}
	if err := th.growList(l, len(items)); err != nil {
		return err
	}
	if len(l.items) == 0 {
		l.items = items // collected for l alone: taken over, not copied
		return nil
	}
	l.items = append(l.items, items...)
	return nil
}

func (th *Thread) setUpdate(s *Set, v Value) error {
	// A set or frozenset of a subclass gives its items as they are
	// stored, whatever its __iter__ does, as CPython's set_update_internal.
	if o, ok := unwrap(v).o.(*Set); ok {
		return s.merge(th, o)
	}
	switch o := v.o.(type) {
	case *Dict:
		if len(s.table) == 0 {
			s.table = s.small[:] // CPython's new set has its small table
		}
		if (s.fill+o.Len())*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + o.Len()) * 2)
		}
		for _, e := range o.entries {
			if e.key.o != nil {
				if err := s.addHashed(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if seq, ok := v.o.(*List); ok {
		// By index: an element's __hash__ or __eq__ may change the list.
		for i := 0; i < len(seq.items); i++ {
			if err := th.setAddGrowing(s, seq.items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if t, ok := v.o.(*Tuple); ok {
		for _, x := range t.items {
			if err := th.setAddGrowing(s, x); err != nil {
				return err
			}
		}
		return nil
	}
	if r, ok := v.o.(*Range); ok {
		// A range knows its length: a table no memory can hold fails
		// before the first element is added.
		n, ok := r.length()
		if !ok {
			return lenError()
		}
		if err := th.allocN(n, valueBytes); err != nil {
			return err
		}
	}
	it, err := th.Iter(v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		if err := th.setAddGrowing(s, x); err != nil {
			return err
		}
	}
}

// setEntryBytes is the size of a set table's slot.
const setEntryBytes = 24

// setAddGrowing adds x to s, a set a script fills from an iterable of
// any length: a large table's growth goes through alloc first.
func (th *Thread) setAddGrowing(s *Set, x Value) error {
	if err := th.tick(); err != nil {
		return err
	}
	if n := len(s.table); n*setEntryBytes >= smallAlloc && (s.fill+1)*5 >= (n-1)*3 {
		if err := th.allocN(int64(n)*4, setEntryBytes); err != nil {
			return err
		}
	}
	return s.Add(th, x)
}

// dictStorage returns the dict whose entries a merge reads as they are
// stored: an exact dict, or one of a subclass that keeps dict's __iter__
// (whatever its keys() and __getitem__ do), as CPython's dict_merge
// decides. Other mappings are read through keys() and __getitem__.
func dictStorage(v Value) (*Dict, bool) {
	if d, ok := v.o.(*Dict); ok {
		return d, true
	}
	if _, ok := v.o.(*Instance); !ok {
		return nil, false
	}
	d, ok := unwrap(v).o.(*Dict)
	if !ok {
		return nil, false
	}
	it := v.Type().Lookup("__iter__")
	return d, it.o != nil && it.o == DictType.Lookup("__iter__").o
}

// dictUpdate merges a mapping (or iterable of pairs) into d.
func (th *Thread) dictUpdate(d *Dict, v Value) error {
	if src, ok := dictStorage(v); ok {
		return mergeDict(d, src, func(k Value, h int64, x Value) error {
			return d.setHashed(th, k, h, x)
		})
	}
	ks, err := th.mappingKeys(v)
	if err != nil {
		return err
	}
	for _, k := range ks {
		x, err := th.GetItem(v, k)
		if err != nil {
			return err
		}
		if err := d.Set(th, k, x); err != nil {
			return err
		}
	}
	return nil
}

// dictFromKeys stores v under each key of iterable in r, the new object
// of dict.fromkeys, as CPython's _PyDict_FromKeys: into an empty exact
// dict, the keys of an exact dict or set go in with the hashes they hold;
// otherwise the iterable is iterated, and a mapping that is not an exact
// dict gets its items through __setitem__.
func (th *Thread) dictFromKeys(r, iterable, v Value) error {
	d, exact := r.o.(*Dict)
	if exact && d.Len() == 0 {
		switch src := iterable.o.(type) {
		case *Dict:
			d.reserve(src.Len())
			var err error
			src.itemsHashed(func(k Value, h int64, _ Value) bool {
				err = d.setHashed(th, k, h, v)
				return err == nil
			})
			return err
		case *Set:
			d.reserve(src.Len())
			for _, e := range src.table {
				if e.live() {
					if err := d.setHashed(th, e.key(), e.hash(), v); err != nil {
						return err
					}
				}
			}
			return nil
		}
	}
	if rg, ok := iterable.o.(*Range); ok && exact {
		// A range says how many keys it will give: one too many for
		// memory fails at once, as the dict would once filled.
		if n, ok := rg.length(); ok {
			if err := th.allocN(n, int64(unsafe.Sizeof(dictEntry{}))); err != nil {
				return err
			}
		}
	}
	it, err := th.Iter(iterable)
	if err != nil {
		return err
	}
	for {
		if err := th.tick(); err != nil {
			return err
		}
		k, ok, err := th.Next(it)
		if err != nil || !ok {
			return err
		}
		if exact {
			err = d.Set(th, k, v)
		} else {
			err = th.SetItem(r, k, v)
		}
		if err != nil {
			return err
		}
	}
}

// mergeDict merges the exact dict src into d through add, as CPython's
// dict_merge: an empty d takes a copy of a clean src's table, comparing no
// keys; otherwise d grows once, then takes src's items in order.
func mergeDict(d, src *Dict, add func(k Value, h int64, v Value) error) error {
	if d.cloneFrom(src) {
		return nil
	}
	d.reserve(src.Len())
	return mergeEntries(src, add)
}

// mergeEntries calls add with each item of src and its stored hash, in
// order. add may run a key's __eq__: when that changes how many entries
// src has, the merge stops with CPython's RuntimeError.
func mergeEntries(src *Dict, add func(k Value, h int64, v Value) error) error {
	n := len(src.entries)
	for i := 0; i < n && i < len(src.entries); i++ {
		e := src.entries[i]
		if e.key.o == nil {
			continue
		}
		if err := add(e.key, e.hash, e.val); err != nil {
			return err
		}
		if len(src.entries) != n {
			return Errorf(RuntimeErrorType, "dict mutated during update")
		}
	}
	return nil
}

// mappingKeys returns list(m.keys()) for a mapping that is not a dict, as
// CPython's PyMapping_Keys, which its generic dict merges read first.
func (th *Thread) mappingKeys(m Value) ([]Value, error) {
	keysFn, err := th.GetAttr(m, intern("keys"))
	if err != nil {
		return nil, err
	}
	keys, err := th.Call(keysFn, nil, nil)
	if err != nil {
		return nil, err
	}
	if !th.isIterable(keys) {
		return nil, Errorf(TypeErrorType, "%s.keys() returned a non-iterable (type %s)", m.Type().Name, keys.Type().Name)
	}
	return th.iterateToSlice(keys)
}

// dictMerge implements DICT_MERGE for f(**m): duplicate keys are errors.
// As CPython's, a mapping other than a dict is merged key by key in the
// order its keys() gives: each key is checked, then read with
// __getitem__, then stored.
func (th *Thread) dictMerge(d *Dict, v Value, callable Value) error {
	if _, ok := v.o.(*Dict); !ok && v.Type().Lookup("keys").o == nil {
		return Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", th.funcDesc(callable), v.Type().Name)
	}
	err := th.mergeKeywords(d, v)
	if dup, ok := err.(duplicateKeyword); ok {
		// Whatever the key (one that is not a str fails later, at the
		// call), as CPython's DICT_MERGE.
		name, err := th.Str(dup.key)
		if err != nil {
			return err
		}
		return Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", th.funcDesc(callable), name)
	}
	return err
}

// duplicateKeyword is mergeKeywords' error for a key given twice.
type duplicateKeyword struct{ key Value }

func (duplicateKeyword) Error() string { return "duplicate keyword argument" }

// mergeKeywords adds the items of the mapping v to d, stopping with a
// duplicateKeyword error at a key d has (CPython's _PyDict_MergeEx with
// override 2).
func (th *Thread) mergeKeywords(d *Dict, v Value) error {
	if src, ok := dictStorage(v); ok {
		return mergeDict(d, src, func(k Value, h int64, x Value) error {
			return th.mergeKeyword(d, k, h, x)
		})
	}
	ks, err := th.mappingKeys(v)
	if err != nil {
		return err
	}
	for _, k := range ks {
		if _, exists, err := d.Get(th, k); err != nil {
			return err
		} else if exists {
			return duplicateKeyword{k}
		}
		x, err := th.GetItem(v, k)
		if err != nil {
			return err
		}
		if err := d.Set(th, k, x); err != nil {
			return err
		}
	}
	return nil
}

// mergeKeyword stores k: x in d, or returns duplicateKeyword when d has k.
// k's hash is h: as CPython's dict_merge, a lookup then an insertion, both
// with the stored hash.
func (th *Thread) mergeKeyword(d *Dict, k Value, h int64, x Value) error {
	_, exists, err := d.getHashed(th, k, h)
	if err != nil {
		return err
	}
	if exists {
		return duplicateKeyword{k}
	}
	return d.setHashed(th, k, h, x)
}

// indexValue is CPython's _PyNumber_Index: v itself when it is an int (or
// an instance of a subclass of int), else the exact int its __index__
// returns. ok is false when v has no __index__. A result that is an
// instance of a strict subclass of int (a bool included) is accepted with
// CPython's DeprecationWarning and converted to a plain int.
func (th *Thread) indexValue(v Value) (Value, bool, error) {
	switch v.o.(type) {
	case intTag, boolTag, *BigInt:
		return v, true, nil
	}
	if isIntLike(v) {
		return v, true, nil
	}
	r, found, err := th.callDunder(v, "__index__")
	if err != nil || !found {
		return Null, found, err
	}
	r, err = th.exactIntResult(r, "__index__")
	return r, true, err
}

// index converts v to an int index via __index__ (CPython's
// PyNumber_AsSsize_t with IndexError): ints beyond int64 raise IndexError
// "cannot fit 'T' into an index-sized integer", T being v's type.
func (th *Thread) index(v Value) (int64, bool, error) {
	switch v.o.(type) {
	case intTag, boolTag:
		return int64(v.n), true, nil
	}
	return th.indexOr(v, IndexErrorType)
}

// indexOr is index with the exception type CPython's PyNumber_AsSsize_t
// is given for ints beyond int64.
func (th *Thread) indexOr(v Value, overflow *Type) (int64, bool, error) {
	r, ok, err := th.indexValue(v)
	if err != nil || !ok {
		return 0, ok, err
	}
	r = unwrap(r)
	if _, big := r.o.(*BigInt); big {
		return 0, true, Errorf(overflow, "cannot fit '%s' into an index-sized integer", v.Type().Name)
	}
	return int64(r.n), true, nil
}

// bigIndex converts an argument CPython reads with PyNumber_Index into an
// exact integer, with CPython's TypeError for other types.
func (th *Thread) bigIndex(v Value) (*big.Int, error) {
	r, ok, err := th.indexValue(v)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	b, _ := asBig(unwrap(r))
	return b, nil
}

// isNumber is CPython's PyNumber_Check: v converts with __index__,
// __int__ or __float__.
func (th *Thread) isNumber(v Value) bool {
	switch unwrap(v).o.(type) {
	case intTag, boolTag, floatTag, *BigInt:
		return true
	}
	t := v.Type()
	for _, name := range []string{"__index__", "__int__", "__float__"} {
		if m := t.Lookup(name); m.o != nil && !m.IsNone() {
			return true
		}
	}
	return false
}

// sliceIndices resolves a slice against a sequence of length n. n must
// not depend on the slice's __index__ methods, which run first; containers
// whose length a callback can change use unpackSlice, then adjust with the
// length read afterwards.
func (th *Thread) sliceIndices(s *Slice, n int) (start, stop, step int, err error) {
	a, err := th.unpackSlice(s)
	if err != nil {
		return 0, 0, 0, err
	}
	start, stop, step = a.adjust(n)
	return start, stop, step, nil
}

// indexSaturated converts v with __index__ (called once), saturating
// values beyond int64 as CPython's _PyEval_SliceIndex does. ok is false
// when v has no __index__.
func (th *Thread) indexSaturated(v Value) (int64, bool, error) {
	r, ok, err := th.indexValue(v)
	if err != nil || !ok {
		return 0, ok, err
	}
	r = unwrap(r)
	if b, ok := r.o.(*BigInt); ok {
		if b.b.Sign() < 0 {
			return math.MinInt64, true, nil
		}
		return math.MaxInt64, true, nil
	}
	return int64(r.n), true, nil
}

// sliceArgs are a slice's bounds converted to integers, before they are
// resolved against a length (CPython's PySlice_Unpack).
type sliceArgs struct {
	start, stop, step int64
}

// unpackSlice converts a slice's bounds with __index__, each once; out of
// range values saturate as in CPython.
func (th *Thread) unpackSlice(s *Slice) (sliceArgs, error) {
	conv := func(v Value) (int64, error) {
		i, ok, err := th.indexSaturated(v)
		if err == nil && !ok {
			err = Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return i, err
	}
	a := sliceArgs{step: 1}
	var err error
	if !s.Step.IsNone() {
		if a.step, err = conv(s.Step); err != nil {
			return a, err
		}
		if a.step == 0 {
			return a, Errorf(ValueErrorType, "slice step cannot be zero")
		}
		if a.step < -math.MaxInt64 {
			a.step = -math.MaxInt64 // so that -step does not overflow
		}
	}
	if s.Start.IsNone() {
		a.start = 0
		if a.step < 0 {
			a.start = math.MaxInt64
		}
	} else if a.start, err = conv(s.Start); err != nil {
		return a, err
	}
	if s.Stop.IsNone() {
		a.stop = math.MaxInt64
		if a.step < 0 {
			a.stop = math.MinInt64
		}
	} else if a.stop, err = conv(s.Stop); err != nil {
		return a, err
	}
	return a, nil
}

// adjust resolves the bounds against a sequence of length n (CPython's
// PySlice_AdjustIndices).
func (a sliceArgs) adjust(n int) (start, stop, step int) {
	clamp := func(x int64) int {
		if x < 0 {
			x += int64(n)
			if x < 0 {
				if a.step < 0 {
					return -1
				}
				return 0
			}
		} else if x >= int64(n) {
			if a.step < 0 {
				return n - 1
			}
			return n
		}
		return int(x)
	}
	return clamp(a.start), clamp(a.stop), int(a.step)
}

// sliceLen returns the number of items of a slice resolved by adjust,
// without overflow for any step (as PySlice_AdjustIndices).
func sliceLen(start, stop, step int) int {
	if step > 0 {
		if stop <= start {
			return 0
		}
		return (stop-start-1)/step + 1
	}
	if stop >= start {
		return 0
	}
	return (start-stop-1)/-step + 1
}

// enterRecursive counts a level of Go-level recursion over Python data
// (nested containers), raising RecursionError at the limit as CPython's
// Py_EnterRecursiveCall does. The level also counts toward the Go-stack
// bound (see enterGo).
func (th *Thread) enterRecursive(where string) error {
	if err := th.enterGo(where); err != nil {
		return err
	}
	th.depth++
	if th.depth > th.interp.recursionLimit {
		th.depth--
		th.goDepth--
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

func (th *Thread) leaveRecursive() {
	th.depth--
	th.goDepth--
}

// DefaultNestingLimit is the default for Options.NestingLimit.
const DefaultNestingLimit = 20000

// enterGo counts a level of recursion on the Go stack: Go code calling
// back into Python (a nested interpreter loop, a special method), iterators
// wrapping iterators, recursion over nested data. Python-to-Python calls
// run in one loop and do not count. The bound is the host's
// (Options.NestingLimit), not sys.setrecursionlimit's, so that no script
// reaches Go's stack limit; beyond it the script gets RecursionError.
// Every successful enterGo is paired with leaveGo.
func (th *Thread) enterGo(where string) error {
	if th.goDepth >= th.interp.nestingLimit {
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded%s", where)
	}
	th.goDepth++
	return nil
}

func (th *Thread) leaveGo() { th.goDepth-- }

// strDunderName is "__name__" interned: a function made at run time
// looks up its module's name with the cached hash.
var strDunderName = intern("__name__")

// Interned names of the iterator protocol's special methods.
var (
	strDunderIter = intern("__iter__")
	strDunderNext = intern("__next__")
	strDunderLen  = intern("__len__")
)
