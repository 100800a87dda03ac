package vm

// The iterators of bytes, bytearray and memoryview objects.

// Iterator types of bytes, bytearray and memoryview.
var BytesIterType, ByteArrayIterType, MemoryIterType *Type

// bytesIter iterates over the bytes of a bytes or bytearray object (a
// bytearray changed while iterated is read as it is now) or over the
// elements of a memoryview.
type bytesIter struct {
	b   *Bytes
	m   *MemoryView
	i   int
	typ *Type
}

// Type implements Object.
func (it *bytesIter) Type() *Type { return it.typ }

func (it *bytesIter) next(th *Thread) (Value, bool, error) {
	if it.m != nil {
		if err := it.m.check(); err != nil {
			return Null, false, err
		}
		if it.i >= it.m.n {
			return Null, false, nil
		}
		it.i++
		return Int(int64(*it.m.at(it.i - 1))), true, nil
	}
	if it.b == nil || it.i >= len(it.b.b) {
		it.b = nil
		return Null, false, nil
	}
	it.i++
	return Int(int64(it.b.b[it.i-1])), true, nil
}

// newBytesIter returns an iterator over a bytes or bytearray object.
func newBytesIter(b *Bytes) *bytesIter {
	if b.mutable {
		return &bytesIter{b: b, typ: ByteArrayIterType}
	}
	return &bytesIter{b: b, typ: BytesIterType}
}

func initBytesIterTypes() {
	BytesIterType = newBuiltinType("bytes_iterator", ObjectType)
	ByteArrayIterType = newBuiltinType("bytearray_iterator", ObjectType)
	MemoryIterType = newBuiltinType("memory_iterator", ObjectType)
	iterSelf := func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return self, nil }
	next := func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		v, ok, err := self.o.(*bytesIter).next(th)
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, NewException(StopIterationType)
		}
		return v, nil
	}
	for _, t := range []*Type{BytesIterType, ByteArrayIterType, MemoryIterType} {
		t.layout = t
		t.final = true
		method(t, "__iter__", iterSelf)
		method(t, "__next__", next)
	}
	for _, t := range []*Type{BytesIterType, ByteArrayIterType} {
		method(t, "__length_hint__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			it := self.o.(*bytesIter)
			if it.b == nil {
				return Int(0), nil
			}
			return Int(int64(max(len(it.b.b)-it.i, 0))), nil
		})
	}
}

// hexMethod is bytes.hex, bytearray.hex and memoryview.hex over data:
// hex(sep=<none>, bytes_per_sep=1).
func (th *Thread) hexMethod(data []byte, args []Value, kw []string) (Value, error) {
	var sepArg, perArg Value
	if err := unpackArgs("hex", args, kw, 0, []string{"sep", "bytes_per_sep"}, &sepArg, &perArg); err != nil {
		return Null, err
	}
	per := int64(1)
	if perArg.o != nil {
		var err error
		if per, err = th.cIntArg(perArg); err != nil {
			return Null, err
		}
	}
	var sep byte
	if sepArg.o != nil {
		n, err := th.Len(sepArg)
		if err != nil {
			return Null, err
		}
		if n != 1 {
			return Null, Errorf(ValueErrorType, "sep must be length 1.")
		}
		switch o := sepArg.o.(type) {
		case *Str:
			r := []rune(o.s)[0]
			if r > 127 {
				return Null, Errorf(ValueErrorType, "sep must be ASCII.")
			}
			sep = byte(r)
		case *Bytes:
			if o.mutable {
				return Null, Errorf(TypeErrorType, "sep must be str or bytes.")
			}
			sep = o.b[0]
			if sep > 127 {
				return Null, Errorf(ValueErrorType, "sep must be ASCII.")
			}
		default:
			return Null, Errorf(TypeErrorType, "sep must be str or bytes.")
		}
	} else {
		per = 0
	}
	return String(hexWithSep(data, sep, per)), nil
}

// hexWithSep writes data in hex with sep between groups of |per| bytes,
// counted from the right when per > 0 and from the left when per < 0.
func hexWithSep(data []byte, sep byte, per int64) string {
	const digits = "0123456789abcdef"
	abs := per
	if abs < 0 {
		abs = -abs
	}
	out := make([]byte, 0, 3*len(data))
	for i, c := range data {
		if i > 0 && per != 0 {
			k := int64(i)
			if per > 0 {
				k = int64(len(data) - i)
			}
			if k%abs == 0 {
				out = append(out, sep)
			}
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

// strictOperatorMethod makes t's method name raise fail(arg) where it
// returns NotImplemented, as CPython's sequence slots do when called as
// methods; the operator protocol keeps calling the lenient form.
func strictOperatorMethod(t *Type, name string, fail func(self, arg Value) error) {
	md, ok := t.Dict.mustGet(name).o.(*MethodDescriptor)
	if !ok {
		return
	}
	lenient := md.Fn
	md.operator = lenient
	md.Fn = func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		r, err := lenient(th, self, args, kw)
		if err == nil && r.IsNotImplemented() && len(args) == 1 {
			return Null, fail(self, args[0])
		}
		return r, err
	}
}

// initStrictSequenceOperators gives the repetition and concatenation
// methods of the builtin sequences CPython's errors.
func initStrictSequenceOperators() {
	notIndex := func(self, arg Value) error {
		return Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", arg.Type().Name)
	}
	for _, t := range []*Type{ListType, TupleType, StrType, BytesType, ByteArrayType} {
		for _, name := range []string{"__mul__", "__rmul__", "__imul__"} {
			if _, ok := t.Dict.GetStr(name); ok {
				strictOperatorMethod(t, name, notIndex)
			}
		}
	}
	for _, t := range []*Type{ListType, TupleType, StrType, BytesType, ByteArrayType} {
		strictOperatorMethod(t, "__add__", seqConcatError)
	}
}
