package vm

import "time"

// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair:
// the buffered binary streams over a raw stream (Modules/_io/bufferedio.c,
// with the semantics _pyio spells out). One Go type serves the first
// three; its read and write buffers are kept apart, and a write undoes
// the read-ahead first, as _pyio's BufferedRandom does.

// The buffered types of module _io.
var (
	BufferedReaderType *Type
	BufferedWriterType *Type
	BufferedRandomType *Type
	BufferedRWPairType *Type
)

// Buffered is an instance of BufferedReader, BufferedWriter or
// BufferedRandom.
type Buffered struct {
	typ                *Type
	raw                Value // Null when detached or not initialized
	readable, writable bool
	ok, detached       bool
	bufSize            int
	rbuf               []byte // read-ahead: rbuf[rpos:] not yet handed out
	rpos               int
	wbuf               []byte // written, not yet passed to raw
	inRepr             bool
	owner              *Thread // the thread in a method, which holds the stream's lock
	dict               *Dict
	serial             uint64 // finalizer serial number, 0 when none
}

// Type implements Object.
func (b *Buffered) Type() *Type { return b.typ }

func (b *Buffered) ensureDict() *Dict {
	if b.dict == nil {
		b.dict = NewDict()
	}
	return b.dict
}

func bufSelf(v Value) *Buffered { return unwrap(v).o.(*Buffered) }

// check is CHECK_INITIALIZED.
func (b *Buffered) check() error {
	if !b.ok {
		if b.detached {
			return Errorf(ValueErrorType, "raw stream has been detached")
		}
		return Errorf(ValueErrorType, "I/O operation on uninitialized object")
	}
	return nil
}

// isClosed reports raw.closed.
func (th *Thread) bufIsClosed(b *Buffered) (bool, error) {
	if f, ok := b.raw.o.(*FileIO); ok {
		return fileIOClosed(f), nil
	}
	c, err := th.GetAttr(b.raw, intern("closed"))
	if err != nil {
		return false, err
	}
	return th.Truth(c)
}

// checkClosed raises ValueError(msg) when the raw stream is closed.
func (th *Thread) bufCheckClosed(b *Buffered, msg string) error {
	closed, err := th.bufIsClosed(b)
	if err != nil {
		return err
	}
	if closed {
		return Errorf(ValueErrorType, "%s", msg)
	}
	return nil
}

func (b *Buffered) readahead() int { return len(b.rbuf) - b.rpos }

func (b *Buffered) resetRead() { b.rbuf, b.rpos = b.rbuf[:0], 0 }

// rawRead reads up to n bytes from the raw stream: none reports a
// non-blocking stream that had no data.
func (th *Thread) bufRawRead(b *Buffered, n int) (data []byte, none bool, err error) {
	if f, ok := b.raw.o.(*FileIO); ok {
		return th.fastRawRead(f, n)
	}
	if err := th.alloc(int64(n)); err != nil {
		return nil, false, err
	}
	buf := &Bytes{b: make([]byte, n), mutable: true}
	view, err := th.Call(Obj(MemoryViewType), []Value{Obj(buf)}, nil)
	if err != nil {
		return nil, false, err
	}
	r, err := th.CallMethod(b.raw, "readinto", view)
	if mv, ok := view.o.(*MemoryView); ok {
		th.CallMethod(Obj(mv), "release")
	}
	if err != nil {
		return nil, false, err
	}
	if r.IsNone() {
		return nil, true, nil
	}
	got, err := th.sizeArg(r)
	if err != nil {
		if e, ok := err.(*Exception); ok {
			return nil, false, withCause(NewException(OSErrorType, String("raw readinto() failed")), e)
		}
		return nil, false, err
	}
	if got < 0 || got > int64(n) {
		return nil, false, Errorf(OSErrorType, "raw readinto() returned invalid length %d (should have been between 0 and %d)", got, n)
	}
	return buf.b[:got], false, nil
}

// rawWrite writes data to the raw stream: n is -2 when a non-blocking
// stream took nothing.
func (th *Thread) bufRawWrite(b *Buffered, data []byte) (int, error) {
	if f, ok := b.raw.o.(*FileIO); ok {
		if n, ok, err := th.fastRawWrite(f, data); ok {
			return n, err
		}
	}
	r, err := th.CallMethod(b.raw, "write", Obj(&Bytes{b: append([]byte{}, data...)}))
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(BlockingIOErrorType) {
			return 0, Errorf(RuntimeErrorType, "self.raw should implement RawIOBase: it should not raise BlockingIOError")
		}
		return 0, err
	}
	if r.IsNone() {
		return -2, nil
	}
	n, err := th.sizeArg(r)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > int64(len(data)) {
		return 0, Errorf(OSErrorType, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(data))
	}
	return int(n), nil
}

// rawSeek is raw.seek(pos, whence), checked.
func (th *Thread) bufRawSeek(b *Buffered, pos int64, whence int) (int64, error) {
	r, err := th.CallMethod(b.raw, "seek", Int(pos), Int(int64(whence)))
	if err != nil {
		return 0, err
	}
	n, err := th.sizeArg(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(OSErrorType, "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

func (th *Thread) bufRawTell(b *Buffered) (int64, error) {
	r, err := th.CallMethod(b.raw, "tell")
	if err != nil {
		return 0, err
	}
	n, err := th.sizeArg(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(OSErrorType, "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

// flushWrites passes the write buffer to the raw stream.
func (th *Thread) bufFlushWrites(b *Buffered) error {
	for len(b.wbuf) > 0 {
		n, err := th.bufRawWrite(b, b.wbuf)
		if err != nil {
			return err
		}
		if n == -2 {
			return th.blockingError(0)
		}
		b.wbuf = b.wbuf[:copy(b.wbuf, b.wbuf[n:])]
		if err := th.tick(); err != nil {
			return err
		}
	}
	return nil
}

// flushAndRewind flushes the writes and moves the raw stream back over
// the read-ahead, so that its position is the logical one.
func (th *Thread) bufFlushAndRewind(b *Buffered) error {
	if err := th.bufFlushWrites(b); err != nil {
		return err
	}
	if b.readable && b.readahead() > 0 {
		n := b.readahead()
		b.resetRead()
		if _, err := th.bufRawSeek(b, -int64(n), 1); err != nil {
			return err
		}
	}
	return nil
}

// fill reads into an emptied read buffer: at most one raw read.
func (th *Thread) bufFill(b *Buffered) (int, bool, error) {
	b.resetRead()
	return th.bufFillAppend(b)
}

// fillAppend reads into the free end of the read buffer, as
// _bufferedreader_fill_buffer does: at most one raw read.
func (th *Thread) bufFillAppend(b *Buffered) (int, bool, error) {
	if cap(b.rbuf) < b.bufSize {
		if err := th.alloc(int64(b.bufSize)); err != nil {
			return 0, false, err
		}
		nb := make([]byte, len(b.rbuf), b.bufSize)
		copy(nb, b.rbuf)
		b.rbuf = nb
	}
	start := len(b.rbuf)
	if start >= b.bufSize {
		return 0, false, nil
	}
	if f, ok := b.raw.o.(*FileIO); ok {
		n, none, err := th.fastRawReadInto(f, b.rbuf[start:b.bufSize])
		b.rbuf = b.rbuf[:start+n]
		return n, none, err
	}
	data, none, err := th.bufRawRead(b, b.bufSize-start)
	if err != nil || none {
		return 0, none, err
	}
	b.rbuf = append(b.rbuf, data...)
	return len(data), false, nil
}

// bufRead is read(n) for n >= 0, as _bufferedreader_read_generic does.
func (th *Thread) bufRead(b *Buffered, n int) (Value, error) {
	have := b.readahead()
	if n <= have {
		out := append([]byte{}, b.rbuf[b.rpos:b.rpos+n]...)
		b.rpos += n
		return Obj(&Bytes{b: out}), nil
	}
	if err := th.alloc(int64(n)); err != nil {
		return Null, err
	}
	out := make([]byte, 0, min(n, 1<<20))
	out = append(out, b.rbuf[b.rpos:]...)
	b.rpos = len(b.rbuf)
	if b.writable {
		if err := th.bufFlushAndRewind(b); err != nil {
			return Null, err
		}
	}
	b.resetRead()
	done := func(none bool) (Value, error) {
		if none && len(out) == 0 {
			return None, nil
		}
		return Obj(&Bytes{b: out}), nil
	}
	for len(out) < n {
		remaining := n - len(out)
		r := b.bufSize * (remaining / b.bufSize)
		if r == 0 {
			break
		}
		data, none, err := th.bufRawRead(b, r)
		if err != nil {
			return Null, err
		}
		if none || len(data) == 0 {
			return done(none)
		}
		out = append(out, data...)
	}
	for len(out) < n && len(b.rbuf) < b.bufSize {
		got, none, err := th.bufFillAppend(b)
		if err != nil {
			return Null, err
		}
		if none || got == 0 {
			return done(none)
		}
		take := min(n-len(out), b.readahead())
		out = append(out, b.rbuf[b.rpos:b.rpos+take]...)
		b.rpos += take
	}
	return Obj(&Bytes{b: out}), nil
}

// readAll is read() and read(-1).
func (th *Thread) bufReadAll(b *Buffered) (Value, error) {
	out := append([]byte{}, b.rbuf[b.rpos:]...)
	b.rpos = len(b.rbuf)
	if b.writable {
		if err := th.bufFlushAndRewind(b); err != nil {
			return Null, err
		}
	}
	b.resetRead()
	if f, ok := b.raw.o.(*FileIO); ok {
		r, err := th.fioReadAll(f)
		if err != nil || r.IsNone() {
			if err == nil && len(out) > 0 {
				return Obj(&Bytes{b: out}), nil
			}
			return r, err
		}
		rb, _ := bytesLike(r)
		if len(out) == 0 {
			return r, nil
		}
		return Obj(&Bytes{b: append(out, rb...)}), nil
	}
	readall, err := th.GetAttr(b.raw, intern("readall"))
	if err == nil {
		r, err := th.Call(readall, nil, nil)
		if err != nil {
			return Null, err
		}
		if r.IsNone() {
			if len(out) > 0 {
				return Obj(&Bytes{b: out}), nil
			}
			return None, nil
		}
		p, ok := bytesLike(r)
		if !ok {
			return Null, Errorf(TypeErrorType, "readall() should return bytes")
		}
		if err := th.alloc(int64(len(out) + len(p))); err != nil {
			return Null, err
		}
		return Obj(&Bytes{b: append(out, p...)}), nil
	} else if !isAttributeError(err) {
		return Null, err
	}
	for {
		r, err := th.CallMethod(b.raw, "read")
		if err != nil {
			return Null, err
		}
		if r.IsNone() {
			if len(out) > 0 {
				return Obj(&Bytes{b: out}), nil
			}
			return None, nil
		}
		p, ok := bytesLike(r)
		if !ok {
			return Null, Errorf(TypeErrorType, "read() should return bytes")
		}
		if len(p) == 0 {
			return Obj(&Bytes{b: out}), nil
		}
		if err := th.alloc(int64(len(out) + len(p))); err != nil {
			return Null, err
		}
		out = append(out, p...)
	}
}

// readline is _buffered_readline: a line of at most limit bytes (limit
// < 0: no limit).
func (th *Thread) bufReadline(b *Buffered, limit int) ([]byte, error) {
	avail := b.rbuf[b.rpos:]
	if limit >= 0 && len(avail) > limit {
		avail = avail[:limit]
	}
	for i, c := range avail {
		if c == '\n' {
			out := append([]byte{}, avail[:i+1]...)
			b.rpos += i + 1
			return out, nil
		}
	}
	out := append([]byte{}, avail...)
	b.rpos += len(avail)
	if limit >= 0 && len(out) == limit {
		return out, nil
	}
	if b.writable {
		if err := th.bufFlushAndRewind(b); err != nil {
			return nil, err
		}
	}
	for limit < 0 || len(out) < limit {
		got, none, err := th.bufFill(b)
		if err != nil {
			return nil, err
		}
		if none || got == 0 {
			break
		}
		avail := b.rbuf
		if limit >= 0 && len(avail) > limit-len(out) {
			avail = avail[:limit-len(out)]
		}
		if err := th.alloc(int64(len(out) + len(avail))); err != nil {
			return nil, err
		}
		for i, c := range avail {
			if c == '\n' {
				out = append(out, avail[:i+1]...)
				b.rpos = i + 1
				return out, nil
			}
		}
		out = append(out, avail...)
		b.rpos = len(avail)
		if err := th.tick(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// write is BufferedWriter.write for the bytes of data.
func (th *Thread) bufWrite(b *Buffered, data []byte) (int, error) {
	closed, err := th.bufIsClosed(b)
	if err != nil {
		return 0, err
	}
	if closed {
		return 0, Errorf(ValueErrorType, "write to closed file")
	}
	if b.readahead() > 0 {
		// Undo the read-ahead: the write goes at the logical position.
		n := b.readahead()
		b.resetRead()
		if _, err := th.bufRawSeek(b, -int64(n), 1); err != nil {
			return 0, err
		}
	}
	b.resetRead()
	if len(b.wbuf)+len(data) <= b.bufSize {
		b.wbuf = append(b.wbuf, data...)
		return len(data), nil
	}
	if err := th.bufFlushWrites(b); err != nil {
		return 0, err
	}
	written := 0
	for len(data)-written > b.bufSize {
		n, err := th.bufRawWrite(b, data[written:])
		if err != nil {
			return 0, err
		}
		if n == -2 {
			// A non-blocking raw stream: buffer what fits.
			b.wbuf = append(b.wbuf[:0], data[written:written+b.bufSize]...)
			return 0, th.blockingError(written + b.bufSize)
		}
		written += n
		if err := th.tick(); err != nil {
			return 0, err
		}
	}
	b.wbuf = append(b.wbuf[:0], data[written:]...)
	return len(data), nil
}

// bufTell is the logical position.
func (th *Thread) bufTell(b *Buffered) (int64, error) {
	pos, err := th.bufRawTell(b)
	if err != nil {
		return 0, err
	}
	pos += int64(len(b.wbuf)) - int64(b.readahead())
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

// bufEnter takes the lock of b, as ENTER_BUFFERED does: another thread
// holding it is waited for, the same thread is a reentrant call.
func (th *Thread) bufEnter(b *Buffered, self Value) error {
	if b.owner == nil {
		b.owner = th
		return nil
	}
	if b.owner == th {
		r, err := th.Repr(self)
		if err != nil {
			return err
		}
		return Errorf(RuntimeErrorType, "reentrant call inside %s", r)
	}
	for b.owner != nil {
		th.released(func() { time.Sleep(20 * time.Microsecond) })
		if err := th.poll(0); err != nil {
			return err
		}
	}
	b.owner = th
	return nil
}

// bufLocked runs fn holding the lock of b.
func (th *Thread) bufLocked(b *Buffered, self Value, fn func() (Value, error)) (Value, error) {
	if err := th.bufEnter(b, self); err != nil {
		return Null, err
	}
	defer func() { b.owner = nil }()
	return fn()
}

// bufMethod adds a method whose self is an initialized Buffered.
func bufMethod(t *Type, name string, fn func(th *Thread, b *Buffered, self Value, args []Value) (Value, error)) {
	method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		b := bufSelf(self)
		if err := b.check(); err != nil {
			return Null, err
		}
		return fn(th, b, self, args)
	})
}

// bufLockedMethod adds a method that runs holding the stream's lock.
func bufLockedMethod(t *Type, name string, fn func(th *Thread, b *Buffered, self Value, args []Value) (Value, error)) {
	bufMethod(t, name, func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		return th.bufLocked(b, self, func() (Value, error) { return fn(th, b, self, args) })
	})
}

// bufArgs checks the number of positional arguments.
func bufArgs(name string, args []Value, lo, hi int) error {
	if len(args) < lo || len(args) > hi {
		if lo == hi {
			return Errorf(TypeErrorType, "%s() takes exactly %d argument (%d given)", name, lo, len(args))
		}
		if lo == 0 {
			return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), len(args))
		}
		return Errorf(TypeErrorType, "%s expected at least %d argument, got %d", name, lo, len(args))
	}
	return nil
}

// blockingError is BlockingIOError(EAGAIN, msg, written).
func (th *Thread) blockingError(written int) error {
	e, err := th.Call(Obj(BlockingIOErrorType), []Value{Int(11), String("write could not complete without blocking"), Int(int64(written))}, nil)
	if err != nil {
		return err
	}
	if x, ok := e.o.(*Exception); ok {
		return x
	}
	return Errorf(BlockingIOErrorType, "write could not complete without blocking")
}

// bufSizeArg reads an optional size argument (None or absent: -1).
func (th *Thread) bufSizeArg(args []Value, i int) (int, error) {
	if len(args) <= i || args[i].IsNone() {
		return -1, nil
	}
	if !hasIndex(args[i]) || args[i].IsFloat() {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", args[i].Type().Name)
	}
	n, err := th.sizeArg(args[i])
	return int(n), err
}

func newBufferedType(name string, readable, writable bool) *Type {
	t := newIOType(name, BufferedIOBaseType)
	t.layout = t
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		return th.newIOObject(cls, &Buffered{typ: t, readable: readable, writable: writable}), nil
	}}))
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var raw, size Value
		if err := unpackArgs(name, args, kw, 1, []string{"raw", "buffer_size"}, &raw, &size); err != nil {
			return Null, err
		}
		b := bufSelf(self)
		b.ok, b.detached = false, false
		checks := []string{}
		if readable && writable {
			checks = append(checks, "seekable")
		}
		if readable {
			checks = append(checks, "readable")
		}
		if writable {
			checks = append(checks, "writable")
		}
		for _, c := range checks {
			if err := th.ioCheckAbility(raw, c); err != nil {
				return Null, err
			}
		}
		bs := int64(ioDefaultBufferSize)
		if size.o != nil {
			n, err := th.sizeArg(size)
			if err != nil {
				return Null, err
			}
			bs = n
		}
		if bs <= 0 {
			return Null, Errorf(ValueErrorType, "buffer size must be strictly positive")
		}
		if err := th.alloc(bs); err != nil {
			return Null, err
		}
		b.raw, b.bufSize = raw, int(bs)
		b.rbuf, b.rpos, b.wbuf = nil, 0, nil
		b.ok = true
		return None, nil
	})
	t.addGetSet("raw", func(th *Thread, self Value) (Value, error) {
		b := bufSelf(self)
		if b.raw.o == nil {
			return None, nil
		}
		return b.raw, nil
	}, nil)
	t.addGetSet("_finalizing", func(th *Thread, self Value) (Value, error) { return False, nil }, nil)
	for _, attr := range []string{"closed", "name", "mode"} {
		attr := attr
		t.addGetSet(attr, func(th *Thread, self Value) (Value, error) {
			b := bufSelf(self)
			if err := b.check(); err != nil {
				return Null, err
			}
			return th.GetAttr(b.raw, NewStr(attr))
		}, nil)
	}
	bufMethod(t, "detach", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if _, err := th.CallMethod(self, "flush"); err != nil {
			return Null, err
		}
		raw := b.raw
		b.raw, b.detached, b.ok = Null, true, false
		return raw, nil
	})
	bufMethod(t, "close", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		closed, err := th.bufIsClosed(b)
		if err != nil || closed {
			return None, err
		}
		_, ferr := th.CallMethod(self, "flush")
		if err := th.bufEnter(b, self); err != nil {
			return Null, err
		}
		_, cerr := th.CallMethod(b.raw, "close")
		b.owner = nil
		b.resetRead()
		if ferr != nil {
			if ce, ok := cerr.(*Exception); ok {
				if fe, ok := ferr.(*Exception); ok {
					linkContext(ce, fe)
				}
				return Null, ce
			}
			return Null, ferr
		}
		if cerr != nil {
			return Null, cerr
		}
		b.wbuf = nil
		return None, nil
	})
	bufMethod(t, "_dealloc_warn", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		// As CPython's buffered_dealloc_warn: the raw stream's, whose
		// errors (a raw stream without the method) are dropped.
		if _, err := th.CallMethod(b.raw, "_dealloc_warn", args...); err != nil {
			if _, ok := err.(*Exception); !ok {
				return Null, err
			}
		}
		return None, nil
	})
	for _, name := range []string{"seekable", "fileno", "isatty"} {
		name := name
		bufMethod(t, name, func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
			return th.CallMethod(b.raw, name, args...)
		})
	}
	bufMethod(t, "readable", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if !readable {
			return False, nil
		}
		return th.CallMethod(b.raw, "readable")
	})
	bufMethod(t, "writable", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if !writable {
			return False, nil
		}
		return th.CallMethod(b.raw, "writable")
	})
	bufLockedMethod(t, "flush", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if !writable {
			return th.CallMethod(b.raw, "flush")
		}
		if err := th.bufCheckClosed(b, "flush of closed file"); err != nil {
			return Null, err
		}
		if err := th.bufFlushAndRewind(b); err != nil {
			return Null, err
		}
		return None, nil
	})
	bufLockedMethod(t, "tell", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		pos, err := th.bufTell(b)
		return Int(pos), err
	})
	bufLockedMethod(t, "seek", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if err := bufArgs("seek", args, 1, 2); err != nil {
			return Null, err
		}
		whence := 0
		if len(args) > 1 {
			w, err := th.intArg(args[1])
			if err != nil {
				return Null, err
			}
			whence = w
		}
		if whence < 0 || whence > 2 {
			return Null, Errorf(ValueErrorType, "whence value %d unsupported", whence)
		}
		if err := th.bufCheckClosed(b, "seek of closed file"); err != nil {
			return Null, err
		}
		if err := th.ioCheckAbility(b.raw, "seekable"); err != nil {
			return Null, err
		}
		if !hasIndex(args[0]) || args[0].IsFloat() {
			return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		target, err := th.sizeArg(args[0])
		if err != nil {
			return Null, err
		}
		if err := th.bufFlushWrites(b); err != nil {
			return Null, err
		}
		if whence == 1 {
			target -= int64(b.readahead())
		}
		pos, err := th.bufRawSeek(b, target, whence)
		if err != nil {
			return Null, err
		}
		b.resetRead()
		return Int(pos), nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		b := bufSelf(self)
		tn := ioTypeName(self)
		name, err := th.GetAttr(self, intern("name"))
		if err != nil {
			if e, ok := err.(*Exception); ok && (isAttributeError(err) || e.typ.IsSubtype(ValueErrorType)) {
				return String("<" + tn + ">"), nil
			}
			return Null, err
		}
		if b.inRepr {
			return Null, Errorf(RuntimeErrorType, "reentrant call inside %s.__repr__", tn)
		}
		b.inRepr = true
		r, err := th.Repr(name)
		b.inRepr = false
		if err != nil {
			return Null, err
		}
		return String("<" + tn + " name=" + r + ">"), nil
	})
	method(t, "__reduce_ex__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot pickle '%s' object", ioTypeName(self))
	})
	bufMethod(t, "__sizeof__", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		return Int(int64(112 + b.bufSize)), nil
	})
	if writable {
		bufLockedMethod(t, "truncate", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
			if err := bufArgs("truncate", args, 0, 1); err != nil {
				return Null, err
			}
			if err := th.bufCheckClosed(b, "truncate of closed file"); err != nil {
				return Null, err
			}
			if err := th.bufFlushAndRewind(b); err != nil {
				return Null, err
			}
			pos := None
			if len(args) > 0 {
				pos = args[0]
			}
			return th.CallMethod(b.raw, "truncate", pos)
		})
		bufLockedMethod(t, "write", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
			if err := bufArgs("write", args, 1, 1); err != nil {
				return Null, err
			}
			data, err := th.bytesLikeArg("write", args[0])
			if err != nil {
				return Null, err
			}
			n, err := th.bufWrite(b, data)
			if err != nil {
				return Null, err
			}
			return Int(int64(n)), nil
		})
	}
	if readable {
		initBufferedReading(t)
	}
	return t
}

func initBufferedReading(t *Type) {
	bufLockedMethod(t, "read", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if err := bufArgs("read", args, 0, 1); err != nil {
			return Null, err
		}
		n, err := th.bufSizeArg(args, 0)
		if err != nil {
			return Null, err
		}
		if n < -1 {
			return Null, Errorf(ValueErrorType, "read length must be non-negative or -1")
		}
		if err := th.bufCheckClosed(b, "read of closed file"); err != nil {
			return Null, err
		}
		if n == -1 {
			return th.bufReadAll(b)
		}
		return th.bufRead(b, n)
	})
	bufLockedMethod(t, "read1", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if err := bufArgs("read1", args, 0, 1); err != nil {
			return Null, err
		}
		n, err := th.bufSizeArg(args, 0)
		if err != nil {
			return Null, err
		}
		if err := th.bufCheckClosed(b, "read of closed file"); err != nil {
			return Null, err
		}
		return th.bufRead1(b, n)
	})
	bufLockedMethod(t, "peek", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if err := bufArgs("peek", args, 0, 1); err != nil {
			return Null, err
		}
		if len(args) > 0 {
			if _, err := th.sizeArg(args[0]); err != nil {
				return Null, err
			}
		}
		if err := th.bufCheckClosed(b, "peek of closed file"); err != nil {
			return Null, err
		}
		if b.writable {
			if err := th.bufFlushAndRewind(b); err != nil {
				return Null, err
			}
		}
		if b.readahead() == 0 {
			if _, _, err := th.bufFill(b); err != nil {
				return Null, err
			}
		}
		return Obj(&Bytes{b: append([]byte{}, b.rbuf[b.rpos:]...)}), nil
	})
	for _, name := range []string{"readinto", "readinto1"} {
		one := name == "readinto1"
		name := name
		bufLockedMethod(t, name, func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
			if err := bufArgs(name, args, 1, 1); err != nil {
				return Null, err
			}
			dst, err := writableBuffer(args[0], name+"() argument")
			if err != nil {
				return Null, err
			}
			if err := th.bufCheckClosed(b, "readinto of closed file"); err != nil {
				return Null, err
			}
			return th.bufReadinto(b, dst, one)
		})
	}
	bufLockedMethod(t, "readline", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		if err := bufArgs("readline", args, 0, 1); err != nil {
			return Null, err
		}
		n, err := th.bufSizeArg(args, 0)
		if err != nil {
			return Null, err
		}
		if err := th.bufCheckClosed(b, "readline of closed file"); err != nil {
			return Null, err
		}
		line, err := th.bufReadline(b, n)
		if err != nil {
			return Null, err
		}
		return Obj(&Bytes{b: line}), nil
	})
	bufMethod(t, "__next__", func(th *Thread, b *Buffered, self Value, args []Value) (Value, error) {
		var line Value
		var err error
		if _, ok := self.o.(*Buffered); ok {
			if err := th.bufCheckClosed(b, "readline of closed file"); err != nil {
				return Null, err
			}
			var p []byte
			p, err = th.bufReadline(b, -1)
			line = Obj(&Bytes{b: p})
		} else {
			line, err = th.CallMethod(self, "readline")
		}
		if err != nil {
			return Null, err
		}
		p, ok := bytesLike(line)
		if !ok {
			return Null, Errorf(OSErrorType, "readline() should have returned a bytes object, not '%s'", line.Type().Name)
		}
		if len(p) == 0 {
			return Null, NewException(StopIterationType)
		}
		return line, nil
	})
}

// BufferedRWPair is an instance of _io.BufferedRWPair.
type BufferedRWPair struct {
	reader, writer Value // Null until initialized
	dict           *Dict
}

// Type implements Object.
func (*BufferedRWPair) Type() *Type { return BufferedRWPairType }

func (p *BufferedRWPair) ensureDict() *Dict {
	if p.dict == nil {
		p.dict = NewDict()
	}
	return p.dict
}

func newRWPairType() *Type {
	t := newIOType("BufferedRWPair", BufferedIOBaseType)
	t.layout = t
	self := func(v Value) *BufferedRWPair { return unwrap(v).o.(*BufferedRWPair) }
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		p := &BufferedRWPair{}
		if cls != t {
			return newSubclassInstance(cls, Obj(p)), nil
		}
		return Obj(p), nil
	}}))
	method(t, "__init__", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "BufferedRWPair() takes no keyword arguments")
		}
		if len(args) < 2 || len(args) > 3 {
			if len(args) < 2 {
				return Null, Errorf(TypeErrorType, "BufferedRWPair expected at least 2 arguments, got %d", len(args))
			}
			return Null, Errorf(TypeErrorType, "BufferedRWPair expected at most 3 arguments, got %d", len(args))
		}
		p := self(s)
		if err := th.ioCheckAbility(args[0], "readable"); err != nil {
			return Null, err
		}
		if err := th.ioCheckAbility(args[1], "writable"); err != nil {
			return Null, err
		}
		rest := args[2:]
		r, err := th.Call(Obj(BufferedReaderType), append([]Value{args[0]}, rest...), nil)
		if err != nil {
			return Null, err
		}
		w, err := th.Call(Obj(BufferedWriterType), append([]Value{args[1]}, rest...), nil)
		if err != nil {
			return Null, err
		}
		p.reader, p.writer = r, w
		return None, nil
	})
	forward := func(name string, toWriter bool) {
		method(t, name, func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
			p := self(s)
			target := p.reader
			if toWriter {
				target = p.writer
			}
			if target.o == nil {
				return Null, Errorf(ValueErrorType, "I/O operation on uninitialized object")
			}
			m, err := th.GetAttr(target, NewStr(name))
			if err != nil {
				return Null, err
			}
			return th.Call(m, args, kw)
		})
	}
	for _, n := range []string{"read", "peek", "read1", "readinto", "readinto1", "readable"} {
		forward(n, false)
	}
	for _, n := range []string{"write", "flush", "writable"} {
		forward(n, true)
	}
	method(t, "close", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		p := self(s)
		if p.reader.o == nil {
			return Null, Errorf(ValueErrorType, "I/O operation on uninitialized object")
		}
		_, werr := th.CallMethod(p.writer, "close")
		_, rerr := th.CallMethod(p.reader, "close")
		if werr != nil {
			if re, ok := rerr.(*Exception); ok {
				if we, ok := werr.(*Exception); ok {
					linkContext(re, we)
				}
				return Null, re
			}
			return Null, werr
		}
		if rerr != nil {
			return Null, rerr
		}
		return None, nil
	})
	method(t, "isatty", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		p := self(s)
		if p.reader.o == nil {
			return Null, Errorf(ValueErrorType, "I/O operation on uninitialized object")
		}
		r, err := th.CallMethod(p.writer, "isatty")
		if err != nil || r == True {
			return r, err
		}
		return th.CallMethod(p.reader, "isatty")
	})
	t.addGetSet("closed", func(th *Thread, s Value) (Value, error) {
		p := self(s)
		if p.writer.o == nil {
			return Null, Errorf(RuntimeErrorType, "the BufferedRWPair object is being garbage-collected")
		}
		return th.GetAttr(p.writer, intern("closed"))
	}, nil)
	method(t, "__reduce_ex__", func(th *Thread, s Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot pickle '%s' object", ioTypeName(s))
	})
	return t
}

// initBufferedTypes makes the buffered types of _io.
func initBufferedTypes() []*Type {
	BufferedReaderType = newBufferedType("BufferedReader", true, false)
	BufferedWriterType = newBufferedType("BufferedWriter", false, true)
	BufferedRandomType = newBufferedType("BufferedRandom", true, true)
	BufferedRWPairType = newRWPairType()
	for _, t := range []*Type{BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType} {
		builtinWeakrefs[t] = true
	}
	return []*Type{BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType}
}

// bufRead1 is read1(n): the buffered bytes, or else one raw read.
func (th *Thread) bufRead1(b *Buffered, n int) (Value, error) {
	if n < 0 {
		n = b.bufSize
	}
	if n == 0 {
		return Obj(&Bytes{b: []byte{}}), nil
	}
	if have := b.readahead(); have > 0 {
		n = min(n, have)
		out := append([]byte{}, b.rbuf[b.rpos:b.rpos+n]...)
		b.rpos += n
		return Obj(&Bytes{b: out}), nil
	}
	if b.writable {
		if err := th.bufFlushAndRewind(b); err != nil {
			return Null, err
		}
	}
	b.resetRead()
	data, _, err := th.bufRawRead(b, n)
	if err != nil {
		return Null, err
	}
	return Obj(&Bytes{b: append([]byte{}, data...)}), nil
}

// bufReadinto is _buffered_readinto_generic.
func (th *Thread) bufReadinto(b *Buffered, dst []byte, one bool) (Value, error) {
	written := 0
	if n := b.readahead(); n > 0 {
		if n >= len(dst) {
			copy(dst, b.rbuf[b.rpos:])
			b.rpos += len(dst)
			return Int(int64(len(dst))), nil
		}
		copy(dst, b.rbuf[b.rpos:])
		b.rpos += n
		written = n
	}
	if b.writable {
		if err := th.bufFlushAndRewind(b); err != nil {
			return Null, err
		}
	}
	b.resetRead()
	for remaining := len(dst) - written; remaining > 0; remaining = len(dst) - written {
		var n int
		var none bool
		if remaining > b.bufSize {
			data, nn, err := th.bufRawRead(b, remaining)
			if err != nil {
				return Null, err
			}
			n, none = copy(dst[written:], data), nn
		} else if !(one && written > 0) {
			got, nn, err := th.bufFill(b)
			if err != nil {
				return Null, err
			}
			if got > 0 {
				got = min(got, remaining)
				copy(dst[written:], b.rbuf[:got])
				b.rpos = got
				written += got
				continue
			}
			none = nn
		}
		if n == 0 && !none || none && written > 0 {
			break
		}
		if none {
			return None, nil
		}
		written += n
		if one {
			break
		}
	}
	return Int(int64(written)), nil
}

// ioCheckAbility is _PyIOBase_check_readable and its kin: v.readable()
// (or seekable, writable) must be True.
func (th *Thread) ioCheckAbility(v Value, what string) error {
	r, err := th.CallMethod(v, what)
	if err != nil {
		return err
	}
	if r != True {
		return th.ioUnsupported("File or stream is not " + what + ".")
	}
	return nil
}
