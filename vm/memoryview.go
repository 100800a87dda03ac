package vm

import (
	"math"
	"strings"

	"github.com/pyjit/pyjit/vm/lib/structfmt"
)

// memoryview: one-dimensional views of bytes and bytearray objects in
// every native single-character struct format a cast accepts, with
// strided slicing.

// MemoryView is a Python memoryview over a bytes or bytearray object.
type MemoryView struct {
	src      *Bytes
	obj      Value // the object the view was made from
	start    int   // offset in src of item 0
	step     int   // bytes from one item to the next (the stride)
	n        int   // number of items
	released bool
	readonly bool   // made by toreadonly (a bytes source is read-only anyway)
	format   string // "" for 'B', else the format given to cast
	isize    int    // bytes of an item; 0 for the one-byte formats
}

// Type implements Object.
func (*MemoryView) Type() *Type { return MemoryViewType }

// MemoryViewType is the memoryview type.
var MemoryViewType *Type

// at is the first byte of item i.
func (m *MemoryView) at(i int) *byte { return &m.src.b[m.start+i*m.step] }

// itemBytes is the memory of item i.
func (m *MemoryView) itemBytes(i int) []byte {
	off := m.start + i*m.step
	return m.src.b[off : off+m.itemsize()]
}

// itemsize is the number of bytes of an item.
func (m *MemoryView) itemsize() int { return max(1, m.isize) }

// nbytes is the size of the view's items laid end to end.
func (m *MemoryView) nbytes() int { return m.n * m.itemsize() }

// contiguous reports whether the items lie end to end (C-contiguous).
func (m *MemoryView) contiguous() bool { return m.n == 1 || m.step == m.itemsize() }

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

// item is element i as Python sees it in the view's format.
func (m *MemoryView) item(i int) Value {
	if m.isize == 0 && m.code() == 'B' {
		return Int(int64(*m.at(i)))
	}
	return unpackItem(m.itemBytes(i), m.code(), nativeOrder)
}

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

// items returns the elements of the view.
func (m *MemoryView) items() []Value {
	out := make([]Value, m.n)
	for i := range out {
		out[i] = m.item(i)
	}
	return out
}

// memoryPack converts v to an item of m's format in dst, with
// memoryview's errors: a TypeError for a value of the wrong type, a
// ValueError for one out of the format's range.
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
		dst[0] = 0
		if t {
			dst[0] = 1
		}
	case 'f', 'd':
		x, err := th.numberFloat(v)
		if err != nil {
			return fix(err)
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

// bytes is the view's memory, its items laid end to end.
func (m *MemoryView) bytes() []byte {
	if m.contiguous() {
		return append([]byte(nil), m.src.b[m.start:m.start+m.nbytes()]...)
	}
	out := make([]byte, 0, m.nbytes())
	for i := 0; i < m.n; i++ {
		out = append(out, m.itemBytes(i)...)
	}
	return out
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
	if m.n == 0 {
		return true
	}
	lo, hi := m.start, m.start+(m.n-1)*m.step
	if lo > hi {
		lo, hi = hi, lo
	}
	return lo >= 0 && hi+m.itemsize() <= len(m.src.b)
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
			m := &MemoryView{src: o, obj: args[1], step: 1, n: len(o.b)}
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
			c := *o
			o.src.export(&c)
			return Obj(&c), nil
		}
		return Null, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", args[1].Type().Name)
	}}))
	method(t, "__len__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		return Int(int64(m.n)), err
	})
	method(t, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		if s, ok := args[0].o.(*Slice); ok {
			start, stop, step, err := th.sliceIndices(s, m.n)
			if err != nil {
				return Null, err
			}
			n := sliceLen(start, stop, step)
			// The new stride cannot overflow over more than one item,
			// which lie within the buffer.
			stride := m.itemsize()
			if s, ok := mulOK(m.step, step); ok {
				stride = s
			}
			v := &MemoryView{src: m.src, obj: m.obj, start: m.start + start*m.step, step: stride, n: n, readonly: m.readonly, format: m.format, isize: m.isize}
			m.src.export(v)
			return Obj(v), nil
		}
		if err := m.checkItemFormat(); err != nil {
			return Null, err
		}
		i, err := m.index(th, args[0])
		if err != nil {
			return Null, err
		}
		return m.item(i), nil
	})
	method(t, "__setitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		if m.isReadonly() {
			return Null, Errorf(TypeErrorType, "cannot modify read-only memory")
		}
		if sl, ok := args[0].o.(*Slice); ok {
			return None, th.memorySetSlice(m, sl, args[1])
		}
		if err := m.checkItemFormat(); err != nil {
			return Null, err
		}
		i, err := m.setIndex(th, args[0])
		if err != nil {
			return Null, err
		}
		return None, th.memoryPack(m, m.itemBytes(i), args[1])
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
		if err := th.checkOrderArg(order); err != nil {
			return Null, err
		}
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		return Obj(&Bytes{b: m.bytes()}), nil
	})
	method(t, "toreadonly", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		c := *m
		c.readonly = true
		m.src.export(&c)
		return Obj(&c), nil
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
		return Obj(NewList(m.items())), nil
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
	getter("ndim", func(m *MemoryView) Value { return Int(1) })
	getter("format", func(m *MemoryView) Value { return String(m.fmt()) })
	getter("shape", func(m *MemoryView) Value { return TupleOf(Int(int64(m.n))) })
	getter("strides", func(m *MemoryView) Value { return TupleOf(Int(int64(m.step))) })
	getter("suboffsets", func(m *MemoryView) Value { return TupleOf() })
	for _, name := range []string{"c_contiguous", "f_contiguous", "contiguous"} {
		getter(name, func(m *MemoryView) Value { return Bool(m.contiguous()) })
	}
}

// index converts a subscript to an element index, with memoryview's errors.
func (m *MemoryView) index(th *Thread, k Value) (int, error) {
	if t, ok := k.o.(*Tuple); ok {
		return m.tupleIndex(th, t, false)
	}
	i, ok, err := th.index(k)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "memoryview: invalid slice key")
	}
	if i < 0 {
		i += int64(m.n)
	}
	if i < 0 || i >= int64(m.n) {
		return 0, Errorf(IndexErrorType, "index out of bounds on dimension 1")
	}
	return int(i), nil
}

// setIndex is index for item assignment.
func (m *MemoryView) setIndex(th *Thread, k Value) (int, error) {
	if t, ok := k.o.(*Tuple); ok {
		return m.tupleIndex(th, t, true)
	}
	return m.index(th, k)
}

// tupleIndex is the item a tuple key names in a one-dimensional view:
// a tuple of one index names it; other tuples of indices or of slices
// are refused as CPython's refuses them.
func (m *MemoryView) tupleIndex(th *Thread, t *Tuple, set bool) (int, error) {
	indices, slices := true, len(t.items) > 0
	for _, x := range t.items {
		if _, isSlice := x.o.(*Slice); !isSlice {
			slices = false
		}
		if !isIntLike(x) && x.Type().Lookup("__index__").o == nil {
			indices = false
		}
	}
	switch {
	case indices && len(t.items) == 0:
		return 0, Errorf(NotImplementedErrorType, "sub-views are not implemented")
	case indices && len(t.items) > 1:
		return 0, Errorf(TypeErrorType, "cannot index 1-dimension view with %d-element tuple", len(t.items))
	case indices:
		return m.index(th, t.items[0])
	case slices && set:
		return 0, Errorf(NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1")
	case slices:
		return 0, Errorf(NotImplementedErrorType, "multi-dimensional slicing is not implemented")
	}
	return 0, Errorf(TypeErrorType, "memoryview: invalid slice key")
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
			o = &MemoryView{src: b, step: 1, n: len(b.b)}
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
	if m.n != o.n {
		return False, nil
	}
	if m.code() == o.code() && !strings.ContainsRune("fd?", rune(m.code())) {
		// Equal integers or bytes of one format have equal memory.
		return Bool(string(m.bytes()) == string(o.bytes())), nil
	}
	for i := 0; i < m.n; i++ {
		eq, err := th.Equal(m.item(i), o.item(i))
		if err != nil || !eq {
			return Bool(eq), err
		}
	}
	return True, nil
}

// hash is hash(m): read-only views hash as the bytes they show.
func (m *MemoryView) hash(th *Thread) (int64, error) {
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
	return hashBytesData(m.bytes()), nil
}

// checkOrderArg checks the order argument of memoryview.tobytes.
func (th *Thread) checkOrderArg(order Value) error {
	if order.o == nil || order.IsNone() {
		return nil
	}
	s, ok := unwrap(order).o.(*Str)
	if !ok {
		return Errorf(TypeErrorType, "tobytes() argument 'order' must be str or None, not %s", order.Type().Name)
	}
	if hasSurrogate(s.s) {
		_, err := th.encodeStr("tobytes", s, order, Null, Null)
		return err
	}
	switch s.s {
	case "C", "F", "A":
		return nil
	}
	return Errorf(ValueErrorType, "order must be 'C', 'F' or 'A'")
}

// memoryCast is memoryview.cast(format, shape) for one-dimensional views:
// one of the formats must be a byte format, and the bytes stay the same.
func (th *Thread) memoryCast(m *MemoryView, format, shape Value) (Value, error) {
	fs, ok := unwrap(format).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "cast() argument 'format' must be str, not %s", format.Type().Name)
	}
	if !m.contiguous() {
		return Null, Errorf(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	if shape.o != nil && m.n == 0 {
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
	c := *m
	c.step = isize
	c.n = m.nbytes() / isize
	c.format = fs.s
	c.isize = isize
	if isize == 1 {
		c.isize = 0
	}
	if shape.o != nil {
		if err := checkCastShape(dims, isize, m.nbytes()); err != nil {
			return Null, err
		}
	}
	m.src.export(&c)
	return Obj(&c), nil
}

// checkCastShape checks the shape given to a cast: positive integers
// whose product is the view's items. Only one dimension is supported.
func checkCastShape(dims []Value, itemsize, nbytes int) error {
	product := int64(itemsize)
	for _, d := range dims {
		d = unwrap(d)
		if !isIntLike(d) {
			return Errorf(TypeErrorType, "memoryview.cast(): elements of shape must be integers")
		}
		n, fits, _, _ := intFits(d)
		if !fits {
			return Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if n <= 0 {
			return Errorf(ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
		}
		if n > math.MaxInt64/product {
			return Errorf(ValueErrorType, "memoryview.cast(): product(shape) > SSIZE_MAX")
		}
		product *= n
	}
	if product != int64(nbytes) {
		return Errorf(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
	}
	if len(dims) != 1 {
		return Errorf(NotImplementedErrorType, "pyjit's memoryview does not support views of %d dimensions yet", len(dims))
	}
	return nil
}

// memorySetSlice is m[sl] = v: v is a bytes-like object of the slice's
// length in the view's format.
func (th *Thread) memorySetSlice(m *MemoryView, sl *Slice, v Value) error {
	var src *MemoryView
	switch o := unwrap(v).o.(type) {
	case *Bytes:
		src = &MemoryView{src: o, step: 1, n: len(o.b)}
	case *MemoryView:
		if err := o.check(); err != nil {
			return err
		}
		src = o
	default:
		return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
	}
	start, stop, step, err := th.sliceIndices(sl, m.n)
	if err != nil {
		return err
	}
	n := sliceLen(start, stop, step)
	if n != src.n || m.code() != src.code() || m.itemsize() != src.itemsize() {
		return Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
	}
	data := src.bytes()
	size := m.itemsize()
	for i := 0; i < n; i++ {
		copy(m.itemBytes(start+i*step), data[i*size:(i+1)*size])
	}
	return nil
}
