package vm

// The _io module: the abstract bases _IOBase, _RawIOBase, _BufferedIOBase
// and _TextIOBase with CPython's default methods, and the in-memory
// streams StringIO and BytesIO (Modules/_io/iobase.c, stringio.c and
// bytesio.c). vm/lib/io.py builds the public io classes on them.

import (
	"strings"
	"sync"
)

// The builtin types of module _io, shared by every interpreter.
var (
	IOBaseType         *Type
	RawIOBaseType      *Type
	BufferedIOBaseType *Type
	TextIOBaseType     *Type
	StringIOType       *Type
	BytesIOType        *Type
)

// ioDefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const ioDefaultBufferSize = 8192

var ioOnce sync.Once

// ioClosedError is the ValueError of operations on a closed stream, with
// the period of iobase.c and bytesio.c.
func ioClosedError() error { return Errorf(ValueErrorType, "I/O operation on closed file.") }

// ioUnsupported returns io.UnsupportedOperation(msg).
func (th *Thread) ioUnsupported(msg string) error {
	m, ok := th.interp.modules.GetStr("_io")
	if !ok {
		m, _ = th.importModule("_io")
		ok = m.o != nil
	}
	if ok {
		if mod, ok := m.o.(*Module); ok {
			if t, ok := mod.Dict.GetStr("UnsupportedOperation"); ok {
				if tt, ok := t.o.(*Type); ok {
					return Errorf(tt, "%s", msg)
				}
			}
		}
	}
	return Errorf(OSErrorType, "%s", msg)
}

// ioTypeName is the tp_name CPython's messages give the type of self
// (module-qualified for the _io types themselves).
func ioTypeName(v Value) string { return v.Type().Name }

func makeIOModule(th *Thread) (*Module, error) {
	ioOnce.Do(initIOTypes)
	m := &Module{Name: "_io", Dict: NewDict()}
	m.Dict.SetStr("__name__", String("_io"))
	m.Dict.SetStr("DEFAULT_BUFFER_SIZE", Int(ioDefaultBufferSize))
	m.Dict.SetStr("BlockingIOError", Obj(BlockingIOErrorType))
	for _, t := range []*Type{IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, StringIOType, BytesIOType, FileIOType,
		BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType, TextIOWrapperType, IncrementalNewlineDecoderType} {
		if t != nil {
			m.Dict.SetStr(t.QualName, Obj(t))
		}
	}
	ns := NewDict()
	ns.SetStr("__module__", String("io"))
	unsup, err := th.Call(Obj(TypeType), []Value{String("UnsupportedOperation"),
		Obj(NewTuple([]Value{Obj(OSErrorType), Obj(ValueErrorType)})), Obj(ns)}, nil)
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr("UnsupportedOperation", unsup)
	addIOLayers(m)
	return m, nil
}

func initIOTypes() {
	IOBaseType = newIOType("_IOBase", ObjectType)
	initIOBase(IOBaseType)
	RawIOBaseType = newIOType("_RawIOBase", IOBaseType)
	initRawIOBase(RawIOBaseType)
	BufferedIOBaseType = newIOType("_BufferedIOBase", IOBaseType)
	initBufferedIOBase(BufferedIOBaseType)
	TextIOBaseType = newIOType("_TextIOBase", IOBaseType)
	initTextIOBase(TextIOBaseType)
	StringIOType = newIOType("StringIO", TextIOBaseType)
	StringIOType.layout = StringIOType
	initStringIO(StringIOType)
	BytesIOType = newIOType("BytesIO", BufferedIOBaseType)
	BytesIOType.layout = BytesIOType
	initBytesIO(BytesIOType)
	types := []*Type{IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, StringIOType, BytesIOType}
	if FileIOType = makeFileIOType(); FileIOType != nil {
		types = append(types, FileIOType)
	}
	types = append(types, initBufferedTypes()...)
	IncrementalNewlineDecoderType = initNLDecoderType()
	TextIOWrapperType = initTextIOWrapperType()
	types = append(types, IncrementalNewlineDecoderType, TextIOWrapperType)
	attachArgSpecs(types)
	// CPython's docstrings, for the types that have none of their own.
	for _, t := range types {
		key := t.Name
		if !strings.HasPrefix(key, "_io.") {
			key = "_io." + key
		}
		if d := builtinDoc(key); !d.IsNone() {
			if cur, ok := t.Dict.GetStr("__doc__"); !ok || cur.IsNone() {
				t.Dict.SetStr("__doc__", d)
			}
		}
	}
}

func newIOType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	t.Name = "_io." + name // CPython's tp_name, which messages show
	t.hasDict = true
	t.Dict.SetStr("__module__", String("_io"))
	return t
}

// ioCheckClosed raises ValueError when self.closed is true, as
// iobase_check_closed does.
func (th *Thread) ioCheckClosed(self Value) error {
	c, err := th.GetAttr(self, NewStr("closed"))
	if err != nil {
		return err
	}
	closed, err := th.Truth(c)
	if err != nil {
		return err
	}
	if closed {
		return ioClosedError()
	}
	return nil
}

// ioIsClosed reports whether _IOBase.close has marked self closed.
func (th *Thread) ioIsClosed(self Value) (bool, error) {
	if _, ok := self.o.(lazyDictObject); ok {
		// A StringIO or BytesIO itself: no attribute hook can run, so
		// look in its dict and its type without raising AttributeError.
		if d := instanceDict(self); d != nil {
			if _, ok := d.GetStr("__IOBase_closed"); ok {
				return true, nil
			}
		}
		return self.Type().Lookup("__IOBase_closed").o != nil, nil
	}
	_, err := th.GetAttr(self, NewStr("__IOBase_closed"))
	if err == nil {
		return true, nil
	}
	if isAttributeError(err) {
		return false, nil
	}
	return false, err
}

func initIOBase(t *Type) {
	for _, name := range []string{"seek", "truncate", "fileno"} {
		name := name
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Null, th.ioUnsupported(name)
		})
	}
	method(t, "tell", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.CallMethod(self, "seek", Int(0), Int(1))
	})
	method(t, "flush", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		closed, err := th.ioIsClosed(self)
		if err == nil && closed {
			err = ioClosedError()
		}
		return None, err
	})
	method(t, "close", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		closed, err := th.ioIsClosed(self)
		if err != nil || closed {
			return None, err
		}
		_, ferr := th.CallMethod(self, "flush")
		if err := th.SetAttr(self, NewStr("__IOBase_closed"), True); err != nil {
			return Null, err
		}
		if ferr != nil {
			return Null, ferr
		}
		return None, nil
	})
	t.addGetSet("closed", func(th *Thread, self Value) (Value, error) {
		closed, err := th.ioIsClosed(self)
		return Bool(closed), err
	}, nil)
	for _, name := range []string{"seekable", "readable", "writable"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) { return False, nil })
	}
	method(t, "_checkClosed", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, th.ioCheckClosed(self)
	})
	for name, msg := range map[string][2]string{
		"_checkSeekable": {"seekable", "File or stream is not seekable."},
		"_checkReadable": {"readable", "File or stream is not readable."},
		"_checkWritable": {"writable", "File or stream is not writable."},
	} {
		msg := msg
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := th.CallMethod(self, msg[0])
			if err != nil {
				return Null, err
			}
			if r != True {
				return Null, th.ioUnsupported(msg[1])
			}
			return r, nil
		})
	}
	method(t, "isatty", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return False, th.ioCheckClosed(self)
	})
	method(t, "__enter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self, th.ioCheckClosed(self)
	})
	method(t, "__exit__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "_IOBase.__exit__() takes no keyword arguments")
		}
		return th.CallMethod(self, "close")
	})
	method(t, "__iter__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self, th.ioCheckClosed(self)
	})
	method(t, "__next__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		line, err := th.CallMethod(self, "readline")
		if err != nil {
			return Null, err
		}
		n, err := th.Len(line)
		if err != nil {
			return Null, err
		}
		if n == 0 {
			return Null, NewException(StopIterationType)
		}
		return line, nil
	})
	method(t, "__del__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		// iobase_finalize: close the stream; what close raises is
		// dropped, as CPython drops it outside development mode.
		if err := th.ioFinalize(self, true); err != nil {
			return Null, err
		}
		return None, nil
	})
	method(t, "readline", ioBaseReadline)
	method(t, "readlines", ioBaseReadlines)
	method(t, "writelines", ioBaseWritelines)
}

// ioBaseWritelines is _IOBase.writelines: it writes each item of an
// iterable with the stream's write method.
func ioBaseWritelines(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) > 0 {
		return Null, argCountError("writelines", 1, 1, len(args))
	}
	if err := th.ioCheckClosed(self); err != nil {
		return Null, err
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return Null, err
	}
	for {
		line, ok, err := th.Next(it)
		if err != nil || !ok {
			return None, err
		}
		if _, err := th.CallMethod(self, "write", line); err != nil {
			return Null, err
		}
	}
}

// ioOptSize reads an optional size argument that may be None (-1).
func (th *Thread) ioOptSize(args []Value, i int) (int64, error) {
	if len(args) <= i || args[i].IsNone() {
		return -1, nil
	}
	if _, ok := unwrap(args[i]).o.(*Str); ok || !hasIndex(args[i]) {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", args[i].Type().Name)
	}
	return th.sizeArg(args[i])
}

// hasIndex reports whether v is an int or defines __index__.
func hasIndex(v Value) bool {
	switch unwrap(v).o.(type) {
	case intTag, boolTag, *BigInt:
		return true
	}
	return v.Type().Lookup("__index__").o != nil
}

// ioBaseReadline is _IOBase.readline: bytes read one at a time (or as far
// as peek shows) up to a newline.
func ioBaseReadline(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	limit, err := th.ioOptSize(args, 0)
	if err != nil {
		return Null, err
	}
	peek, err := th.GetAttr(self, NewStr("peek"))
	hasPeek := err == nil
	if err != nil && !isAttributeError(err) {
		return Null, err
	}
	var out []byte
	for limit < 0 || int64(len(out)) < limit {
		nread := int64(1)
		if hasPeek {
			ra, err := th.Call(peek, []Value{Int(1)}, nil)
			if err != nil {
				return Null, err
			}
			b, ok := unwrap(ra).o.(*Bytes)
			if !ok || b.mutable {
				return Null, Errorf(OSErrorType, "peek() should have returned a bytes object, not '%s'", ra.Type().Name)
			}
			if len(b.b) > 0 {
				n := 0
				for n < len(b.b) && (limit < 0 || int64(n) < limit-int64(len(out))) {
					n++
					if b.b[n-1] == '\n' {
						break
					}
				}
				nread = int64(n)
			}
		}
		r, err := th.CallMethod(self, "read", Int(nread))
		if err != nil {
			return Null, err
		}
		b, ok := unwrap(r).o.(*Bytes)
		if !ok || b.mutable {
			return Null, Errorf(OSErrorType, "read() should have returned a bytes object, not '%s'", r.Type().Name)
		}
		if len(b.b) == 0 {
			break
		}
		if err := th.alloc(int64(len(out) + len(b.b))); err != nil {
			return Null, err
		}
		out = append(out, b.b...)
		if out[len(out)-1] == '\n' {
			break
		}
		if err := th.tick(); err != nil {
			return Null, err
		}
	}
	return Obj(&Bytes{b: nonNilBytes(out)}), nil
}

func nonNilBytes(p []byte) []byte {
	if p == nil {
		return []byte{}
	}
	return p
}

// ioBaseReadlines is _IOBase.readlines: lines from iterating self until
// their total length passes hint.
func ioBaseReadlines(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	hint, err := th.ioOptSize(args, 0)
	if err != nil {
		return Null, err
	}
	res := NewList(nil)
	if hint <= 0 {
		return Obj(res), th.listExtend(res, self)
	}
	it, err := th.Iter(self)
	if err != nil {
		return Null, err
	}
	var length int64
	for {
		line, ok, err := th.Next(it)
		if err != nil || !ok {
			return Obj(res), err
		}
		if res.items, err = th.growValues(res.items, line); err != nil {
			return Null, err
		}
		n, err := th.Len(line)
		if err != nil {
			return Null, err
		}
		if int64(n) > hint-length {
			return Obj(res), nil
		}
		length += int64(n)
	}
}

func initRawIOBase(t *Type) {
	method(t, "read", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		n, err := th.ioOptSize(args, 0)
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return th.CallMethod(self, "readall")
		}
		if err := th.alloc(n); err != nil {
			return Null, err
		}
		b := &Bytes{b: make([]byte, n), mutable: true}
		r, err := th.CallMethod(self, "readinto", Obj(b))
		if err != nil || r.IsNone() {
			return r, err
		}
		got, err := th.sizeArg(r)
		if err != nil {
			return Null, err
		}
		if got < 0 || got > n {
			return Null, Errorf(ValueErrorType, "readinto returned %d outside buffer size %d", got, n)
		}
		return Obj(&Bytes{b: append([]byte{}, b.b[:got]...)}), nil
	})
	method(t, "readall", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var out []byte
		for {
			r, err := th.CallMethod(self, "read", Int(ioDefaultBufferSize))
			if err != nil {
				return Null, err
			}
			if r.IsNone() {
				if out == nil {
					return None, nil
				}
				break
			}
			b, ok := unwrap(r).o.(*Bytes)
			if !ok || b.mutable {
				return Null, Errorf(TypeErrorType, "read() should return bytes")
			}
			if len(b.b) == 0 {
				break
			}
			if err := th.alloc(int64(len(out) + len(b.b))); err != nil {
				return Null, err
			}
			out = append(out, b.b...)
		}
		return Obj(&Bytes{b: nonNilBytes(out)}), nil
	})
	for _, name := range []string{"readinto", "write"} {
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Null, NewException(NotImplementedErrorType)
		})
	}
}

func initBufferedIOBase(t *Type) {
	for _, name := range []string{"detach", "read", "read1", "write"} {
		name := name
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Null, th.ioUnsupported(name)
		})
	}
	for name, reader := range map[string]string{"readinto": "read", "readinto1": "read1"} {
		reader := reader
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			dst, err := writableBuffer(args[0], name+"() argument")
			if err != nil {
				return Null, err
			}
			r, err := th.CallMethod(self, reader, Int(int64(len(dst))))
			if err != nil {
				return Null, err
			}
			data, ok := bytesLike(r)
			if !ok {
				return Null, Errorf(TypeErrorType, "%s() should return bytes", reader)
			}
			if len(data) > len(dst) {
				return Null, Errorf(ValueErrorType, "%s() returned too much data: %d bytes requested, %d returned", reader, len(dst), len(data))
			}
			return Int(int64(copy(dst, data))), nil
		})
	}
}

// writableBuffer returns the memory of a writable bytes-like argument, or
// CPython's TypeError naming it as arg ("readinto() argument",
// "recv_into() argument 1").
func writableBuffer(v Value, arg string) ([]byte, error) {
	switch o := bufferObject(v).o.(type) {
	case *Bytes:
		if o.mutable {
			return o.b, nil
		}
	case *MemoryView:
		if err := o.check(); err != nil {
			return nil, err
		}
		if !o.isReadonly() && o.cContiguous() {
			return o.src.b[o.start : o.start+o.nbytes()], nil
		}
	}
	return nil, Errorf(TypeErrorType, "%s must be read-write bytes-like object, not %s", arg, v.Type().Name)
}

func initTextIOBase(t *Type) {
	for _, name := range []string{"detach", "read", "readline", "write"} {
		name := name
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Null, th.ioUnsupported(name)
		})
	}
	for _, name := range []string{"encoding", "newlines", "errors"} {
		getset(t, name, func(th *Thread, self Value) (Value, error) { return None, nil })
	}
}

// ioInitArgs parses the arguments of a constructor taking the named
// optional arguments.
func ioInitArgs(fname string, args []Value, kw []string, names ...string) ([]Value, error) {
	out := make([]Value, len(names))
	ptrs := make([]*Value, len(names))
	for i := range out {
		ptrs[i] = &out[i]
	}
	return out, unpackArgs(fname, args, kw, 0, names, ptrs...)
}

// ioSelfDict returns the __dict__ of a StringIO or BytesIO (or of an
// instance of a subclass) for __getstate__: None when it has no
// attributes yet.
func ioSelfDict(self Value, own *Dict) Value {
	if inst, ok := self.o.(*Instance); ok {
		if inst.attrCount() == 0 {
			return None
		}
		return Obj(inst.materialize().Copy())
	}
	if own == nil {
		return None
	}
	return Obj(own.Copy())
}

// ioSetStateDict merges the dict of a pickled state into self's.
func (th *Thread) ioSetStateDict(self Value, d Value, which string) error {
	if d.IsNone() {
		return nil
	}
	dd, ok := d.o.(*Dict)
	if !ok {
		return Errorf(TypeErrorType, "%s item of state should be a dict, got a %s", which, d.Type().Name)
	}
	var err error
	dd.Items(func(k, v Value) bool {
		s, ok := unwrap(k).o.(*Str)
		if !ok {
			err = Errorf(TypeErrorType, "attribute name must be string, not '%s'", k.Type().Name)
			return false
		}
		err = th.SetAttr(self, s, v)
		return err == nil
	})
	return err
}

// lazyDictObject is implemented by objects of builtin types whose
// instances get a __dict__ when first needed.
type lazyDictObject interface {
	ensureDict() *Dict
}
