package vm

// _io.BytesIO: a binary stream over an in-memory buffer
// (Modules/_io/bytesio.c). getbuffer exports the buffer as a memoryview,
// which blocks every change of the stream until the view is released.

// BytesIO is an instance of _io.BytesIO.
type BytesIO struct {
	// buf holds the contents; its memory is what getbuffer's views show.
	buf *Bytes
	// size is the length of the contents, buf.b[:size]; buf.b may be
	// longer while a view exports it.
	size   int
	pos    int
	closed bool
	dict   *Dict
}

// Type implements Object.
func (*BytesIO) Type() *Type { return BytesIOType }

func (b *BytesIO) ensureDict() *Dict {
	if b.dict == nil {
		b.dict = NewDict()
	}
	return b.dict
}

// data returns the contents.
func (b *BytesIO) data() []byte { return b.buf.b[:b.size] }

func newBytesIOState() *BytesIO {
	return &BytesIO{buf: &Bytes{b: []byte{}, mutable: true}}
}

// bioSelf returns the BytesIO of self, an instance of BytesIO or of a
// subclass (whose instances hold it as their base value).
func bioSelf(v Value) *BytesIO { return unwrap(v).o.(*BytesIO) }

// bio returns the BytesIO of self, refusing a closed stream.
func bio(self Value) (*BytesIO, error) {
	b := bioSelf(self)
	if b.closed {
		return nil, ioClosedError()
	}
	return b, nil
}

// checkExports returns the BufferError of a stream whose buffer a
// memoryview exports.
func (b *BytesIO) checkExports() error {
	return b.buf.canResize()
}

// write writes data at the position, padding an overseek with zeros.
func (th *Thread) bioWrite(b *BytesIO, data []byte) error {
	if len(data) == 0 {
		return nil
	}
	end := b.pos + len(data)
	if end > len(b.buf.b) {
		if end > cap(b.buf.b) {
			if err := th.alloc(int64(end + end/8)); err != nil {
				return err
			}
			nb := make([]byte, end, end+end/8)
			copy(nb, b.data())
			b.buf.b = nb
		} else {
			b.buf.b = b.buf.b[:end]
		}
	}
	if b.pos > b.size {
		clear(b.buf.b[b.size:b.pos])
	}
	copy(b.buf.b[b.pos:], data)
	b.pos = end
	b.size = max(b.size, end)
	return nil
}

// readline returns the next line of at most limit bytes (any number when
// negative).
func (b *BytesIO) readline(limit int64) []byte {
	rest := int64(b.size - b.pos)
	if rest <= 0 {
		return nil
	}
	if limit < 0 || limit > rest {
		limit = rest
	}
	seg := b.buf.b[b.pos : b.pos+int(limit)]
	n := len(seg)
	for i, c := range seg {
		if c == '\n' {
			n = i + 1
			break
		}
	}
	b.pos += n
	return seg[:n]
}

func bytesCopy(p []byte) Value { return Obj(&Bytes{b: append([]byte{}, p...)}) }

// bioRead is BytesIO.read and read1.
func bioRead(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	size, err := th.ioOptSize(args, 0)
	if err != nil {
		return Null, err
	}
	b, err := bio(self)
	if err != nil {
		return Null, err
	}
	n := int64(b.size - b.pos)
	if size < 0 || size > n {
		size = max(n, 0)
	}
	if size == 0 {
		return bytesCopy(nil), nil
	}
	r := bytesCopy(b.buf.b[b.pos : b.pos+int(size)])
	b.pos += int(size)
	return r, nil
}

// bioSetValue replaces the contents by data, the position by 0.
func (th *Thread) bioSetValue(b *BytesIO, v Value) error {
	b.buf.b, b.size, b.pos = []byte{}, 0, 0
	if v.o == nil || v.IsNone() {
		return nil
	}
	data, err := bytesLikeArg(v)
	if err != nil {
		return err
	}
	if err := th.bioWrite(b, data); err != nil {
		return err
	}
	b.pos = 0
	return nil
}

func initBytesIO(t *Type) {
	builtinWeakrefs[t] = true
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		b := newBytesIOState()
		if cls != BytesIOType {
			return newSubclassInstance(cls, Obj(b)), nil
		}
		return Obj(b), nil
	}}))
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := ioInitArgs("BytesIO", args, kw, "initial_bytes")
		if err != nil {
			return Null, err
		}
		b := bioSelf(self)
		// As in CPython, the stream is emptied before the check for
		// exports, which may then refuse the new value.
		b.size, b.pos = 0, 0
		if err := b.checkExports(); err != nil {
			return Null, err
		}
		return None, th.bioSetValue(b, a[0])
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			_, err := bio(self)
			return True, err
		})
	}
	method(t, "flush", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		_, err := bio(self)
		return None, err
	})
	method(t, "isatty", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		_, err := bio(self)
		return False, err
	})
	method(t, "close", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b := bioSelf(self)
		if err := b.checkExports(); err != nil {
			return Null, err
		}
		b.closed = true
		b.buf.b, b.size = []byte{}, 0
		return None, nil
	})
	method(t, "tell", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		return Int(int64(b.pos)), nil
	})
	method(t, "write", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		if err := b.checkExports(); err != nil {
			return Null, err
		}
		data, err := bytesLikeArg(args[0])
		if err != nil {
			return Null, err
		}
		return Int(int64(len(data))), th.bioWrite(b, data)
	})
	method(t, "writelines", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		it, err := th.Iter(args[0])
		if err != nil {
			return Null, err
		}
		for {
			item, ok, err := th.Next(it)
			if err != nil || !ok {
				return None, err
			}
			if b.closed {
				return Null, ioClosedError()
			}
			if err := b.checkExports(); err != nil {
				return Null, err
			}
			data, err := bytesLikeArg(item)
			if err != nil {
				return Null, err
			}
			if err := th.bioWrite(b, data); err != nil {
				return Null, err
			}
		}
	})
	method(t, "read", bioRead)
	method(t, "read1", bioRead)
	method(t, "readinto", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		dst, err := writableBuffer(args[0], "readinto() argument")
		if err != nil {
			return Null, err
		}
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		n := 0
		if b.pos < b.size {
			n = copy(dst, b.data()[b.pos:])
		}
		b.pos += n
		return Int(int64(n)), nil
	})
	method(t, "readline", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		size, err := th.ioOptSize(args, 0)
		if err != nil {
			return Null, err
		}
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		return bytesCopy(b.readline(size)), nil
	})
	method(t, "readlines", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var maxsize int64
		if len(args) > 0 && !args[0].IsNone() {
			if !isIntValue(args[0]) {
				return Null, Errorf(TypeErrorType, "integer argument expected, got '%s'", args[0].Type().Name)
			}
			var err error
			if maxsize, err = th.sizeArg(args[0]); err != nil {
				return Null, err
			}
		}
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		var lines []Value
		var total int64
		for {
			line := b.readline(-1)
			if len(line) == 0 {
				break
			}
			if lines, err = th.growValues(lines, bytesCopy(line)); err != nil {
				return Null, err
			}
			total += int64(len(line))
			if maxsize > 0 && total >= maxsize {
				break
			}
			if err := th.tick(); err != nil {
				return Null, err
			}
		}
		return Obj(NewList(lines)), nil
	})
	method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self, nil
	})
	method(t, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		line := b.readline(-1)
		if len(line) == 0 {
			return Null, NewException(StopIterationType)
		}
		return bytesCopy(line), nil
	})
	method(t, "getbuffer", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		m := newByteView(b.buf, self, b.size)
		b.buf.export(m)
		return Obj(m), nil
	})
	method(t, "getvalue", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		return bytesCopy(b.data()), nil
	})
	method(t, "seek", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		pos, err := th.sizeArg(args[0])
		if err != nil {
			return Null, err
		}
		whence := int64(0)
		if len(args) > 1 {
			if whence, err = th.cIntArg(args[1]); err != nil {
				return Null, err
			}
		}
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		switch whence {
		case 0:
			if pos < 0 {
				return Null, Errorf(ValueErrorType, "negative seek value %d", pos)
			}
		case 1:
			if pos > maxSsize-int64(b.pos) {
				return Null, Errorf(OverflowErrorType, "new position too large")
			}
			pos += int64(b.pos)
		case 2:
			if pos > maxSsize-int64(b.size) {
				return Null, Errorf(OverflowErrorType, "new position too large")
			}
			pos += int64(b.size)
		default:
			return Null, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if pos < 0 {
			pos = 0
		}
		b.pos = int(pos)
		return Int(pos), nil
	})
	method(t, "truncate", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		if err := b.checkExports(); err != nil {
			return Null, err
		}
		size, err := th.truncateSize(args, b.pos, "negative size value %d")
		if err != nil {
			return Null, err
		}
		if size < int64(b.size) {
			b.size = int(size)
			b.buf.b = b.buf.b[:size]
		}
		return Int(size), nil
	})
	method(t, "__getstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := bio(self)
		if err != nil {
			return Null, err
		}
		return Obj(NewTuple([]Value{bytesCopy(b.data()), Int(int64(b.pos)), ioSelfDict(self, b.dict)})), nil
	})
	method(t, "__setstate__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b := bioSelf(self)
		st, ok := args[0].o.(*Tuple)
		if !ok || len(st.items) < 3 {
			return Null, Errorf(TypeErrorType, "%s.__setstate__ argument should be 3-tuple, got %s", ioTypeName(self), args[0].Type().Name)
		}
		if err := b.checkExports(); err != nil {
			return Null, err
		}
		if b.closed {
			return Null, ioClosedError()
		}
		if err := th.bioSetValue(b, st.items[0]); err != nil {
			return Null, err
		}
		p := st.items[1]
		if !isIntValue(p) {
			return Null, Errorf(TypeErrorType, "second item of state must be an integer, not %s", p.Type().Name)
		}
		pos, err := th.sizeArg(p)
		if err != nil {
			return Null, err
		}
		if pos < 0 {
			return Null, Errorf(ValueErrorType, "position value cannot be negative")
		}
		b.pos = int(pos)
		return None, th.ioSetStateDict(self, st.items[2], "third")
	})
	t.addGetSet("closed", func(th *Thread, self Value) (Value, error) {
		return Bool(bioSelf(self).closed), nil
	}, nil)
}

// maxSsize is PY_SSIZE_T_MAX.
const maxSsize = int64(^uint64(0) >> 1)
