package vm

// The binary layer of the standard streams: sys.stdin.buffer,
// sys.stdout.buffer and sys.stderr.buffer, which read and write bytes
// through the text stream's host stream (what is written goes out in
// order with the text written).

import (
	"io"
	"sync"
)

// StdBuffer is the buffer attribute of a standard stream.
type StdBuffer struct {
	ts *TextStream
}

// Type implements Object.
func (*StdBuffer) Type() *Type {
	stdBufferOnce.Do(newStdBufferType)
	return stdBufferType
}

var (
	stdBufferOnce sync.Once
	stdBufferType *Type
)

// newStdBufferType makes the type of the standard streams' buffers.
func newStdBufferType() {
	t := newBuiltinType("BufferedWriter", ObjectType)
	t.Dict.SetStr("__module__", String("_io"))
	t.final = true
	stdBufferType = t
	open := func(self Value) (*TextStream, error) {
		ts := self.o.(*StdBuffer).ts
		if ts.closed {
			return nil, ioClosedError()
		}
		return ts, nil
	}
	method(t, "write", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "write() takes exactly one argument (%d given)", len(args))
		}
		ts, err := open(self)
		if err != nil {
			return Null, err
		}
		if ts.r != nil {
			return Null, th.ioUnsupported("write")
		}
		b, ok := bytesLike(args[0])
		if !ok {
			return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		if err := ts.write(string(b)); err != nil {
			return Null, err
		}
		return Int(int64(len(b))), nil
	})
	method(t, "flush", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, self.o.(*StdBuffer).ts.in.flushStdout()
	})
	method(t, "read", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		size, err := th.ioOptSize(args, 0)
		if err != nil {
			return Null, err
		}
		ts, err := open(self)
		if err != nil {
			return Null, err
		}
		if ts.r == nil {
			return Null, th.ioUnsupported("read")
		}
		if err := th.stdinReadable(); err != nil {
			return Null, err
		}
		th.interp.stdout.Flush()
		var b []byte
		if size < 0 {
			b, err = io.ReadAll(ts.r)
		} else {
			if err := th.alloc(size); err != nil {
				return Null, err
			}
			b = make([]byte, size)
			var n int
			n, err = io.ReadFull(ts.r, b)
			b = b[:n]
			if err == io.ErrUnexpectedEOF || err == io.EOF {
				err = nil
			}
		}
		if err != nil {
			return Null, stdinError(err)
		}
		return Obj(&Bytes{b: b}), nil
	})
	method(t, "readline", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ts, err := open(self)
		if err != nil {
			return Null, err
		}
		if ts.r == nil {
			return Null, th.ioUnsupported("readline")
		}
		if err := th.stdinReadable(); err != nil {
			return Null, err
		}
		th.interp.stdout.Flush()
		b, rerr := ts.r.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			return Null, stdinError(rerr)
		}
		return Obj(&Bytes{b: b}), nil
	})
	for name, fn := range map[string]func(ts *TextStream) Value{
		"readable": func(ts *TextStream) Value { return Bool(ts.r != nil) },
		"writable": func(ts *TextStream) Value { return Bool(ts.r == nil) },
		"seekable": func(ts *TextStream) Value { return False },
		"isatty":   func(ts *TextStream) Value { return Bool(ts.r != nil && ts.in.stdinIsTerminal()) },
	} {
		fn := fn
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			ts, err := open(self)
			if err != nil {
				return Null, err
			}
			return fn(ts), nil
		})
	}
	method(t, "fileno", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return th.CallMethod(Obj(self.o.(*StdBuffer).ts), "fileno")
	})
	getset(t, "name", func(th *Thread, v Value) (Value, error) { return String(v.o.(*StdBuffer).ts.name), nil })
	getset(t, "closed", func(th *Thread, v Value) (Value, error) { return Bool(v.o.(*StdBuffer).ts.closed), nil })
	getset(t, "mode", func(th *Thread, v Value) (Value, error) {
		if v.o.(*StdBuffer).ts.r != nil {
			return String("rb"), nil
		}
		return String("wb"), nil
	})
}
