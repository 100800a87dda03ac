package vm

import (
	"math"
	"math/big"
	"strings"
)

// memoryview: one-dimensional views of bytes and bytearray objects in the
// one-byte formats ('B', 'b' and 'c'), with strided slicing.

// MemoryView is a Python memoryview over a bytes or bytearray object.
type MemoryView struct {
	src      *Bytes
	obj      Value // the object the view was made from
	start    int   // index in src of element 0
	step     int
	n        int // number of elements
	released bool
	readonly bool   // made by toreadonly (a bytes source is read-only anyway)
	format   string // "" for 'B', else the format given to cast
	// isize is the item size of a view cast to a native integer format
	// wider than a byte (0 otherwise); n then counts bytes. Such views
	// support len, tolist, tobytes and the attributes only.
	isize int
}

// Type implements Object.
func (*MemoryView) Type() *Type { return MemoryViewType }

// MemoryViewType is the memoryview type.
var MemoryViewType *Type

func (m *MemoryView) at(i int) *byte { return &m.src.b[m.start+i*m.step] }

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

// item is element i as Python sees it in the view's format.
func (m *MemoryView) item(i int) Value {
	c := *m.at(i)
	switch m.code() {
	case 'b':
		return Int(int64(int8(c)))
	case 'c':
		return Obj(&Bytes{b: []byte{c}})
	}
	return Int(int64(c))
}

// count is the number of items of the view.
func (m *MemoryView) count() int {
	if m.isize > 1 {
		return m.n / m.isize
	}
	return m.n
}

// wideIntSize is the size of the native integer formats wider than a
// byte, or 0.
func wideIntSize(code string) int {
	switch code {
	case "h", "H":
		return 2
	case "i", "I":
		return 4
	case "l", "L", "q", "Q", "n", "N":
		return 8
	}
	return 0
}

// wideItems decodes the items of a view of wide integers (native,
// little-endian order).
func (m *MemoryView) wideItems() []Value {
	signed := strings.ContainsAny(m.format, "hilqn")
	out := make([]Value, m.n/m.isize)
	for i := range out {
		var u uint64
		for k := m.isize - 1; k >= 0; k-- {
			u = u<<8 | uint64(*m.at(i*m.isize + k))
		}
		if signed {
			shift := 64 - 8*m.isize
			out[i] = Int(int64(u<<shift) >> shift)
		} else if u > math.MaxInt64 {
			out[i] = IntFromBig(new(big.Int).SetUint64(u))
		} else {
			out[i] = Int(int64(u))
		}
	}
	return out
}

// items returns the elements of the view.
func (m *MemoryView) items() []Value {
	out := make([]Value, m.n)
	for i := range out {
		out[i] = m.item(i)
	}
	return out
}

// memoryPack converts v to a byte for m's format, with struct's errors.
func (th *Thread) memoryPack(m *MemoryView, v Value) (byte, error) {
	f := m.fmt()
	typeErr := func() error { return Errorf(TypeErrorType, "memoryview: invalid type for format '%s'", f) }
	valueErr := func() error { return Errorf(ValueErrorType, "memoryview: invalid value for format '%s'", f) }
	if m.code() == 'c' {
		b, ok := v.o.(*Bytes)
		if !ok || b.mutable {
			return 0, typeErr()
		}
		if len(b.b) != 1 {
			return 0, valueErr()
		}
		return b.b[0], nil
	}
	i, ok, err := th.index(v)
	if err != nil {
		if e, isExc := err.(*Exception); isExc {
			switch {
			case e.typ.IsSubtype(TypeErrorType):
				return 0, typeErr()
			case e.typ.IsSubtype(OverflowErrorType), e.typ.IsSubtype(ValueErrorType):
				return 0, valueErr()
			}
		}
		return 0, err
	}
	if !ok {
		return 0, typeErr()
	}
	lo, hi := int64(0), int64(255)
	if m.code() == 'b' {
		lo, hi = -128, 127
	}
	if i < lo || i > hi {
		return 0, valueErr()
	}
	return byte(i), nil
}

func (m *MemoryView) bytes() []byte {
	out := make([]byte, m.n)
	for i := range out {
		out[i] = *m.at(i)
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
	return lo >= 0 && hi < len(m.src.b)
}

// bytesLike returns the bytes of a bytes-like object.
func bytesLike(v Value) ([]byte, bool) {
	switch o := unwrap(v).o.(type) {
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
	// narrow is view for the operations that views of wide items lack.
	narrow := func(self Value) (*MemoryView, error) {
		m := self.o.(*MemoryView)
		if err := m.check(); err != nil {
			return m, err
		}
		if m.isize > 1 {
			return m, Errorf(NotImplementedErrorType, "pyjit's memoryview does not support this operation on format '%s' yet", m.format)
		}
		return m, nil
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
		return Int(int64(m.count())), err
	})
	method(t, "__getitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := narrow(self)
		if err != nil {
			return Null, err
		}
		if s, ok := args[0].o.(*Slice); ok {
			start, stop, step, err := th.sliceIndices(s, m.n)
			if err != nil {
				return Null, err
			}
			n := sliceLen(start, stop, step)
			if n <= 1 {
				step = 1 // one item or none: keep the stride product in range
			}
			v := &MemoryView{src: m.src, obj: m.obj, start: m.start + start*m.step, step: m.step * step, n: n, readonly: m.readonly, format: m.format}
			m.src.export(v)
			return Obj(v), nil
		}
		i, err := m.index(th, args[0])
		if err != nil {
			return Null, err
		}
		return m.item(i), nil
	})
	method(t, "__setitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := narrow(self)
		if err != nil {
			return Null, err
		}
		if m.isReadonly() {
			return Null, Errorf(TypeErrorType, "cannot modify read-only memory")
		}
		if sl, ok := args[0].o.(*Slice); ok {
			return None, th.memorySetSlice(m, sl, args[1])
		}
		i, err := m.setIndex(th, args[0])
		if err != nil {
			return Null, err
		}
		c, err := th.memoryPack(m, args[1])
		if err != nil {
			return Null, err
		}
		*m.at(i) = c
		return None, nil
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
		m, err := narrow(self)
		if err != nil {
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
		if err != nil {
			return Null, err
		}
		if m.isize > 1 {
			return Obj(NewList(m.wideItems())), nil
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
	getter("nbytes", func(m *MemoryView) Value { return Int(int64(m.n)) })
	getter("readonly", func(m *MemoryView) Value { return Bool(m.isReadonly()) })
	getter("itemsize", func(m *MemoryView) Value { return Int(int64(max(1, m.isize))) })
	getter("ndim", func(m *MemoryView) Value { return Int(1) })
	getter("format", func(m *MemoryView) Value { return String(m.fmt()) })
	getter("shape", func(m *MemoryView) Value { return TupleOf(Int(int64(m.count()))) })
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
	if m.isize > 1 || isView && o.isize > 1 {
		return Null, Errorf(NotImplementedErrorType, "pyjit's memoryview does not support comparing views of wide formats yet")
	}
	if m.released || isView && o.released {
		return Bool(isView && o == m), nil
	}
	if !isView {
		b, ok := unwrap(other).o.(*Bytes)
		if !ok {
			return NotImplemented, nil
		}
		o = &MemoryView{src: b, step: 1, n: len(b.b)}
	}
	if !m.fits() || !o.fits() {
		return NotImplemented, nil
	}
	if m.n != o.n {
		return False, nil
	}
	if m.code() == o.code() {
		return Bool(string(m.bytes()) == string(o.bytes())), nil
	}
	for i := 0; i < m.n; i++ {
		a, b := m.item(i), o.item(i)
		if a.IsSmallInt() != b.IsSmallInt() || a.IsSmallInt() && a.n != b.n {
			return False, nil
		}
		if !a.IsSmallInt() && !bytesItemEqual(a, b) {
			return False, nil
		}
	}
	return True, nil
}

// bytesItemEqual compares two elements of format 'c' views.
func bytesItemEqual(a, b Value) bool {
	x, ok1 := a.o.(*Bytes)
	y, ok2 := b.o.(*Bytes)
	return ok1 && ok2 && string(x.b) == string(y.b)
}

// hash is hash(m): read-only views hash as the bytes they show.
func (m *MemoryView) hash(th *Thread) (int64, error) {
	if m.released {
		return 0, Errorf(ValueErrorType, "operation forbidden on released memoryview object")
	}
	if m.isize > 1 {
		return 0, Errorf(NotImplementedErrorType, "pyjit's memoryview does not support hashing views of wide formats yet")
	}
	if !m.isReadonly() {
		return 0, Errorf(ValueErrorType, "cannot hash writable memoryview object")
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

// memoryCast is memoryview.cast(format, shape) for one-dimensional views
// in the one-byte formats.
func (th *Thread) memoryCast(m *MemoryView, format, shape Value) (Value, error) {
	fs, ok := unwrap(format).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "cast() argument 'format' must be str, not %s", format.Type().Name)
	}
	if m.step != 1 && m.n > 1 {
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
	code := strings.TrimPrefix(fs.s, "@")
	if len(code) != 1 || !strings.Contains("cbB?hHiIlLqQnNfdeP", code) {
		return Null, Errorf(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	isize := wideIntSize(code)
	if !strings.Contains("cbB", code) && (isize == 0 || shape.o != nil || m.step != 1) {
		return Null, Errorf(NotImplementedErrorType, "pyjit's memoryview does not support format '%s' yet", fs.s)
	}
	if isize > 0 && m.n%isize != 0 {
		return Null, Errorf(TypeErrorType, "memoryview: length is not a multiple of itemsize")
	}
	if shape.o != nil {
		product := int64(1)
		for _, d := range dims {
			d = unwrap(d)
			n := int64(d.n)
			if !d.IsSmallInt() || n <= 0 {
				return Null, Errorf(ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
			}
			if product > math.MaxInt64/n {
				return Null, Errorf(ValueErrorType, "memoryview.cast(): product(shape) > SSIZE_MAX")
			}
			product *= n
		}
		if product != int64(m.n) {
			return Null, Errorf(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
		}
		if len(dims) != 1 {
			return Null, Errorf(NotImplementedErrorType, "pyjit's memoryview does not support views of %d dimensions yet", len(dims))
		}
	}
	c := *m
	c.step = 1
	c.format = fs.s
	c.isize = isize
	m.src.export(&c)
	return Obj(&c), nil
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
	if n != src.n || m.code() != src.code() {
		return Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
	}
	data := src.bytes()
	for i, c := range data {
		*m.at(start + i*step) = c
	}
	return nil
}
