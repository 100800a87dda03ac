package vm

// File access. Every file a script reads (modules it imports, open(),
// source lines for tracebacks) goes through the file system its host
// granted in Options.FS; with none, the script reads no files.

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/pyjit/pyjit/vm/code"
)

// HostFS grants a script the host's whole file system, with paths read as
// the operating system reads them (relative ones from the working
// directory). The pyjit command runs programs with it.
type HostFS struct{}

// Open implements fs.FS.
func (HostFS) Open(name string) (fs.File, error) { return os.Open(name) }

// ReadFile implements fs.ReadFileFS.
func (HostFS) ReadFile(name string) ([]byte, error) { return os.ReadFile(name) }

// errNoFileAccess is returned by readFile when no file system was granted.
var errNoFileAccess = errors.New("file access is not granted")

// readFile reads a file through the granted file system. Paths other than
// HostFS's are taken relative to the file system's root, "/" included.
func (in *Interpreter) readFile(name string) ([]byte, error) {
	switch fsys := in.fsys.(type) {
	case nil:
		return nil, &fs.PathError{Op: "open", Path: name, Err: errNoFileAccess}
	case HostFS:
		return fsys.ReadFile(name)
	default:
		p := path.Clean(strings.TrimPrefix(filepath.ToSlash(name), "/"))
		return fs.ReadFile(fsys, p)
	}
}

// readModuleFile reads a module's source file: from the standard library
// the interpreter was given when name lies in it, else as readFile does.
func (in *Interpreter) readModuleFile(name string) ([]byte, error) {
	if rest, ok := in.stdlibPath(name); ok {
		return fs.ReadFile(in.stdlib, rest)
	}
	return in.readFile(name)
}

// stdlibPath returns the path within the standard library's file system
// of file name, when name is one of its files.
func (in *Interpreter) stdlibPath(name string) (string, bool) {
	if in.stdlib == nil {
		return "", false
	}
	rest, ok := strings.CutPrefix(name, in.stdlibDir+string(filepath.Separator))
	return filepath.ToSlash(rest), ok
}

// inStdlib reports whether file name is one of the standard library's.
func (in *Interpreter) inStdlib(name string) bool {
	_, ok := in.stdlibPath(name)
	return ok
}

// newOSError builds an OSError subclass as CPython's OSError(errno,
// strerror, filename) does.
func newOSError(t *Type, errno int, strerror, filename string) *Exception {
	e := NewException(t, Int(int64(errno)), String(strerror))
	e.fields = []Value{Int(int64(errno)), String(strerror), String(filename), Null, Null}
	return e
}

// osErrorSubclass is the OSError subclass CPython raises for an errno.
func osErrorSubclass(errno int64) (*Type, bool) {
	switch syscall.Errno(errno) {
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		return BlockingIOErrorType, true
	case syscall.ECHILD:
		return ChildProcessErrorType, true
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return BrokenPipeErrorType, true
	case syscall.ECONNABORTED:
		return ConnectionAbortedErrorType, true
	case syscall.ECONNREFUSED:
		return ConnectionRefusedErrorType, true
	case syscall.ECONNRESET:
		return ConnectionResetErrorType, true
	case syscall.EEXIST:
		return FileExistsErrorType, true
	case syscall.ENOENT:
		return FileNotFoundErrorType, true
	case syscall.EISDIR:
		return IsADirectoryErrorType, true
	case syscall.ENOTDIR:
		return NotADirectoryErrorType, true
	case syscall.EINTR:
		return InterruptedErrorType, true
	case syscall.EACCES, syscall.EPERM:
		return PermissionErrorType, true
	case syscall.ESRCH:
		return ProcessLookupErrorType, true
	case syscall.ETIMEDOUT:
		return TimeoutErrorType, true
	}
	return nil, false
}

// fileError converts an error from readFile into the OSError CPython
// would raise for the same failure.
func fileError(err error, name string) *Exception {
	switch {
	case errors.Is(err, errNoFileAccess):
		return newOSError(PermissionErrorType, int(syscall.EACCES), "pyjit: file access is not granted to this program", name)
	case errors.Is(err, fs.ErrNotExist):
		return newOSError(FileNotFoundErrorType, int(syscall.ENOENT), "No such file or directory", name)
	case errors.Is(err, fs.ErrPermission):
		return newOSError(PermissionErrorType, int(syscall.EACCES), "Permission denied", name)
	case errors.Is(err, syscall.EISDIR):
		return newOSError(IsADirectoryErrorType, int(syscall.EISDIR), "Is a directory", name)
	}
	return NewException(OSErrorType, String(err.Error()))
}

// openArgs are the arguments of open() as _io.open's argument clinic
// converts them.
type openArgs struct {
	file                                                          Value // an int-like descriptor, str or bytes
	mode                                                          string
	buffering                                                     int
	encoding, errors, newline                                     Value // str or None
	closefd                                                       bool
	opener                                                        Value
	rawMode                                                       string
	creating, reading, writing, appending, updating, text, binary bool
}

// parseOpenArgs converts and checks the arguments of open() as
// _io_open_impl does, with its messages.
func (th *Thread) parseOpenArgs(args []Value, kwnames []string) (*openArgs, error) {
	var file, modeArg, buffering, encoding, errorsArg, newline, closefd, opener Value
	if err := unpackArgs("open", args, kwnames, 1, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
		&file, &modeArg, &buffering, &encoding, &errorsArg, &newline, &closefd, &opener); err != nil {
		return nil, err
	}
	a := &openArgs{mode: "r", buffering: -1, encoding: None, errors: None, newline: None, opener: None}
	if modeArg.o != nil {
		m, ok := unwrap(modeArg).o.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "open() argument 'mode' must be str, not %s", modeArg.Type().Name)
		}
		a.mode = m.s
	}
	if buffering.o != nil {
		n, err := th.intArg(buffering)
		if err != nil {
			return nil, err
		}
		a.buffering = n
	}
	for _, p := range []struct {
		v    Value
		dst  *Value
		name string
	}{{encoding, &a.encoding, "encoding"}, {errorsArg, &a.errors, "errors"}, {newline, &a.newline, "newline"}} {
		if p.v.o == nil || p.v.IsNone() {
			continue
		}
		if _, ok := p.v.o.(*Str); !ok {
			return nil, Errorf(TypeErrorType, "open() argument '%s' must be str or None, not %s", p.name, p.v.Type().Name)
		}
		*p.dst = p.v
	}
	var err error
	if a.closefd, err = th.boolArg(closefd, true); err != nil {
		return nil, err
	}
	if opener.o != nil {
		a.opener = opener
	}
	if file.IsFloat() || isIntLike(file) || hasIndex(file) {
		a.file = file
	} else if a.file, err = th.fsPathValue(file); err != nil {
		return nil, err
	}
	return a, a.decodeMode()
}

// fsPathValue is os.fspath(v): a str or bytes, or the result of
// __fspath__.
func (th *Thread) fsPathValue(v Value) (Value, error) {
	switch r := unwrap(v).o.(type) {
	case *Str:
		return v, nil
	case *Bytes:
		if !r.mutable {
			return v, nil
		}
	}
	if v.Type().Lookup("__fspath__").o == nil {
		return Null, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", shortTypeName(v.Type()))
	}
	res, _, err := th.callDunder(v, "__fspath__")
	if err != nil {
		return Null, err
	}
	switch r := unwrap(res).o.(type) {
	case *Str:
		return res, nil
	case *Bytes:
		if !r.mutable {
			return res, nil
		}
	}
	return Null, Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", shortTypeName(v.Type()), shortTypeName(res.Type()))
}

// decodeMode reads the mode string as _io_open_impl does.
func (a *openArgs) decodeMode() error {
	for i, c := range a.mode {
		switch c {
		case 'x':
			a.creating = true
		case 'r':
			a.reading = true
		case 'w':
			a.writing = true
		case 'a':
			a.appending = true
		case '+':
			a.updating = true
		case 't':
			a.text = true
		case 'b':
			a.binary = true
		default:
			return Errorf(ValueErrorType, "invalid mode: '%s'", a.mode)
		}
		if strings.ContainsRune(a.mode[i+1:], c) {
			return Errorf(ValueErrorType, "invalid mode: '%s'", a.mode)
		}
	}
	for _, m := range []struct {
		on bool
		c  string
	}{{a.creating, "x"}, {a.reading, "r"}, {a.writing, "w"}, {a.appending, "a"}, {a.updating, "+"}} {
		if m.on {
			a.rawMode += m.c
		}
	}
	n := 0
	for _, on := range []bool{a.creating, a.reading, a.writing, a.appending} {
		if on {
			n++
		}
	}
	switch {
	case a.text && a.binary:
		return Errorf(ValueErrorType, "can't have text and binary mode at once")
	case n > 1:
		return Errorf(ValueErrorType, "must have exactly one of create/read/write/append mode")
	case a.binary && !a.encoding.IsNone():
		return Errorf(ValueErrorType, "binary mode doesn't take an encoding argument")
	case a.binary && !a.errors.IsNone():
		return Errorf(ValueErrorType, "binary mode doesn't take an errors argument")
	case a.binary && !a.newline.IsNone():
		return Errorf(ValueErrorType, "binary mode doesn't take a newline argument")
	}
	return nil
}

// builtinOpen is open(), io.open: with the host's file system granted, a
// native _io.FileIO wrapped in the buffered and text streams of _io (as
// CPython's _io.open builds them). Without it (another file system
// granted), files can only be read, and their contents come back as an
// io.StringIO (text modes) or io.BytesIO (binary modes) with name and
// mode attributes.
func builtinOpen(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	a, err := th.parseOpenArgs(args, kwnames)
	if err != nil {
		return Null, err
	}
	if a.binary && a.buffering == 1 {
		if err := th.warn(RuntimeWarningType, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used"); err != nil {
			return Null, err
		}
	}
	if _, host := th.interp.fsys.(HostFS); host {
		ioOnce.Do(initIOTypes)
		if FileIOType != nil {
			return th.openStreams(a)
		}
	}
	return th.openWhole(a)
}

// openStreams builds the raw, buffered and text streams of open().
func (th *Thread) openStreams(a *openArgs) (Value, error) {
	raw, err := th.Call(Obj(FileIOType), []Value{a.file, String(a.rawMode), Bool(a.closefd), a.opener}, nil)
	if err != nil {
		return Null, err
	}
	result := raw
	v, err := th.openWrap(a, raw, &result)
	if err != nil {
		if _, cerr := th.CallMethod(result, "close"); cerr != nil {
			if ce, ok := cerr.(*Exception); ok {
				if e, ok := err.(*Exception); ok {
					linkContext(ce, e)
				}
				return Null, ce
			}
		}
		return Null, err
	}
	return v, nil
}

// openWrap wraps raw in a buffered stream and that in a text stream as
// the mode asks; result is the outermost stream made so far.
func (th *Thread) openWrap(a *openArgs, raw Value, result *Value) (Value, error) {
	buffering := a.buffering
	isatty := false
	if buffering < 0 {
		r, err := th.CallMethod(raw, "isatty")
		if err != nil {
			return Null, err
		}
		if isatty, err = th.Truth(r); err != nil {
			return Null, err
		}
	}
	lineBuffering := buffering == 1 || isatty
	if lineBuffering {
		buffering = -1
	}
	if buffering < 0 {
		bs, err := th.GetAttr(raw, NewStr("_blksize"))
		if err != nil {
			return Null, err
		}
		if buffering, err = th.intArg(bs); err != nil {
			return Null, err
		}
	}
	if buffering < 0 {
		return Null, Errorf(ValueErrorType, "invalid buffering size")
	}
	if buffering == 0 {
		if !a.binary {
			return Null, Errorf(ValueErrorType, "can't have unbuffered text I/O")
		}
		return raw, nil
	}
	cls := BufferedReaderType
	switch {
	case a.updating:
		cls = BufferedRandomType
	case a.creating || a.writing || a.appending:
		cls = BufferedWriterType
	}
	buffer, err := th.Call(Obj(cls), []Value{raw, Int(int64(buffering))}, nil)
	if err != nil {
		return Null, err
	}
	*result = buffer
	if a.binary {
		return buffer, nil
	}
	wrapper, err := th.Call(Obj(TextIOWrapperType), []Value{buffer, a.encoding, a.errors, a.newline, Bool(lineBuffering)}, nil)
	if err != nil {
		return Null, err
	}
	*result = wrapper
	if err := th.SetAttr(wrapper, NewStr("mode"), String(a.mode)); err != nil {
		return Null, err
	}
	return wrapper, nil
}

// openWhole is open() for reading without file streams: the whole file
// read through the granted file system into an in-memory stream.
func (th *Thread) openWhole(a *openArgs) (Value, error) {
	name, ok := a.file.o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "pyjit: open() takes a file name as a str, not %s", a.file.Type().Name)
	}
	if !a.reading || a.updating {
		if th.interp.fsys == nil {
			return Null, newOSError(PermissionErrorType, int(syscall.EACCES), "pyjit: file access is not granted to this program", name.s)
		}
		return Null, Errorf(NotImplementedErrorType, "pyjit: open() can only read files here (mode %s): writing needs the host's file system", code.StrRepr(a.mode))
	}
	data, err := th.interp.readFile(name.s)
	if err != nil {
		return Null, fileError(err, name.s)
	}
	io, err := th.importModule("io")
	if err != nil {
		return Null, err
	}
	// Text mode reads universal newlines.
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	cls, content := "StringIO", String(text)
	if a.binary {
		cls, content = "BytesIO", Obj(&Bytes{b: data})
	}
	ctor, err := th.GetAttr(io, NewStr(cls))
	if err != nil {
		return Null, err
	}
	f, err := th.Call(ctor, []Value{content}, nil)
	if err != nil {
		return Null, err
	}
	for attr, v := range map[string]Value{"name": Obj(name), "mode": String(a.mode)} {
		if err := th.SetAttr(f, NewStr(attr), v); err != nil {
			return Null, err
		}
	}
	return f, nil
}
