//go:build linux

package vm

// The posix module: the operating system calls os.py builds on, with
// CPython 3.11's names, signatures, results and errors
// (Modules/posixmodule.c). Every call that reads or changes the host
// (files, directories, processes, the environment, file descriptors)
// needs the host's file system granted (Options.FS = HostFS); without it
// the call raises PermissionError as open() does, and environ is empty.
// Of process creation, only the spawn* functions are there (posixspawn.go):
// fork, exec* and posix_spawn are absent.

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/pyjit/pyjit/vm/errnos"
	"golang.org/x/sys/unix"
)

// osGranted reports whether the script may use the host's operating
// system: it was granted the host's whole file system.
func (th *Thread) osGranted() bool {
	_, ok := th.interp.fsys.(HostFS)
	return ok
}

// osNotGranted is the PermissionError of an operating system call the
// script has no grant for; filename is Null when the call names no file.
func osNotGranted(filename Value) error {
	return osErrorWith(PermissionErrorType, int(syscall.EACCES), "pyjit: file access is not granted to this program", filename, Null)
}

// osCheck returns osNotGranted unless the script may use the host.
func (th *Thread) osCheck(filename Value) error {
	if th.osGranted() {
		return nil
	}
	return osNotGranted(filename)
}

// osErrorWith builds an exception of type t as OSError(errno, strerror,
// filename, None, filename2) does; Null filenames are left unset.
func osErrorWith(t *Type, errno int, strerror string, filename, filename2 Value) *Exception {
	e := NewException(t, Int(int64(errno)), String(strerror))
	e.fields = []Value{Int(int64(errno)), String(strerror), Null, Null, Null}
	if filename.o != nil && !filename.IsNone() {
		e.fields[osFilename] = filename
		if filename2.o != nil && !filename2.IsNone() {
			e.fields[osFilename2] = filename2
		}
	}
	return e
}

// errnoError is the OSError subclass CPython raises for errno n
// (PyErr_SetFromErrnoWithFilenameObjects).
func errnoError(n int, filename, filename2 Value) *Exception {
	t, ok := osErrorSubclass(int64(n))
	if !ok {
		t = OSErrorType
	}
	return osErrorWith(t, n, errnos.Message(n), filename, filename2)
}

// osError converts the error of a system call into CPython's exception.
func osError(err error, filename, filename2 Value) error {
	var en syscall.Errno
	if errors.As(err, &en) {
		return errnoError(int(en), filename, filename2)
	}
	return NewException(OSErrorType, String(err.Error()))
}

// osPath is a path argument as CPython's path_converter reads it.
type osPath struct {
	obj     Value  // the argument as given (for error messages)
	s       string // the path's bytes
	isBytes bool   // given as bytes: results are bytes
	fd      int    // the file descriptor, when hasFd
	hasFd   bool
	none    bool // None given for a nullable path
}

// pathArg converts argument arg of function fn as path_converter does:
// str, bytes or os.PathLike, and with allowFd an int file descriptor, and
// with nullable None.
func (th *Thread) pathArg(fn, arg string, v Value, nullable, allowFd bool) (osPath, error) {
	p := osPath{obj: v}
	if v.IsNone() && nullable {
		p.none, p.s = true, "."
		return p, nil
	}
	if allowFd && isIntLike(v) {
		fd, err := th.cIntArg(v)
		if err != nil {
			return p, err
		}
		p.fd, p.hasFd = int(fd), true
		return p, nil
	}
	r := bufferObject(v)
	if b, ok := r.o.(*Bytes); ok && b.mutable || isMemoryView(r) {
		// Other bytes-like objects are deprecated: read as bytes, with
		// a DeprecationWarning that says what the TypeError would.
		if err := th.warn(DeprecationWarningType, pathTypeMessage(fn, arg, v, nullable, allowFd)); err != nil {
			return p, err
		}
		data, _ := bytesLike(r)
		r = Obj(&Bytes{b: data})
	}
	switch r.o.(type) {
	case *Str, *Bytes:
	default:
		if v.Type().Lookup("__fspath__").o == nil {
			return p, pathTypeError(fn, arg, v, nullable, allowFd)
		}
		res, _, err := th.callDunder(v, "__fspath__")
		if err != nil {
			return p, err
		}
		switch unwrap(res).o.(type) {
		case *Str, *Bytes:
		default:
			return p, Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", shortTypeName(v.Type()), shortTypeName(res.Type()))
		}
		r = unwrap(res)
		p.obj = res
	}
	switch x := r.o.(type) {
	case *Str:
		b, err := th.fsEncode(x)
		if err != nil {
			return p, err
		}
		p.s = b
		if strings.IndexByte(p.s, 0) >= 0 {
			// PyUnicode_FSConverter's message.
			return p, Errorf(ValueErrorType, "embedded null byte")
		}
	case *Bytes:
		if x.mutable {
			// From __fspath__, which must give str or bytes.
			return p, pathTypeError(fn, arg, v, nullable, allowFd)
		}
		p.s, p.isBytes = string(x.b), true
		if strings.IndexByte(p.s, 0) >= 0 {
			return p, Errorf(ValueErrorType, "%s: embedded null character in %s", fn, arg)
		}
	}
	return p, nil
}

// isMemoryView reports whether v is a memoryview.
func isMemoryView(v Value) bool {
	_, ok := v.o.(*MemoryView)
	return ok
}

// pathTypeError is path_converter's TypeError for an argument of the
// wrong type.
func pathTypeError(fn, arg string, v Value, nullable, allowFd bool) error {
	return Errorf(TypeErrorType, "%s", pathTypeMessage(fn, arg, v, nullable, allowFd))
}

// pathTypeMessage says what path_converter accepts and what it got.
func pathTypeMessage(fn, arg string, v Value, nullable, allowFd bool) string {
	allowed := "string, bytes or os.PathLike"
	switch {
	case allowFd && nullable:
		allowed = "string, bytes, os.PathLike, integer or None"
	case allowFd:
		allowed = "string, bytes, os.PathLike or integer"
	case nullable:
		allowed = "string, bytes, os.PathLike or None"
	}
	return fn + ": " + arg + " should be " + allowed + ", not " + shortTypeName(v.Type())
}

// fsEncode encodes a str as the file system encoding does: UTF-8 with
// surrogateescape.
func (th *Thread) fsEncode(s *Str) (string, error) {
	if !hasSurrogate(s.s) {
		return s.s, nil
	}
	b, err := th.encodeStr("fsencode", s, Obj(s), String("utf-8"), String("surrogateescape"))
	if err != nil {
		return "", err
	}
	return string(b.b), nil
}

// fsDecode decodes a file name as the file system encoding does.
func (th *Thread) fsDecode(b string) (Value, error) {
	if utf8.ValidString(b) {
		return String(b), nil
	}
	return th.decodeBytes("fsdecode", Null, []byte(b), String("utf-8"), String("surrogateescape"))
}

// fsResult returns a name in the type of the path it came from: bytes
// for a bytes path, else str.
func (th *Thread) fsResult(p osPath, name string) (Value, error) {
	if p.isBytes {
		return Obj(&Bytes{b: []byte(name)}), nil
	}
	return th.fsDecode(name)
}

// dirFdArg converts a dir_fd argument: None (or absent) is the working
// directory.
func (th *Thread) dirFdArg(v Value) (int, error) {
	if v.o == nil || v.IsNone() {
		return unix.AT_FDCWD, nil
	}
	if !isIntLike(v) {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not %s", v.Type().Name)
	}
	fd, err := th.cIntArg(v)
	return int(fd), err
}

// boolArg reads an optional flag argument by its truth; absent is def.
func (th *Thread) boolArg(v Value, def bool) (bool, error) {
	if v.o == nil {
		return def, nil
	}
	return th.Truth(v)
}

// intArg reads an int argument as CPython's C int converter does.
func (th *Thread) intArg(v Value) (int, error) {
	if v.IsFloat() {
		return 0, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := th.cIntArg(v)
	return int(n), err
}

// uintValue is a Python int for an unsigned C value.
func uintValue(u uint64) Value {
	if u > math.MaxInt64 {
		return IntFromBig(new(big.Int).SetUint64(u))
	}
	return Int(int64(u))
}

// structSeqDesc describes a struct sequence type of module posix.
type structSeqDesc struct {
	module, name string
	fields       []string // "" for an unnamed sequence field
	nSeq         int
	fill         func(fields []Value) // completes what the constructor left None
}

// makeType makes the type d describes, shared by every interpreter.
func (d *structSeqDesc) makeType() *Type {
	t := newStructSeqType(d.module, d.name, d.fields, d.nSeq, d.fill)
	attachArgSpecs([]*Type{t})
	freezeDictStrs(t.Dict)
	return t
}

// statResultDesc is os.stat_result on Linux.
var statResultDesc = &structSeqDesc{module: "os", name: "stat_result", nSeq: 10, fields: []string{
	"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "", "", "",
	"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
	"st_blksize", "st_blocks", "st_rdev"},
	// statresult_new: float times left unset are the int ones.
	fill: func(f []Value) {
		for i := 7; i <= 9; i++ {
			if f[i+3].IsNone() {
				f[i+3] = f[i]
			}
		}
	}}

var (
	terminalSizeDesc = &structSeqDesc{module: "os", name: "terminal_size", nSeq: 2, fields: []string{"columns", "lines"}}
	timesResultDesc  = &structSeqDesc{module: "posix", name: "times_result", nSeq: 5, fields: []string{
		"user", "system", "children_user", "children_system", "elapsed"}}
	unameResultDesc = &structSeqDesc{module: "posix", name: "uname_result", nSeq: 5, fields: []string{
		"sysname", "nodename", "release", "version", "machine"}}
)

// The struct sequence types of module posix, shared by every interpreter.
var (
	StatResultType   *Type
	TerminalSizeType *Type
	TimesResultType  *Type
	UnameResultType  *Type
)

// statValue makes an os.stat_result from a stat buffer.
func statValue(st *unix.Stat_t) Value {
	times := [3]unix.Timespec{st.Atim, st.Mtim, st.Ctim}
	f := make([]Value, len(statResultDesc.fields))
	f[0], f[1], f[2], f[3] = Int(int64(st.Mode)), uintValue(st.Ino), uintValue(st.Dev), uintValue(uint64(st.Nlink))
	f[4], f[5], f[6] = Int(int64(st.Uid)), Int(int64(st.Gid)), Int(st.Size)
	for i, ts := range times {
		sec, nsec := int64(ts.Sec), int64(ts.Nsec)
		f[7+i] = Int(sec)
		f[10+i] = Float(float64(sec) + float64(nsec)*1e-9)
		ns := new(big.Int).Mul(big.NewInt(sec), big.NewInt(1e9))
		f[13+i] = IntFromBig(ns.Add(ns, big.NewInt(nsec)))
	}
	f[16], f[17], f[18] = Int(int64(st.Blksize)), Int(st.Blocks), uintValue(st.Rdev)
	return NewStructSeq(StatResultType, f)
}

// doStat is stat, lstat and DirEntry.stat: fstat for a descriptor, else
// fstatat relative to dirFd.
func doStat(p osPath, dirFd int, follow bool) (Value, error) {
	var st unix.Stat_t
	var err error
	if p.hasFd {
		err = unix.Fstat(p.fd, &st)
	} else {
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		err = unix.Fstatat(dirFd, p.s, &st, flags)
	}
	if err != nil {
		return Null, osError(err, p.obj, Null)
	}
	return statValue(&st), nil
}
