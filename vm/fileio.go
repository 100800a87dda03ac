//go:build linux

package vm

// _io.FileIO: the raw binary stream over an operating system file
// descriptor (Modules/_io/fileio.c). Opening a file, or using a
// descriptor, needs the host's file system granted (Options.FS =
// HostFS), as the posix module's calls do.

import (
	"runtime"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// FileIO is an instance of _io.FileIO.
type FileIO struct {
	fd                                     int // -1 when closed
	created, readable, writable, appending bool
	seekable                               int8 // -1 until known
	closefd                                bool
	hasStat                                bool // blksize and size come from fstat at open
	regular                                bool // a regular file, as fstat found it at open
	blksize, size                          int64
	dict                                   *Dict
	inRepr                                 bool // __repr__ is running (its name's repr may be the file's)
}

// FileIOType is _io.FileIO.
var FileIOType *Type

// Type implements Object.
func (*FileIO) Type() *Type { return FileIOType }

func (f *FileIO) ensureDict() *Dict {
	if f.dict == nil {
		f.dict = NewDict()
	}
	return f.dict
}

// fioSelf returns the FileIO of self, an instance of FileIO or of a
// subclass (whose instances hold it as their base value).
func fioSelf(v Value) *FileIO { return unwrap(v).o.(*FileIO) }

// fioMaxRead bounds the buffer one read allocates ahead of the data it
// gets: reads of more than this from a file whose size is unknown
// (pipes, terminals) get at most this much per call.
const fioMaxRead = 1 << 20

// fioClosed is fileio.c's err_closed: without the period of iobase.c.
func fioClosed() error { return Errorf(ValueErrorType, "I/O operation on closed file") }

// fio returns the open FileIO of self.
func fio(self Value) (*FileIO, error) {
	f := fioSelf(self)
	if f.fd < 0 {
		return nil, fioClosed()
	}
	return f, nil
}

// modeString is the mode CPython reports: 'rb', 'wb', 'xb', 'ab', 'rb+',
// 'xb+', 'ab+'.
func (f *FileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

// internalClose closes the descriptor, once.
func (f *FileIO) internalClose() error {
	if f.fd < 0 {
		return nil
	}
	fd := f.fd
	f.fd = -1
	if err := unix.Close(fd); err != nil {
		return osError(err, Null, Null)
	}
	return nil
}

// fileIODied closes the descriptor of a FileIO nothing refers to any
// more, as CPython's deallocation does.
func fileIODied(f *FileIO) {
	if f.closefd && f.fd >= 0 {
		unix.Close(f.fd)
		f.fd = -1
	}
}

// fsConvertName converts a file name as PyUnicode_FSConverter does.
func (th *Thread) fsConvertName(v Value) (string, error) {
	r := unwrap(v)
	switch r.o.(type) {
	case *Str, *Bytes:
	default:
		if v.Type().Lookup("__fspath__").o == nil {
			return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", shortTypeName(v.Type()))
		}
		res, _, err := th.callDunder(v, "__fspath__")
		if err != nil {
			return "", err
		}
		r = unwrap(res)
		switch r.o.(type) {
		case *Str, *Bytes:
		default:
			return "", Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", shortTypeName(v.Type()), shortTypeName(res.Type()))
		}
	}
	var s string
	switch x := r.o.(type) {
	case *Str:
		b, err := th.fsEncode(x)
		if err != nil {
			return "", err
		}
		s = b
	case *Bytes:
		if x.mutable {
			return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", shortTypeName(v.Type()))
		}
		s = string(x.b)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", Errorf(ValueErrorType, "embedded null byte")
	}
	return s, nil
}

// parseMode sets f's access from a FileIO mode and returns the open(2)
// flags, as _io_FileIO___init___impl reads the mode.
func (f *FileIO) parseMode(mode string) (int, error) {
	badMode := Errorf(ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	rwa, plus := false, false
	flags := 0
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return 0, badMode
			}
			rwa = true
			switch c {
			case 'x':
				f.created, f.writable = true, true
				flags |= unix.O_EXCL | unix.O_CREAT
			case 'r':
				f.readable = true
			case 'w':
				f.writable = true
				flags |= unix.O_CREAT | unix.O_TRUNC
			case 'a':
				f.writable, f.appending = true, true
				flags |= unix.O_APPEND | unix.O_CREAT
			}
		case 'b':
		case '+':
			if plus {
				return 0, badMode
			}
			f.readable, f.writable, plus = true, true, true
		default:
			return 0, Errorf(ValueErrorType, "invalid mode: %s", mode)
		}
	}
	if !rwa {
		return 0, badMode
	}
	switch {
	case f.readable && f.writable:
		flags |= unix.O_RDWR
	case f.readable:
		flags |= unix.O_RDONLY
	default:
		flags |= unix.O_WRONLY
	}
	return flags | unix.O_CLOEXEC, nil
}

// fioInit is FileIO.__init__(file, mode='r', closefd=True, opener=None).
func fioInit(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	a, err := ioInitArgs("FileIO", args, kw, "file", "mode", "closefd", "opener")
	if err != nil {
		return Null, err
	}
	if a[0].o == nil {
		return Null, Errorf(TypeErrorType, "FileIO() missing required argument 'file' (pos 1)")
	}
	f := fioSelf(self)
	if f.fd >= 0 {
		if f.closefd {
			if err := f.internalClose(); err != nil {
				return Null, err
			}
		} else {
			f.fd = -1
		}
	}
	nameobj := a[0]
	if nameobj.IsBool() {
		if err := th.warn(RuntimeWarningType, "bool is used as a file descriptor"); err != nil {
			return Null, err
		}
	}
	fd, name := -1, ""
	if isIntLike(nameobj) || hasIndex(nameobj) && !nameobj.IsFloat() {
		n, err := th.cIntArg(nameobj)
		if err == nil && n < 0 {
			return Null, Errorf(ValueErrorType, "negative file descriptor")
		}
		if err == nil {
			fd = int(n)
		}
	}
	if fd < 0 {
		if name, err = th.fsConvertName(nameobj); err != nil {
			return Null, err
		}
	}
	mode := "r"
	if a[1].o != nil {
		m, ok := unwrap(a[1]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "FileIO() argument 'mode' must be str, not %s", a[1].Type().Name)
		}
		mode = m.s
	}
	closefd, err := th.boolArg(a[2], true)
	if err != nil {
		return Null, err
	}
	opener := a[3]
	if opener.o == nil {
		opener = None
	}
	f.created, f.readable, f.writable, f.appending, f.seekable = false, false, false, false, -1
	f.hasStat, f.regular = false, false
	flags, err := f.parseMode(mode)
	if err != nil {
		return Null, err
	}
	own := false
	if fd >= 0 {
		if !th.osGranted() {
			return Null, osNotGranted(Null)
		}
		f.fd, f.closefd = fd, closefd
	} else {
		f.closefd = true
		if !closefd {
			return Null, Errorf(ValueErrorType, "Cannot use closefd=False with file name")
		}
		if !th.osGranted() {
			return Null, osNotGranted(nameobj)
		}
		if f.fd, err = th.fioOpen(name, flags, nameobj, opener); err != nil {
			return Null, err
		}
		own = true
	}
	if err := th.fioAfterOpen(f, nameobj, self); err != nil {
		if !own {
			f.fd = -1
		}
		f.internalClose()
		return Null, err
	}
	return None, nil
}

// fioOpen opens name with flags, through opener unless it is None.
func (th *Thread) fioOpen(name string, flags int, nameobj, opener Value) (int, error) {
	th.flushFileWrites()
	if opener.IsNone() {
		for {
			fd, err := unix.Open(name, flags, 0o666)
			if err == nil {
				return fd, nil
			}
			if err != unix.EINTR {
				return -1, osError(err, nameobj, Null)
			}
			if err := th.poll(0); err != nil {
				return -1, err
			}
		}
	}
	r, err := th.Call(opener, []Value{nameobj, Int(int64(flags))}, nil)
	if err != nil {
		return -1, err
	}
	if !isIntLike(r) {
		return -1, Errorf(TypeErrorType, "expected integer from opener")
	}
	n, err := th.cIntArg(r)
	if err != nil {
		return -1, err
	}
	if n < 0 {
		return -1, Errorf(ValueErrorType, "opener returned %d", n)
	}
	fd := int(n)
	// The opener may have left the descriptor inheritable.
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_SETFD, unix.FD_CLOEXEC); err != nil {
		unix.Close(fd)
		return -1, osError(err, Null, Null)
	}
	return fd, nil
}

// fioAfterOpen checks the open descriptor as CPython does (no
// directories), records its size and block size, sets name and seeks to
// the end for appending.
func (th *Thread) fioAfterOpen(f *FileIO, nameobj, self Value) error {
	var st unix.Stat_t
	if err := unix.Fstat(f.fd, &st); err != nil {
		if err == unix.EBADF {
			return osError(err, Null, Null)
		}
	} else {
		if st.Mode&unix.S_IFMT == unix.S_IFDIR {
			return errnoError(int(syscall.EISDIR), nameobj, Null)
		}
		f.hasStat, f.blksize, f.size = true, int64(st.Blksize), st.Size
		f.regular = st.Mode&unix.S_IFMT == unix.S_IFREG
	}
	if err := th.SetAttr(self, NewStr("name"), nameobj); err != nil {
		return err
	}
	if f.appending {
		if _, err := f.lseek(0, 2, true); err != nil {
			return err
		}
	}
	return nil
}

// lseek is portable_lseek: it learns whether the file is seekable.
func (f *FileIO) lseek(pos int64, whence int, suppressPipe bool) (int64, error) {
	res, err := unix.Seek(f.fd, pos, whence)
	if f.seekable < 0 {
		f.seekable = 1
		if err != nil {
			f.seekable = 0
		}
	}
	if err != nil {
		if suppressPipe && err == unix.ESPIPE {
			return 0, nil
		}
		return 0, osError(err, Null, Null)
	}
	return res, nil
}

// sysRead is _Py_read: read(2) retried on EINTR; while it would wait,
// interrupts (Ctrl-C) are handled (see waitReadable).
func (th *Thread) sysRead(fd int, p []byte) (int, error) {
	for {
		if err := th.waitReadable(fd); err != nil {
			return 0, err
		}
		n, err := unix.Read(fd, p)
		if err != unix.EINTR {
			return n, err
		}
		if err := th.poll(0); err != nil {
			return 0, err
		}
	}
}

// readLimit is how many bytes a read of up to n bytes allocates: at most
// what the file holds past its position (and one more, to see its end),
// or fioMaxRead when that is unknown.
func (f *FileIO) readLimit(n int64) int64 {
	if n <= fioMaxRead {
		return n
	}
	var st unix.Stat_t
	if unix.Fstat(f.fd, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG {
		if pos, err := unix.Seek(f.fd, 0, 1); err == nil {
			return min(n, max(st.Size-pos, 0)+1)
		}
	}
	return fioMaxRead
}

// readAll is FileIO.readall: everything up to the end of the file, None
// when a non-blocking descriptor has nothing yet.
func (th *Thread) fioReadAll(f *FileIO) (Value, error) {
	bufsize := int64(8192)
	if f.hasStat && f.size > 0 {
		if pos, err := unix.Seek(f.fd, 0, 1); err == nil && f.size >= pos {
			bufsize = f.size - pos + 1
		}
	}
	if err := th.alloc(bufsize); err != nil {
		return Null, err
	}
	buf := make([]byte, bufsize)
	got := 0
	for {
		if got >= len(buf) {
			grow := int64(got) + int64(got)>>3
			if got <= 65536 {
				grow = int64(got) + 256 + int64(got)
			}
			grow = max(grow, int64(got)+8192)
			if err := th.alloc(grow); err != nil {
				return Null, err
			}
			nb := make([]byte, grow)
			copy(nb, buf[:got])
			buf = nb
		}
		n, err := th.sysRead(f.fd, buf[got:])
		if err != nil {
			if err == unix.EAGAIN {
				if got > 0 {
					break
				}
				return None, nil
			}
			if e, ok := err.(*Exception); ok {
				return Null, e
			}
			return Null, osError(err, Null, Null)
		}
		if n == 0 {
			break
		}
		got += n
		if err := th.tick(); err != nil {
			return Null, err
		}
	}
	return Obj(&Bytes{b: buf[:got:got]}), nil
}

// fioReadErr converts the error of sysRead: EAGAIN is None.
func fioReadErr(err error) (Value, error) {
	if err == unix.EAGAIN {
		return None, nil
	}
	if e, ok := err.(*Exception); ok {
		return Null, e
	}
	return Null, osError(err, Null, Null)
}

// fioSeekPos reads the position argument of seek and truncate as
// PyLong_AsLongLong does.
func (th *Thread) fioSeekPos(v Value) (int64, error) {
	if !isIntLike(v) && !hasIndex(v) || v.IsFloat() {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	n, err := th.sizeArg(v)
	if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C long")
	}
	return n, err
}

func initFileIO(t *Type) {
	builtinWeakrefs[t] = true
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		f := &FileIO{fd: -1, seekable: -1, closefd: true}
		if cls != FileIOType && cls.hasDel() {
			// Its __del__ is the instance's finalizer; the descriptor
			// is still closed when the FileIO goes.
			runtime.SetFinalizer(f, fileIODied)
			return newSubclassInstance(cls, Obj(f)), nil
		}
		return th.newIOObject(cls, f), nil
	}}))
	method(t, "__init__", fioInit)
	method(t, "read", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		size, err := th.ioOptSize(args, 0)
		if err != nil {
			return Null, err
		}
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		if !f.readable {
			return Null, th.ioUnsupported("File not open for reading")
		}
		if size < 0 {
			return th.fioReadAll(f)
		}
		size = f.readLimit(size)
		if err := th.alloc(size); err != nil {
			return Null, err
		}
		buf := make([]byte, size)
		n, rerr := th.sysRead(f.fd, buf)
		if rerr != nil {
			return fioReadErr(rerr)
		}
		return Obj(&Bytes{b: buf[:n:n]}), nil
	})
	method(t, "readall", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		return th.fioReadAll(f)
	})
	method(t, "readinto", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		dst, err := writableBuffer(args[0], "readinto() argument")
		if err != nil {
			return Null, err
		}
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		if !f.readable {
			return Null, th.ioUnsupported("File not open for reading")
		}
		n, rerr := th.sysRead(f.fd, dst)
		if rerr != nil {
			return fioReadErr(rerr)
		}
		return Int(int64(n)), nil
	})
	method(t, "write", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		data, err := th.bytesLikeArg("write", args[0])
		if err != nil {
			return Null, err
		}
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		if !f.writable {
			return Null, th.ioUnsupported("File not open for writing")
		}
		for {
			n, werr := th.writeReleased(f.fd, data)
			switch werr {
			case nil:
				return Int(int64(n)), nil
			case unix.EINTR:
				if err := th.poll(0); err != nil {
					return Null, err
				}
				continue
			case unix.EAGAIN:
				return None, nil
			}
			return Null, osError(werr, Null, Null)
		}
	})
	method(t, "seek", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		whence := 0
		if len(args) > 1 {
			w, err := th.intArg(args[1])
			if err != nil {
				return Null, err
			}
			whence = w
		}
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		pos, err := th.fioSeekPos(args[0])
		if err != nil {
			return Null, err
		}
		res, err := f.lseek(pos, whence, false)
		return Int(res), err
	})
	method(t, "tell", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		res, err := f.lseek(0, 1, false)
		return Int(res), err
	})
	method(t, "truncate", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		if !f.writable {
			return Null, th.ioUnsupported("File not open for writing")
		}
		posobj := None
		if len(args) > 0 {
			posobj = args[0]
		}
		if posobj.IsNone() {
			cur, err := f.lseek(0, 1, false)
			if err != nil {
				return Null, err
			}
			posobj = Int(cur)
		}
		pos, err := th.fioSeekPos(posobj)
		if err != nil {
			return Null, err
		}
		if err := unix.Ftruncate(f.fd, pos); err != nil {
			return Null, osError(err, Null, Null)
		}
		f.hasStat = false
		return posobj, nil
	})
	method(t, "close", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f := fioSelf(self)
		closeBase := RawIOBaseType.Lookup("close")
		res, cerr := th.Call(closeBase, []Value{self}, nil)
		if !f.closefd {
			f.fd = -1
			return res, cerr
		}
		err := f.internalClose()
		if cerr != nil {
			return Null, cerr
		}
		if err != nil {
			return Null, err
		}
		return res, nil
	})
	method(t, "seekable", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		if f.seekable < 0 {
			f.lseek(0, 1, false)
		}
		return Bool(f.seekable == 1), nil
	})
	method(t, "readable", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		return Bool(f.readable), nil
	})
	method(t, "writable", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		return Bool(f.writable), nil
	})
	method(t, "fileno", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		return Int(int64(f.fd)), nil
	})
	method(t, "isatty", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := fio(self)
		if err != nil {
			return Null, err
		}
		return Bool(isTerminal(f.fd)), nil
	})
	method(t, "_dealloc_warn", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		// CPython's fileio_dealloc_warn: a stream about to be closed by
		// its finalizer (source, this file or a stream over it) warns
		// that the program left it open.
		if f := fioSelf(self); f.fd >= 0 && f.closefd {
			th.resourceWarning("unclosed file", args[0], self)
		}
		return None, nil
	})
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		f := fioSelf(self)
		// CPython 3.11 names the type _io.FileIO for subclasses too.
		tn := "_io.FileIO"
		if f.fd < 0 {
			return String("<" + tn + " [closed]>"), nil
		}
		closefd := "False"
		if f.closefd {
			closefd = "True"
		}
		name, err := th.GetAttr(self, NewStr("name"))
		if err != nil {
			if !isAttributeError(err) {
				return Null, err
			}
			return String("<" + tn + " fd=" + itoa(f.fd) + " mode='" + f.modeString() + "' closefd=" + closefd + ">"), nil
		}
		// The name's repr calling back here (directly, which the
		// protocol's guard against a builtin method asking for itself
		// would answer with object's repr, or through other objects).
		if f.inRepr || name.Is(self) {
			return Null, Errorf(RuntimeErrorType, "reentrant call inside %s.__repr__", tn)
		}
		f.inRepr = true
		r, err := th.Repr(name)
		f.inRepr = false
		if err != nil {
			return Null, err
		}
		return String("<" + tn + " name=" + r + " mode='" + f.modeString() + "' closefd=" + closefd + ">"), nil
	})
	t.addGetSetDoc("closed", "True if the file is closed", func(th *Thread, self Value) (Value, error) {
		return Bool(fioSelf(self).fd < 0), nil
	}, nil)
	t.addGetSetDoc("closefd", "True if the file descriptor will be closed by close().", func(th *Thread, self Value) (Value, error) {
		return Bool(fioSelf(self).closefd), nil
	}, nil)
	t.addGetSetDoc("mode", "String giving the file mode", func(th *Thread, self Value) (Value, error) {
		return String(fioSelf(self).modeString()), nil
	}, nil)
	t.addGetSet("_blksize", func(th *Thread, self Value) (Value, error) {
		f := fioSelf(self)
		if f.hasStat && f.blksize > 1 {
			return Int(f.blksize), nil
		}
		return Int(ioDefaultBufferSize), nil
	}, nil)
}

// makeFileIOType makes _io.FileIO.
func makeFileIOType() *Type {
	t := newIOType("FileIO", RawIOBaseType)
	t.layout = t
	initFileIO(t)
	return t
}
