//go:build linux

package vm

// posix: files, directories and file descriptors.

import (
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// posixArgs binds a call's arguments to the n parameters of a posix
// function whose signature is spec (nil: positional only), leaving
// Null for those not given. A call that passes all n positionally
// needs no copy.
func posixArgs(spec *argSpec, args []Value, kw []string, n int) []Value {
	if len(kw) == 0 && len(args) == n {
		return args
	}
	out := make([]Value, n)
	npos := len(args) - len(kw)
	copy(out, args[:npos])
	if spec != nil {
		for i, k := range kw {
			if j := indexOf(spec.names, k); j >= 0 && j < n {
				out[j] = args[npos+i]
			}
		}
	}
	return out
}

// posixFn is a posix function given its bound arguments.
type posixFn func(th *Thread, a []Value) (Value, error)

// posixFunc wraps fn, whose parameters are n, as a BuiltinFunc; with
// gated, the call needs the host granted.
func posixFunc(name string, n int, gated bool, fn posixFn) BuiltinFunc {
	spec := moduleArgSpec("posix", name)
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a := posixArgs(spec, args, kw, n)
		if gated && !th.osGranted() {
			return Null, osNotGranted(Null)
		}
		return fn(th, a)
	}
}

// pathFunc wraps a function whose first parameter is a path: the path is
// converted before the grant is checked, so that the PermissionError
// names it.
func pathFunc(name string, n int, nullable, allowFd bool, fn func(th *Thread, p osPath, a []Value) (Value, error)) BuiltinFunc {
	spec := moduleArgSpec("posix", name)
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a := posixArgs(spec, args, kw, n)
		p, err := th.pathArg(name, "path", noneIfNull(a[0]), nullable, allowFd)
		if err != nil {
			return Null, err
		}
		if !th.osGranted() {
			if p.none {
				return Null, osNotGranted(String("."))
			}
			return Null, osNotGranted(p.obj)
		}
		return fn(th, p, a)
	}
}

// noneIfNull is v, or None when v is absent.
func noneIfNull(v Value) Value {
	if v.o == nil {
		return None
	}
	return v
}

func posixFileFuncs() map[string]BuiltinFunc {
	return map[string]BuiltinFunc{
		"stat": pathFunc("stat", 3, false, true, func(th *Thread, p osPath, a []Value) (Value, error) {
			th.flushFileWrites()
			dirFd, err := th.dirFdArg(a[1])
			if err != nil {
				return Null, err
			}
			follow, err := th.boolArg(a[2], true)
			if err != nil {
				return Null, err
			}
			if err := fdArgsValid("stat", p, dirFd, follow); err != nil {
				return Null, err
			}
			return doStat(p, dirFd, follow)
		}),
		"lstat": pathFunc("lstat", 2, false, false, func(th *Thread, p osPath, a []Value) (Value, error) {
			th.flushFileWrites()
			dirFd, err := th.dirFdArg(a[1])
			if err != nil {
				return Null, err
			}
			return doStat(p, dirFd, false)
		}),
		"fstat": posixFunc("fstat", 1, true, func(th *Thread, a []Value) (Value, error) {
			fd, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			return doStat(osPath{fd: fd, hasFd: true, obj: Null}, 0, true)
		}),
		"access":   pathFunc("access", 5, false, false, posixAccess),
		"chdir":    pathFunc("chdir", 1, false, true, posixChdir),
		"chmod":    pathFunc("chmod", 4, false, true, posixChmod),
		"mkdir":    pathFunc("mkdir", 3, false, false, posixMkdir),
		"rmdir":    pathFunc("rmdir", 2, false, false, posixRemover(unix.AT_REMOVEDIR)),
		"unlink":   pathFunc("unlink", 2, false, false, posixRemover(0)),
		"remove":   pathFunc("remove", 2, false, false, posixRemover(0)),
		"readlink": pathFunc("readlink", 2, false, false, posixReadlink),
		"truncate": pathFunc("truncate", 2, false, true, posixTruncate),
		"utime":    pathFunc("utime", 5, false, true, posixUtime),
		"listdir":  pathFunc("listdir", 1, true, true, posixListdir),
		"scandir":  pathFunc("scandir", 1, true, true, posixScandir),
		"open":     pathFunc("open", 4, false, false, posixOpen),
		"rename":   posixRenamer("rename"),
		"replace":  posixRenamer("replace"),
		"symlink":  posixSymlink,
		"getcwd": posixFunc("getcwd", 0, true, func(th *Thread, a []Value) (Value, error) {
			wd, err := unix.Getwd()
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			return th.fsDecode(wd)
		}),
		"getcwdb": posixFunc("getcwdb", 0, true, func(th *Thread, a []Value) (Value, error) {
			wd, err := unix.Getwd()
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			return Obj(&Bytes{b: []byte(wd)}), nil
		}),
		"close": posixFdFunc("close", 1, func(th *Thread, fd int, a []Value) (Value, error) {
			if err := unix.Close(fd); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"fsync": posixFunc("fsync", 1, false, func(th *Thread, a []Value) (Value, error) {
			fd, err := th.fildesArg(a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			if err := unix.Fsync(fd); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"dup": posixFdFunc("dup", 1, func(th *Thread, fd int, a []Value) (Value, error) {
			nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			return Int(int64(nfd)), nil
		}),
		"read": posixFdFunc("read", 2, func(th *Thread, fd int, a []Value) (Value, error) {
			n, err := th.sizeArg(a[1])
			if err != nil {
				return Null, err
			}
			if n < 0 {
				return Null, errnoError(int(syscall.EINVAL), Null, Null)
			}
			if err := th.alloc(n); err != nil {
				return Null, err
			}
			buf := make([]byte, n)
			got, rerr := th.sysRead(fd, buf)
			if exc, ok := rerr.(*Exception); ok {
				return Null, exc
			}
			if rerr != nil {
				return Null, osError(rerr, Null, Null)
			}
			return Obj(&Bytes{b: buf[:got]}), nil
		}),
		"write": posixFdFunc("write", 2, func(th *Thread, fd int, a []Value) (Value, error) {
			data, err := th.bytesLikeArg("write", a[1])
			if err != nil {
				return Null, err
			}
			n, werr := th.writeWaiting(fd, data)
			if werr != nil {
				if _, ok := werr.(*Exception); ok {
					return Null, werr
				}
				return Null, osError(werr, Null, Null)
			}
			return Int(int64(n)), nil
		}),
		"lseek": posixFdFunc("lseek", 3, func(th *Thread, fd int, a []Value) (Value, error) {
			pos, err := th.offArg(a[1])
			if err != nil {
				return Null, err
			}
			how, err := th.intArg(a[2])
			if err != nil {
				return Null, err
			}
			off, serr := unix.Seek(fd, pos, how)
			if serr != nil {
				return Null, osError(serr, Null, Null)
			}
			return Int(off), nil
		}),
		"ftruncate": posixFdFunc("ftruncate", 2, func(th *Thread, fd int, a []Value) (Value, error) {
			n, err := th.offArg(a[1])
			if err != nil {
				return Null, err
			}
			if err := unix.Ftruncate(fd, n); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"isatty": posixFdFunc("isatty", 1, func(th *Thread, fd int, a []Value) (Value, error) {
			return Bool(isTerminal(fd)), nil
		}),
		"device_encoding": posixFdFunc("device_encoding", 1, func(th *Thread, fd int, a []Value) (Value, error) {
			if isTerminal(fd) {
				return String("UTF-8"), nil
			}
			return None, nil
		}),
		"get_terminal_size": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			fd := 1
			if len(args) > 0 {
				n, err := th.intArg(args[0])
				if err != nil {
					return Null, err
				}
				fd = n
			}
			if !th.osGranted() {
				return Null, osNotGranted(Null)
			}
			ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			return NewStructSeq(TerminalSizeType, []Value{Int(int64(ws.Col)), Int(int64(ws.Row))}), nil
		},
	}
}

// isTerminal reports whether fd is a terminal, as isatty(3).
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// posixFdFunc wraps a function whose first parameter is a file
// descriptor.
func posixFdFunc(name string, n int, fn func(th *Thread, fd int, a []Value) (Value, error)) BuiltinFunc {
	return posixFunc(name, n, false, func(th *Thread, a []Value) (Value, error) {
		fd, err := th.intArg(a[0])
		if err != nil {
			return Null, err
		}
		if !th.osGranted() {
			return Null, osNotGranted(Null)
		}
		return fn(th, fd, a)
	})
}

// offArg reads a Py_off_t argument.
func (th *Thread) offArg(v Value) (int64, error) {
	if v.IsFloat() {
		return 0, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return th.sizeArg(v)
}

// bytesLikeArg reads a bytes-like argument (bytes, bytearray, memoryview).
func (th *Thread) bytesLikeArg(fn string, v Value) ([]byte, error) {
	switch b := bufferObject(v).o.(type) {
	case *Bytes:
		return b.b, nil
	case *MemoryView:
		if err := b.check(); err != nil {
			return nil, err
		}
		return b.bytes(), nil
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

func posixAccess(th *Thread, p osPath, a []Value) (Value, error) {
	mode, err := th.intArg(a[1])
	if err != nil {
		return Null, err
	}
	dirFd, err := th.dirFdArg(a[2])
	if err != nil {
		return Null, err
	}
	eff, err := th.boolArg(a[3], false)
	if err != nil {
		return Null, err
	}
	follow, err := th.boolArg(a[4], true)
	if err != nil {
		return Null, err
	}
	flags := 0
	if eff {
		flags |= unix.AT_EACCESS
	}
	if !follow {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	return Bool(unix.Faccessat(dirFd, p.s, uint32(mode), flags) == nil), nil
}

func posixChdir(th *Thread, p osPath, a []Value) (Value, error) {
	var err error
	if p.hasFd {
		err = unix.Fchdir(p.fd)
	} else {
		err = unix.Chdir(p.s)
	}
	if err != nil {
		return Null, osError(err, p.obj, Null)
	}
	return None, nil
}

func posixChmod(th *Thread, p osPath, a []Value) (Value, error) {
	mode, err := th.intArg(a[1])
	if err != nil {
		return Null, err
	}
	dirFd, err := th.dirFdArg(a[2])
	if err != nil {
		return Null, err
	}
	follow, err := th.boolArg(a[3], true)
	if err != nil {
		return Null, err
	}
	switch {
	case p.hasFd:
		err = unix.Fchmod(p.fd, uint32(mode))
	case !follow:
		// As glibc's fchmodat with AT_SYMLINK_NOFOLLOW: a symlink's mode
		// cannot be changed, which CPython reports as unavailable.
		var st unix.Stat_t
		if err = unix.Fstatat(dirFd, p.s, &st, unix.AT_SYMLINK_NOFOLLOW); err == nil {
			if st.Mode&unix.S_IFMT == unix.S_IFLNK {
				return Null, Errorf(NotImplementedErrorType, "chmod: follow_symlinks unavailable on this platform")
			}
			err = unix.Fchmodat(dirFd, p.s, uint32(mode), 0)
		}
	default:
		err = unix.Fchmodat(dirFd, p.s, uint32(mode), 0)
	}
	if err != nil {
		return Null, osError(err, p.obj, Null)
	}
	return None, nil
}

func posixMkdir(th *Thread, p osPath, a []Value) (Value, error) {
	mode := 0o777
	if a[1].o != nil {
		m, err := th.intArg(a[1])
		if err != nil {
			return Null, err
		}
		mode = m
	}
	dirFd, err := th.dirFdArg(a[2])
	if err != nil {
		return Null, err
	}
	if err := unix.Mkdirat(dirFd, p.s, uint32(mode)); err != nil {
		return Null, osError(err, p.obj, Null)
	}
	return None, nil
}

// fdArgsValid refuses a descriptor given with dir_fd or with
// follow_symlinks=False, as path_and_dir_fd_invalid and
// fd_and_follow_symlinks_invalid do (which let descriptor 0 through).
func fdArgsValid(fn string, p osPath, dirFd int, follow bool) error {
	if !p.hasFd {
		return nil
	}
	if dirFd != unix.AT_FDCWD {
		return Errorf(ValueErrorType, "%s: can't specify dir_fd without matching path", fn)
	}
	if !follow && p.fd > 0 {
		return Errorf(ValueErrorType, "%s: cannot use fd and follow_symlinks together", fn)
	}
	return nil
}

// posixRemover is unlink (flags 0) and rmdir (AT_REMOVEDIR).
func posixRemover(flags int) func(th *Thread, p osPath, a []Value) (Value, error) {
	return func(th *Thread, p osPath, a []Value) (Value, error) {
		dirFd, err := th.dirFdArg(a[1])
		if err != nil {
			return Null, err
		}
		if err := unix.Unlinkat(dirFd, p.s, flags); err != nil {
			return Null, osError(err, p.obj, Null)
		}
		return None, nil
	}
}

func posixReadlink(th *Thread, p osPath, a []Value) (Value, error) {
	dirFd, err := th.dirFdArg(a[1])
	if err != nil {
		return Null, err
	}
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, err := unix.Readlinkat(dirFd, p.s, buf)
		if err != nil {
			return Null, osError(err, p.obj, Null)
		}
		if n < size {
			return th.fsResult(p, string(buf[:n]))
		}
	}
}

func posixTruncate(th *Thread, p osPath, a []Value) (Value, error) {
	n, err := th.offArg(a[1])
	if err != nil {
		return Null, err
	}
	if p.hasFd {
		err = unix.Ftruncate(p.fd, n)
	} else {
		err = unix.Truncate(p.s, n)
	}
	if err != nil {
		return Null, osError(err, p.obj, Null)
	}
	return None, nil
}

func posixOpen(th *Thread, p osPath, a []Value) (Value, error) {
	flags, err := th.intArg(a[1])
	if err != nil {
		return Null, err
	}
	mode := 0o777
	if a[2].o != nil {
		if mode, err = th.intArg(a[2]); err != nil {
			return Null, err
		}
	}
	dirFd, err := th.dirFdArg(a[3])
	if err != nil {
		return Null, err
	}
	th.flushFileWrites()
	fd, oerr := unix.Openat(dirFd, p.s, flags|unix.O_CLOEXEC, uint32(mode))
	if oerr != nil {
		return Null, osError(oerr, p.obj, Null)
	}
	return Int(int64(fd)), nil
}

// posixRenamer is rename and replace: both replace an existing dst.
func posixRenamer(name string) BuiltinFunc {
	return posixFunc(name, 4, false, func(th *Thread, a []Value) (Value, error) {
		src, err := th.pathArg(name, "src", noneIfNull(a[0]), false, false)
		if err != nil {
			return Null, err
		}
		dst, err := th.pathArg(name, "dst", noneIfNull(a[1]), false, false)
		if err != nil {
			return Null, err
		}
		srcFd, err := th.dirFdArg(a[2])
		if err != nil {
			return Null, err
		}
		dstFd, err := th.dirFdArg(a[3])
		if err != nil {
			return Null, err
		}
		if !th.osGranted() {
			return Null, osNotGranted(src.obj)
		}
		if err := unix.Renameat(srcFd, src.s, dstFd, dst.s); err != nil {
			return Null, osError(err, src.obj, dst.obj)
		}
		return None, nil
	})
}

var posixSymlink = posixFunc("symlink", 4, false, func(th *Thread, a []Value) (Value, error) {
	src, err := th.pathArg("symlink", "src", noneIfNull(a[0]), false, false)
	if err != nil {
		return Null, err
	}
	dst, err := th.pathArg("symlink", "dst", noneIfNull(a[1]), false, false)
	if err != nil {
		return Null, err
	}
	dirFd, err := th.dirFdArg(a[3])
	if err != nil {
		return Null, err
	}
	if !th.osGranted() {
		return Null, osNotGranted(src.obj)
	}
	if err := unix.Symlinkat(src.s, dirFd, dst.s); err != nil {
		return Null, osError(err, src.obj, dst.obj)
	}
	return None, nil
})

// posixUtime is utime(path, times=None, *, ns, dir_fd, follow_symlinks).
func posixUtime(th *Thread, p osPath, a []Value) (Value, error) {
	times, ns := a[1], a[2]
	if times.o != nil && !times.IsNone() && ns.o != nil {
		return Null, Errorf(ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
	}
	var ts []unix.Timespec
	switch {
	case times.o != nil && !times.IsNone():
		tu, ok := unwrap(times).o.(*Tuple)
		if !ok || len(tu.items) != 2 {
			return Null, Errorf(TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
		}
		for _, x := range tu.items {
			t, err := th.timespecArg(x)
			if err != nil {
				return Null, err
			}
			ts = append(ts, t)
		}
	case ns.o != nil:
		tu, ok := unwrap(ns).o.(*Tuple)
		if !ok || len(tu.items) != 2 {
			return Null, Errorf(TypeErrorType, "utime: 'ns' must be a tuple of two ints")
		}
		for _, x := range tu.items {
			n, ok := asBig(unwrap(x))
			if !ok || x.IsFloat() {
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.Type().Name)
			}
			ts = append(ts, unix.NsecToTimespec(n.Int64()))
		}
	default:
		ts = []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}
	}
	dirFd, err := th.dirFdArg(a[3])
	if err != nil {
		return Null, err
	}
	follow, err := th.boolArg(a[4], true)
	if err != nil {
		return Null, err
	}
	if err := fdArgsValid("utime", p, dirFd, follow); err != nil {
		return Null, err
	}
	if p.hasFd && !follow {
		// utimensat(AT_FDCWD, NULL, ..., AT_SYMLINK_NOFOLLOW) of descriptor 0.
		return Null, errnoError(int(syscall.EINVAL), Null, Null)
	}
	if p.hasFd {
		// futimens(fd, ts) is utimensat with no path.
		if _, _, e := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(p.fd), 0, uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0); e != 0 {
			err = e
		}
	} else {
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		err = unix.UtimesNanoAt(dirFd, p.s, ts, flags)
	}
	if err != nil {
		// CPython names no file in utime's errors.
		return Null, osError(err, Null, Null)
	}
	return None, nil
}

// timespecArg reads a time in seconds, an int or a float, as
// _PyTime_ObjectToTimespec does (rounding floats toward minus infinity).
func (th *Thread) timespecArg(v Value) (unix.Timespec, error) {
	if v.IsFloat() {
		f := v.UncheckedFloat()
		if f != f {
			return unix.Timespec{}, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
		}
		sec := int64(f)
		if float64(sec) > f {
			sec--
		}
		nsec := int64((f - float64(sec)) * 1e9)
		if nsec >= 1e9 {
			sec, nsec = sec+1, nsec-1e9
		}
		return unix.Timespec{Sec: sec, Nsec: nsec}, nil
	}
	n, err := th.offArg(v)
	if err != nil {
		return unix.Timespec{}, err
	}
	return unix.Timespec{Sec: n}, nil
}

// posixListdir is listdir(path=None): the names in a directory, in the
// order the system lists them, without '.' and '..'.
func posixListdir(th *Thread, p osPath, a []Value) (Value, error) {
	ents, err := readDirents(p)
	if err != nil {
		return Null, err
	}
	out := make([]Value, 0, len(ents))
	for _, e := range ents {
		v, err := th.fsResult(p, e.name)
		if err != nil {
			return Null, err
		}
		out = append(out, v)
	}
	return Obj(NewList(out)), nil
}

// dirent is an entry of a directory as getdents64 returns it.
type dirent struct {
	name  string
	ino   uint64
	dtype uint8
}

// readDirents reads the entries of the directory p names (or of the
// directory open as p.fd, from its start), without '.' and '..'.
func readDirents(p osPath) ([]dirent, error) {
	var fd int
	var err error
	if p.hasFd {
		fd, err = unix.FcntlInt(uintptr(p.fd), unix.F_DUPFD_CLOEXEC, 0)
		if err == nil {
			_, err = unix.Seek(fd, 0, 0)
		}
	} else {
		fd, err = unix.Open(p.s, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	}
	errName := p.obj
	switch {
	case p.none:
		errName = String(".")
	case p.hasFd:
		// dup's error names no file.
		errName = Null
	}
	if err != nil {
		return nil, osError(err, errName, Null)
	}
	defer unix.Close(fd)
	if p.hasFd {
		// The duplicate shares the offset of p.fd: leave it at the start,
		// as listdir's rewinddir does.
		defer unix.Seek(fd, 0, 0)
	}
	var out []dirent
	buf := make([]byte, 8192)
	for {
		n, err := unix.Getdents(fd, buf)
		if err != nil {
			return nil, osError(err, errName, Null)
		}
		if n <= 0 {
			return out, nil
		}
		for b := buf[:n]; len(b) >= 19; {
			reclen := int(b[16]) | int(b[17])<<8
			if reclen < 19 || reclen > len(b) {
				break
			}
			name := b[19:reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			if s := string(name); s != "." && s != ".." {
				ino := uint64(0)
				for i := 7; i >= 0; i-- {
					ino = ino<<8 | uint64(b[i])
				}
				out = append(out, dirent{name: s, ino: ino, dtype: b[18]})
			}
			b = b[reclen:]
		}
	}
}
