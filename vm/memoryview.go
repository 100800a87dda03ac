package vm

// memoryview: one-dimensional views of bytes and bytearray objects, in the
// unsigned-byte format ('B'), with strided slicing.

// MemoryView is a Python memoryview over a bytes or bytearray object.
type MemoryView struct {
	src      *Bytes
	obj      Value // the object the view was made from
	start    int   // index in src of element 0
	step     int
	n        int // number of elements
	released bool
}

// Type implements Object.
func (*MemoryView) Type() *Type { return MemoryViewType }

// MemoryViewType is the memoryview type.
var MemoryViewType *Type

func (m *MemoryView) at(i int) *byte { return &m.src.b[m.start+i*m.step] }

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
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) != 0 {
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
			if n <= 1 {
				step = 1 // one item or none: keep the stride product in range
			}
			v := &MemoryView{src: m.src, obj: m.obj, start: m.start + start*m.step, step: m.step * step, n: n}
			m.src.export(v)
			return Obj(v), nil
		}
		i, err := m.index(th, args[0])
		if err != nil {
			return Null, err
		}
		return Int(int64(*m.at(i))), nil
	})
	method(t, "__setitem__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		if !m.src.mutable {
			return Null, Errorf(TypeErrorType, "cannot modify read-only memory")
		}
		if _, ok := args[0].o.(*Slice); ok {
			return Null, Errorf(NotImplementedErrorType, "pyjit does not support slice assignment to memoryview yet")
		}
		i, err := m.index(th, args[0])
		if err != nil {
			return Null, err
		}
		v := args[1]
		if !v.IsSmallInt() || v.n > 255 {
			return Null, Errorf(ValueErrorType, "memoryview: invalid value for format 'B'")
		}
		*m.at(i) = byte(v.n)
		return None, nil
	})
	method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		items := make([]Value, m.n)
		for i := range items {
			items[i] = Int(int64(*m.at(i)))
		}
		return th.Iter(Obj(NewList(items)))
	})
	method(t, "__eq__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m := self.o.(*MemoryView)
		if other, ok := args[0].o.(*MemoryView); ok && other == m {
			return True, nil
		}
		if m.released {
			return False, nil
		}
		b, ok := bytesLike(args[0])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(string(m.bytes()) == string(b)), nil
	})
	method(t, "tobytes", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		return Obj(&Bytes{b: m.bytes()}), nil
	})
	method(t, "tolist", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		items := make([]Value, m.n)
		for i := range items {
			items[i] = Int(int64(*m.at(i)))
		}
		return Obj(NewList(items)), nil
	})
	method(t, "hex", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		m, err := view(self)
		if err != nil {
			return Null, err
		}
		return th.hexMethod(m.bytes(), args, kw)
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
	getter("readonly", func(m *MemoryView) Value { return Bool(!m.src.mutable) })
	getter("itemsize", func(m *MemoryView) Value { return Int(1) })
	getter("ndim", func(m *MemoryView) Value { return Int(1) })
	getter("format", func(m *MemoryView) Value { return String("B") })
	getter("shape", func(m *MemoryView) Value { return TupleOf(Int(int64(m.n))) })
}

// index converts a subscript to an element index, with memoryview's errors.
func (m *MemoryView) index(th *Thread, k Value) (int, error) {
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
