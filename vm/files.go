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
	if in.stdlib != nil {
		if rest, ok := strings.CutPrefix(name, in.stdlibDir+string(filepath.Separator)); ok {
			return fs.ReadFile(in.stdlib, filepath.ToSlash(rest))
		}
	}
	return in.readFile(name)
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

// builtinOpen is open() for reading: the file's contents come back as an
// io.StringIO (text modes) or io.BytesIO (binary modes) with name and mode
// attributes.
func builtinOpen(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	var file, modeArg, buffering, encoding, errorsArg, newline, closefd, opener Value
	if err := unpackArgs("open", args, kwnames, 1, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
		&file, &modeArg, &buffering, &encoding, &errorsArg, &newline, &closefd, &opener); err != nil {
		return Null, err
	}
	name, ok := file.o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "pyjit: open() takes a file name as a str, not %s", file.Type().Name)
	}
	mode := "r"
	if modeArg.o != nil {
		m, ok := modeArg.o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "open() argument 'mode' must be str, not %s", modeArg.Type().Name)
		}
		mode = m.s
	}
	if strings.ContainsAny(mode, "wax+") {
		return Null, Errorf(NotImplementedErrorType, "pyjit: open() can only read files (mode %s)", ShortRepr(String(mode)))
	}
	if strings.Trim(mode, "rbt") != "" || strings.Contains(mode, "b") && strings.Contains(mode, "t") {
		return Null, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
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
	if strings.Contains(mode, "b") {
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
	for attr, v := range map[string]Value{"name": Obj(name), "mode": String(mode)} {
		if err := th.SetAttr(f, NewStr(attr), v); err != nil {
			return Null, err
		}
	}
	return f, nil
}
