package vm

import (
	"math"
	"strings"

	"github.com/pyjit/pyjit/vm/lib/structfmt"
)

// memoryview: views of bytes and bytearray objects in every native
// single-character struct format a cast accepts, of any number of
// dimensions up to 64, with strided slicing of the first dimension.

// MemoryView is a Python memoryview over a bytes or bytearray object.
type MemoryView struct {
	src      *Bytes
	obj      Value // the object the view was made from
	start    int   // offset in src of the item at index 0 in every dimension
	shape    []int // items along each dimension; shared by copies, never changed in place
	strides  []int // bytes from one item to the next along each dimension; likewise
	released bool
	hashed   bool // hashv holds the view's hash, kept after release
	hashv    int64
	readonly bool   // made by toreadonly (a bytes source is read-only anyway)
	format   string // "" for 'B', else the format given to cast
	isize    int    // bytes of an item; 0 for the one-byte formats
}

// newByteView is a one-dimensional view of the first n bytes of src,
// made from obj.
func newByteView(src *Bytes, obj Value, n int) *MemoryView {
	return &MemoryView{src: src, obj: obj, shape: []int{n}, strides: []int{1}}
}

// derive is a new view of m's memory with m's layout, exporting its
// source as m does.
func (m *MemoryView) derive() *MemoryView {
	v := *m
	v.released, v.hashed, v.hashv = false, false, 0
	m.src.export(&v)
	return &v
}

// Type implements Object.
func (*MemoryView) Type() *Type { return MemoryViewType }

// MemoryViewType is the memoryview type.
var MemoryViewType *Type

// fmt is the view's struct format.
func (m *MemoryView) fmt() string {
	if m.format == "" {
		return "B"
	}
	return m.format
}

// code is the format letter without its '@' prefix.
func (m *MemoryView) code() byte {
	f := m.fmt()
	return f[len(f)-1]
}

// isReadonly reports whether the view refuses assignment.
func (m *MemoryView) isReadonly() bool { return m.readonly || !m.src.mutable }

// nativeOrder is struct's native mode ('@'), the layout of every
// memoryview format.
var nativeOrder = &structfmt.Format{Order: '@'}

// nativeFormatSize is the item size of a native single-character format
// ('@' prefix allowed) that memoryview.cast accepts, or 0.
func nativeFormatSize(format string) int {
	code := strings.TrimPrefix(format, "@")
	if len(code) != 1 {
		return 0
	}
	switch code[0] {
	case 'c', 'b', 'B', '?':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8
	}
	return 0
}

// mulOK is a*b and whether it did not overflow.
func mulOK(a, b int) (int, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	r := a * b
	return r, r/b == a && !(a == -1 && b == math.MinInt) && !(b == -1 && a == math.MinInt)
}

// isByteFormat reports whether code is one of the formats a cast between
// formats must have on one side.
func isByteFormat(code byte) bool { return code == 'B' || code == 'b' || code == 'c' }

// memoryPack converts v to an item of m's format in dst, with
// memoryview's errors: a TypeError for a value of the wrong type, a
// ValueError for one out of the format's range, and that of a released
// view when the conversion released m.
func (th *Thread) memoryPack(m *MemoryView, dst []byte, v Value) error {
	f := m.fmt()
	typeErr := func() error { return Errorf(TypeErrorType, "memoryview: invalid type for format '%s'", f) }
	valueErr := func() error { return Errorf(ValueErrorType, "memoryview: invalid value for format '%s'", f) }
	// fix turns the errors of the conversions into memoryview's.
	fix := func(err error) error {
		if e, isExc := err.(*Exception); isExc {
			switch {
			case e.typ.IsSubtype(TypeErrorType):
				return typeErr()
			case e.typ.IsSubtype(OverflowErrorType), e.typ.IsSubtype(ValueErrorType):
				return valueErr()
			}
		}
		return err
	}
	switch code := m.code(); code {
	case 'c':
		b, ok := v.o.(*Bytes)
		if !ok || b.mutable {
			return typeErr()
		}
		if len(b.b) != 1 {
			return valueErr()
		}
		dst[0] = b.b[0]
	case '?':
		t, err := th.Truth(v)
		if err != nil {
			return err
		}
		if err := m.check(); err != nil {
			return err
		}
		dst[0] = 0
		if t {
			dst[0] = 1
		}
	case 'f', 'd':
		x, err := th.numberFloat(v)
		if err != nil {
			return fix(err)
		}
		if err := m.check(); err != nil {
			return err
		}
		if code == 'f' {
			putBits(dst, uint64(math.Float32bits(float32(x))), true)
		} else {
			putBits(dst, math.Float64bits(x), true)
		}
	case 'P':
		// PyLong_AsVoidPtr: an int, not an object with __index__.
		if !isIntLike(v) {
			return typeErr()
		}
		i, fitsI, u, fitsU := intFits(unwrap(v))
		if !fitsI && !fitsU {
			return valueErr()
		}
		if fitsI {
			u = uint64(i)
		}
		putBits(dst, u, true)
	default:
		x, ok, err := th.indexValue(v)
		if err != nil {
			return fix(err)
		}
		if !ok {
			return typeErr()
		}
		if err := m.check(); err != nil {
			return err
		}
		bits, ok := intBits(unwrap(x), len(dst), strings.IndexByte("bhilqn", code) >= 0)
		if !ok {
			return valueErr()
		}
		putBits(dst, bits, true)
	}
	return nil
}

// intBits is the two's complement of the int x in size bytes, and whether
// x is in range of the signed or unsigned integers of that size.
func intBits(x Value, size int, signed bool) (uint64, bool) {
	i, fitsI, u, fitsU := intFits(x)
	if signed {
		lim := int64(1) << (8*size - 1)
		if !fitsI || size < 8 && (i < -lim || i >= lim) {
			return 0, false
		}
		return uint64(i), true
	}
	if !fitsU || size < 8 && u >= 1<<(8*size) {
		return 0, false
	}
	return u, true
}

func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueErrorType, "operation forbidden on released memoryview object")
	}
	if !m.fits() {
		return Errorf(BufferErrorType, "memoryview: the underlying bytearray was resized")
	}
	return nil
}

// checkItemFormat refuses to read or write the items of a view whose
// format has no Python value: 'w', the UCS-4 characters of an
// array('u').
func (m *MemoryView) checkItemFormat() error {
	if m.code() == 'w' {
		return Errorf(NotImplementedErrorType, "memoryview: format w not supported")
	}
	return nil
}

// fits reports whether the view still lies within its bytearray, which,
// unlike CPython's, may shrink while views of it exist.
func (m *MemoryView) fits() bool {
	if m.count() == 0 {
		return true
	}
	lo, hi := m.span()
	return lo >= 0 && hi <= len(m.src.b)
}

// bytesLike returns the bytes of a bytes-like object.
func bytesLike(v Value) ([]byte, bool) {
	switch o := bufferObject(v).o.(type) {
	case *Bytes:
		return o.b, true
	case *MemoryView:
		if !o.released && o.fits() {
			return o.bytes(), true
		}
	}
	return nil, false
}

func initMemoryView() {
	t := newBuiltinType("memoryview", ObjectType)
	t.final = true
	MemoryViewType = t
	builtinWeakrefs[t] = true
	view := func(self Value) (*MemoryView, error) {
		m := self.o.(*MemoryView)
		return m, m.check()
	}
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) > 1 || len(kw) == 1 && kw[0] != "object" {
			return Null, Errorf(TypeErrorType, "memoryview() takes exactly one argument")
		}
		switch o := unwrap(args[1]).o.(type) {
		case *Bytes:
			m := newByteView(o, args[1], len(o.b))
			o.export(m)
			return Obj(m), nil
		case bufferExporter:
			m := o.bufferView(args[1])
			m.src.export(m)
			return Obj(m), nil
		case *MemoryView:
			if err := o.check(); err != nil {
				return Null, err
			}
			return Obj(o.derive()), nil
		}
		return Null, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", args[1].Type().Name)
	}}))
	method(t, "__len__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		return Int(int64(m.length())), err
	})
	method(t, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		return th.memorySubscript(self, m, args[0])
	})
	method(t, "__setitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		return None, th.memoryAssign(m, args[0], args[1])
	})
	method(t, "__delitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		if m.isReadonly() {
			return Null, Errorf(TypeErrorType, "cannot modify read-only memory")
		}
		return Null, Errorf(TypeErrorType, "cannot delete memory")
	})
	method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		switch {
		case m.ndim() == 0:
			return Null, errZeroDimIndex()
		case m.ndim() > 1:
			return Null, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
		}
		if err := m.checkItemFormat(); err != nil {
			return Null, err
		}
		return Obj(&memoryIter{m: m}), nil
	})
	method(t, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.memoryEqual(self.o.(*MemoryView), args[0])
	})
	method(t, "__ne__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := th.memoryEqual(self.o.(*MemoryView), args[0])
		if err != nil || r.IsNotImplemented() {
			return r, err
		}
		return Bool(!r.Is(True)), nil
	})
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return NotImplemented, nil
		})
	}
	method(t, "__hash__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		h, err := self.o.(*MemoryView).hash(th)
		return Int(h), err
	})
	method(t, "tobytes", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var order Value
		if err := unpackArgs("tobytes", args, kw, 0, []string{"order"}, &order); err != nil {
			return Null, err
		}
		ord, err := th.orderArg(order)
		if err != nil {
			return Null, err
		}
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		fortran := ord == 'F' || ord == 'A' && m.fContiguous() && !m.cContiguous()
		return Obj(&Bytes{b: m.bytesIn(fortran)}), nil
	})
	method(t, "toreadonly", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		c := m.derive()
		c.readonly = true
		return Obj(c), nil
	})
	method(t, "cast", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var format, shape Value
		if err := unpackArgs("cast", args, kw, 1, []string{"format", "shape"}, &format, &shape); err != nil {
			return Null, err
		}
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		return th.memoryCast(m, format, shape)
	})
	method(t, "tolist", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err == nil {
			err = m.checkItemFormat()
		}
		if err != nil {
			return Null, err
		}
		return m.tolist(), nil
	})
	method(t, "hex", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.hexMethod(func() ([]byte, error) {
			m, err := view(self)
			if err != nil {
				return nil, err
			}
			return m.bytes(), nil
		}, args, kw)
	})
	method(t, "release", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		self.o.(*MemoryView).released = true
		return None, nil
	})
	method(t, "__enter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		_, err := view(self)
		return self, err
	})
	method(t, "__exit__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		self.o.(*MemoryView).released = true
		return None, nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if self.o.(*MemoryView).released {
			return String("<released memory at " + addr(self) + ">"), nil
		}
		return String("<memory at " + addr(self) + ">"), nil
	})
	getter := func(name string, f func(m *MemoryView) Value) {
		t.addGetSet(name, func(th *Thread, v Value) (Value, error) {
			m, err := view(v)
			if err != nil {
				return Null, err
			}
			return f(m), nil
		}, nil)
	}
	getter("obj", func(m *MemoryView) Value { return m.obj })
	getter("nbytes", func(m *MemoryView) Value { return Int(int64(m.nbytes())) })
	getter("readonly", func(m *MemoryView) Value { return Bool(m.isReadonly()) })
	getter("itemsize", func(m *MemoryView) Value { return Int(int64(m.itemsize())) })
	getter("ndim", func(m *MemoryView) Value { return Int(int64(m.ndim())) })
	getter("format", func(m *MemoryView) Value { return String(m.fmt()) })
	getter("shape", func(m *MemoryView) Value { return intsTuple(m.shape) })
	getter("strides", func(m *MemoryView) Value { return intsTuple(m.strides) })
	getter("suboffsets", func(m *MemoryView) Value { return TupleOf() })
	getter("c_contiguous", func(m *MemoryView) Value { return Bool(m.cContiguous()) })
	getter("f_contiguous", func(m *MemoryView) Value { return Bool(m.fContiguous()) })
	getter("contiguous", func(m *MemoryView) Value { return Bool(m.cContiguous() || m.fContiguous()) })
}

// errZeroDimIndex is the error of a subscript of a view of no
// dimensions other than ... and ().
func errZeroDimIndex() error {
	return Errorf(TypeErrorType, "invalid indexing of 0-dim memory")
}

// isScalarKey reports whether k is ... or (), the keys of the item of a
// view of no dimensions.
func isScalarKey(k Value) bool {
	t, isTuple := k.o.(*Tuple)
	return k.Is(EllipsisValue) || isTuple && len(t.items) == 0
}

// memorySubscript is m[k] of the memoryview self: an item for an index
// or a tuple of one index for each dimension, a view for a slice of the
// first dimension, and CPython's errors for the sub-views it refuses.
func (th *Thread) memorySubscript(self Value, m *MemoryView, k Value) (Value, error) {
	if m.ndim() == 0 {
		switch {
		case k.Is(EllipsisValue):
			return self, nil
		case !isScalarKey(k):
			return Null, errZeroDimIndex()
		}
		if err := m.checkItemFormat(); err != nil {
			return Null, err
		}
		return m.itemAt(m.start), nil
	}
	if s, ok := k.o.(*Slice); ok {
		return th.memorySlice(m, s)
	}
	if err := m.checkItemFormat(); err != nil {
		return Null, err
	}
	off, err := m.keyOffset(th, k, false)
	if err == nil {
		// An __index__ may have released the view.
		err = m.check()
	}
	if err != nil {
		return Null, err
	}
	return m.itemAt(off), nil
}

// memorySlice is m[s]: a view of the items of the first dimension the
// slice names.
func (th *Thread) memorySlice(m *MemoryView, s *Slice) (Value, error) {
	start, stop, step, err := th.sliceIndices(s, m.shape[0])
	if err != nil {
		return Null, err
	}
	// The new stride cannot overflow over more than one item, which lie
	// within the buffer.
	stride := m.itemsize()
	if s, ok := mulOK(m.strides[0], step); ok {
		stride = s
	}
	v := m.derive() // an __index__ may have released m, not the new view
	v.start = m.offset1(start)
	v.shape = append([]int{sliceLen(start, stop, step)}, m.shape[1:]...)
	v.strides = append([]int{stride}, m.strides[1:]...)
	return Obj(v), nil
}

// memoryAssign is m[k] = v.
func (th *Thread) memoryAssign(m *MemoryView, k, v Value) error {
	if m.isReadonly() {
		return Errorf(TypeErrorType, "cannot modify read-only memory")
	}
	if m.ndim() == 0 {
		if !isScalarKey(k) {
			return errZeroDimIndex()
		}
		if err := m.checkItemFormat(); err != nil {
			return err
		}
		return th.memoryStore(m, m.start, v)
	}
	if sl, ok := k.o.(*Slice); ok {
		if m.ndim() != 1 {
			return errSliceAssignNDim()
		}
		return th.memorySetSlice(m, sl, v)
	}
	if err := m.checkItemFormat(); err != nil {
		return err
	}
	off, err := m.keyOffset(th, k, true)
	if err != nil {
		return err
	}
	return th.memoryStore(m, off, v)
}

// memoryStore packs v into the item at offset off, once the conversion,
// which may run Python code that releases the view, is done.
func (th *Thread) memoryStore(m *MemoryView, off int, v Value) error {
	item := make([]byte, m.itemsize())
	if err := th.memoryPack(m, item, v); err != nil {
		return err
	}
	// The key's __index__ may have released m, and packing 'c' or 'P'
	// checks nothing.
	if err := m.check(); err != nil {
		return err
	}
	copy(m.itemBytesAt(off), item)
	return nil
}

// errSliceAssignNDim is the error of a slice assignment to a view of more
// than one dimension.
func errSliceAssignNDim() error {
	return Errorf(NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1")
}

// keyOffset is the offset of the item a subscript names: an index for a
// one-dimensional view, or a tuple of an index for each dimension. Other
// keys are refused with CPython's errors, which differ between reading
// (set false) and assignment.
func (m *MemoryView) keyOffset(th *Thread, k Value, set bool) (int, error) {
	if hasIndex(k) {
		if m.ndim() > 1 {
			if set {
				return 0, Errorf(NotImplementedErrorType, "sub-views are not implemented")
			}
			return 0, Errorf(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
		}
		i, err := m.dimIndex(th, k, 0)
		return m.offset1(i), err
	}
	t, ok := k.o.(*Tuple)
	if !ok {
		return 0, Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	switch {
	case allItems(t.items, hasIndex):
		return m.tupleOffset(th, t.items)
	case len(t.items) > 0 && allItems(t.items, isSlice) && set:
		return 0, errSliceAssignNDim()
	case len(t.items) > 0 && allItems(t.items, isSlice):
		return 0, Errorf(NotImplementedErrorType, "multi-dimensional slicing is not implemented")
	}
	return 0, Errorf(TypeErrorType, "memoryview: invalid slice key")
}

// allItems reports whether every item satisfies f.
func allItems(items []Value, f func(Value) bool) bool {
	for _, x := range items {
		if !f(x) {
			return false
		}
	}
	return true
}

// isSlice reports whether v is a slice object.
func isSlice(v Value) bool {
	_, ok := v.o.(*Slice)
	return ok
}

// tupleOffset is the offset of the item named by one index for each
// dimension.
func (m *MemoryView) tupleOffset(th *Thread, indices []Value) (int, error) {
	switch {
	case len(indices) < m.ndim():
		return 0, Errorf(NotImplementedErrorType, "sub-views are not implemented")
	case len(indices) > m.ndim():
		return 0, Errorf(TypeErrorType, "cannot index %d-dimension view with %d-element tuple", m.ndim(), len(indices))
	}
	off := m.start
	for d, k := range indices {
		i, err := m.dimIndex(th, k, d)
		if err != nil {
			return 0, err
		}
		off += i * m.strides[d]
	}
	return off, nil
}

// dimIndex converts an index along dimension d, negative ones counting
// from its end, with memoryview's errors.
func (m *MemoryView) dimIndex(th *Thread, k Value, d int) (int, error) {
	i, ok, err := th.index(k)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	n := int64(m.shape[d])
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexErrorType, "index out of bounds on dimension %d", d+1)
	}
	return int(i), nil
}

// memoryEqual is memoryview.__eq__: views are equal to bytes-like objects
// of the same shape whose elements compare equal in their formats.
func (th *Thread) memoryEqual(m *MemoryView, other Value) (Value, error) {
	o, isView := other.o.(*MemoryView)
	if m.released || isView && o.released {
		return Bool(isView && o == m), nil
	}
	if !isView {
		switch b := bufferObject(other).o.(type) {
		case *Bytes:
			o = newByteView(b, Null, len(b.b))
		case *MemoryView:
			o = b
		default:
			return NotImplemented, nil
		}
	}
	if m.checkItemFormat() != nil || o.checkItemFormat() != nil {
		// CPython compares views of formats it cannot unpack as unequal.
		return False, nil
	}
	if !m.fits() || !o.fits() {
		return NotImplemented, nil
	}
	if !m.sameShape(o) {
		return False, nil
	}
	if m.code() == o.code() && !strings.ContainsRune("fd?", rune(m.code())) {
		// Equal integers or bytes of one format have equal memory.
		return Bool(string(m.bytes()) == string(o.bytes())), nil
	}
	mine, theirs := m.items(), o.items()
	for i, x := range mine {
		eq, err := th.Equal(x, theirs[i])
		if err != nil || !eq {
			return Bool(eq), err
		}
	}
	return True, nil
}

// hash is hash(m): read-only views hash as the bytes they show.
func (m *MemoryView) hash(th *Thread) (int64, error) {
	if m.hashed {
		return m.hashv, nil
	}
	if m.released {
		return 0, Errorf(ValueErrorType, "operation forbidden on released memoryview object")
	}
	if !m.isReadonly() {
		return 0, Errorf(ValueErrorType, "cannot hash writable memoryview object")
	}
	if !isByteFormat(m.code()) {
		return 0, Errorf(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	if err := m.check(); err != nil {
		return 0, err
	}
	// As CPython, the exporting object must be hashable too.
	if m.obj.o != nil {
		if _, err := th.Hash(m.obj); err != nil {
			return 0, err
		}
	}
	m.hashv, m.hashed = hashBytesData(m.bytes()), true
	return m.hashv, nil
}

// orderArg is the order argument of memoryview.tobytes: 'C' (the
// default), 'F' or 'A'.
func (th *Thread) orderArg(order Value) (byte, error) {
	if order.o == nil || order.IsNone() {
		return 'C', nil
	}
	s, ok := unwrap(order).o.(*Str)
	if !ok {
		return 0, Errorf(TypeErrorType, "tobytes() argument 'order' must be str or None, not %s", order.Type().Name)
	}
	if hasSurrogate(s.s) {
		_, err := th.encodeStr("tobytes", s, order, Null, Null)
		return 0, err
	}
	switch s.s {
	case "C", "F", "A":
		return s.s[0], nil
	}
	return 0, Errorf(ValueErrorType, "order must be 'C', 'F' or 'A'")
}

// memoryCast is memoryview.cast(format, shape): a view of the same bytes
// of a C-contiguous view in another format, one of the two a byte
// format, of one dimension or of the shape given; a cast is from one
// dimension or to one.
func (th *Thread) memoryCast(m *MemoryView, format, shape Value) (Value, error) {
	fs, ok := unwrap(format).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "cast() argument 'format' must be str, not %s", format.Type().Name)
	}
	if !m.cContiguous() {
		return Null, Errorf(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	if (shape.o != nil || m.ndim() != 1) && m.zeroInShape() {
		return Null, Errorf(TypeErrorType, "memoryview: cannot cast view with zeros in shape or strides")
	}
	var dims []Value
	if shape.o != nil {
		switch o := shape.o.(type) {
		case *List:
			dims = o.items
		case *Tuple:
			dims = o.items
		default:
			return Null, Errorf(TypeErrorType, "shape must be a list or a tuple")
		}
		if len(dims) > 64 {
			return Null, Errorf(ValueErrorType, "memoryview: number of dimensions must not exceed 64")
		}
		if m.ndim() != 1 && len(dims) != 1 {
			return Null, Errorf(TypeErrorType, "memoryview: cast must be 1D -> ND or ND -> 1D")
		}
	}
	if !fs.isASCII() {
		// The format is encoded to ASCII first.
		if _, err := th.encodeStr("cast", fs, format, String("ascii"), Null); err != nil {
			return Null, err
		}
	}
	isize := nativeFormatSize(fs.s)
	if isize == 0 {
		return Null, Errorf(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !isByteFormat(m.code()) && !isByteFormat(fs.s[len(fs.s)-1]) {
		return Null, Errorf(TypeErrorType, "memoryview: cannot cast between two non-byte formats")
	}
	if m.nbytes()%isize != 0 {
		return Null, Errorf(TypeErrorType, "memoryview: length is not a multiple of itemsize")
	}
	c := m.derive()
	c.shape = []int{m.nbytes() / isize}
	c.strides = []int{isize}
	c.format = fs.s
	c.isize = isize
	if isize == 1 {
		c.isize = 0
	}
	if shape.o != nil {
		ints, err := castShape(dims, isize, m.nbytes())
		if err != nil {
			return Null, err
		}
		c.shape = ints
		c.strides = cStrides(ints, isize)
	}
	return Obj(c), nil
}

// castShape is the shape given to a cast: positive integers whose
// product is the view's items.
func castShape(dims []Value, itemsize, nbytes int) ([]int, error) {
	product := int64(itemsize)
	shape := make([]int, len(dims))
	for i, d := range dims {
		d = unwrap(d)
		if !isIntLike(d) {
			return nil, Errorf(TypeErrorType, "memoryview.cast(): elements of shape must be integers")
		}
		n, fits, _, _ := intFits(d)
		if !fits {
			return nil, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if n <= 0 {
			return nil, Errorf(ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
		}
		if n > math.MaxInt64/product {
			return nil, Errorf(ValueErrorType, "memoryview.cast(): product(shape) > SSIZE_MAX")
		}
		product *= n
		shape[i] = int(n)
	}
	if product != int64(nbytes) {
		return nil, Errorf(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
	}
	return shape, nil
}

// memorySetSlice is m[sl] = v: v is a bytes-like object of the slice's
// length in the view's format.
func (th *Thread) memorySetSlice(m *MemoryView, sl *Slice, v Value) error {
	var src *MemoryView
	switch o := bufferObject(v).o.(type) {
	case *Bytes:
		src = newByteView(o, Null, len(o.b))
	case *MemoryView:
		if err := o.check(); err != nil {
			return err
		}
		src = o
	default:
		return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	start, stop, step, err := th.sliceIndices(sl, m.shape[0])
	if err != nil {
		return err
	}
	// An __index__ may have released either view.
	if err := m.check(); err != nil {
		return err
	}
	if err := src.check(); err != nil {
		return err
	}
	n := sliceLen(start, stop, step)
	if src.ndim() != 1 || n != src.shape[0] || m.code() != src.code() || m.itemsize() != src.itemsize() {
		return Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
	}
	data := src.bytes()
	size := m.itemsize()
	for i := 0; i < n; i++ {
		copy(m.itemBytesAt(m.offset1(start+i*step)), data[i*size:(i+1)*size])
	}
	return nil
}
