//go:build linux

package vm

// posix: links, ownership, pipes, descriptor flags and device numbers.

import (
	"golang.org/x/sys/unix"
	"strconv"
)

// idArg converts a uid or gid argument; -1 leaves the id unchanged.
func (th *Thread) idArg(v Value) (int, error) {
	n, err := th.offArg(v)
	if err != nil {
		return 0, err
	}
	if n < -1 || n > 1<<32-2 {
		return 0, Errorf(OverflowErrorType, "uid is greater than maximum")
	}
	return int(n), nil
}

// fildesArg reads a file descriptor or an object with a fileno() method,
// as PyObject_AsFileDescriptor does.
func (th *Thread) fildesArg(v Value) (int, error) {
	if !isIntLike(v) {
		if v.Type().Lookup("fileno").o == nil {
			return 0, Errorf(TypeErrorType, "argument must be an int, or have a fileno() method.")
		}
		r, err := th.CallMethod(v, "fileno")
		if err != nil {
			return 0, err
		}
		if !isIntLike(r) {
			return 0, Errorf(TypeErrorType, "fileno() returned a non-integer")
		}
		v = r
	}
	fd, err := th.intArg(v)
	if err == nil && fd < 0 {
		return 0, Errorf(ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, err
}

// statvfsResultDesc is os.statvfs_result; f_fsid is an attribute only.
var statvfsResultDesc = &structSeqDesc{module: "os", name: "statvfs_result", nSeq: 10, fields: []string{
	"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
	"f_flag", "f_namemax", "f_fsid"}}

// StatvfsResultType is os.statvfs_result, shared by every interpreter.
var StatvfsResultType *Type

// stValid is Linux's ST_VALID: the kernel filled in f_flags.
const stValid = 0x20

// statvfsValue converts statfs(2)'s result as glibc's statvfs does.
func statvfsValue(st *unix.Statfs_t) Value {
	frsize := st.Frsize
	if frsize == 0 {
		frsize = st.Bsize
	}
	flags := st.Flags
	if flags&stValid != 0 {
		flags ^= stValid
	}
	fsid := uint64(uint32(st.Fsid.Val[0])) | uint64(uint32(st.Fsid.Val[1]))<<32
	return NewStructSeq(StatvfsResultType, []Value{Int(int64(st.Bsize)), Int(int64(frsize)),
		uintValue(st.Blocks), uintValue(st.Bfree), uintValue(st.Bavail), uintValue(st.Files), uintValue(st.Ffree),
		uintValue(st.Ffree), Int(int64(flags)), Int(int64(st.Namelen)), uintValue(fsid)})
}

func posixMoreFuncs() map[string]BuiltinFunc {
	return map[string]BuiltinFunc{
		"statvfs": pathFunc("statvfs", 1, false, true, func(th *Thread, p osPath, a []Value) (Value, error) {
			var st unix.Statfs_t
			var err error
			if p.hasFd {
				err = unix.Fstatfs(p.fd, &st)
			} else {
				err = unix.Statfs(p.s, &st)
			}
			if err != nil {
				return Null, osError(err, p.obj, Null)
			}
			return statvfsValue(&st), nil
		}),
		"fstatvfs": posixFdFunc("fstatvfs", 1, func(th *Thread, fd int, a []Value) (Value, error) {
			var st unix.Statfs_t
			if err := unix.Fstatfs(fd, &st); err != nil {
				return Null, osError(err, Null, Null)
			}
			return statvfsValue(&st), nil
		}),
		"link": posixFunc("link", 5, false, func(th *Thread, a []Value) (Value, error) {
			src, err := th.pathArg("link", "src", noneIfNull(a[0]), false, false)
			if err != nil {
				return Null, err
			}
			dst, err := th.pathArg("link", "dst", noneIfNull(a[1]), false, false)
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
			follow, err := th.boolArg(a[4], true)
			if err != nil {
				return Null, err
			}
			if !th.osGranted() {
				return Null, osNotGranted(src.obj)
			}
			flags := 0
			if follow {
				flags = unix.AT_SYMLINK_FOLLOW
			}
			if err := unix.Linkat(srcFd, src.s, dstFd, dst.s, flags); err != nil {
				return Null, osError(err, src.obj, dst.obj)
			}
			return None, nil
		}),
		"chown": pathFunc("chown", 5, false, true, func(th *Thread, p osPath, a []Value) (Value, error) {
			dirFd, err := th.dirFdArg(a[3])
			if err != nil {
				return Null, err
			}
			follow, err := th.boolArg(a[4], true)
			if err != nil {
				return Null, err
			}
			if err := fdArgsValid("chown", p, dirFd, follow); err != nil {
				return Null, err
			}
			return th.doChown(p, a[1], a[2], dirFd, follow)
		}),
		"lchown": pathFunc("lchown", 3, false, false, func(th *Thread, p osPath, a []Value) (Value, error) {
			return th.doChown(p, a[1], a[2], unix.AT_FDCWD, false)
		}),
		"fchown": posixFdFunc("fchown", 3, func(th *Thread, fd int, a []Value) (Value, error) {
			return th.doChown(osPath{fd: fd, hasFd: true, obj: a[0]}, a[1], a[2], unix.AT_FDCWD, true)
		}),
		"fchmod": posixFdFunc("fchmod", 2, func(th *Thread, fd int, a []Value) (Value, error) {
			mode, err := th.intArg(a[1])
			if err != nil {
				return Null, err
			}
			if err := unix.Fchmod(fd, uint32(mode)); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"fchdir": posixFunc("fchdir", 1, false, func(th *Thread, a []Value) (Value, error) {
			fd, err := th.fildesArg(a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			if err := unix.Fchdir(fd); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"fdatasync": posixFunc("fdatasync", 1, false, func(th *Thread, a []Value) (Value, error) {
			fd, err := th.fildesArg(a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			if err := unix.Fdatasync(fd); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"dup2": posixFdFunc("dup2", 3, func(th *Thread, fd int, a []Value) (Value, error) {
			fd2, err := th.intArg(a[1])
			if err != nil {
				return Null, err
			}
			inheritable, err := th.boolArg(a[2], true)
			if err != nil {
				return Null, err
			}
			flags := 0
			if !inheritable {
				flags = unix.O_CLOEXEC
			}
			if fd == fd2 {
				// dup3 refuses equal descriptors; dup2 checks fd and returns it.
				if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
					return Null, osError(err, Null, Null)
				}
				return Int(int64(fd2)), nil
			}
			if err := unix.Dup3(fd, fd2, flags); err != nil {
				return Null, osError(err, Null, Null)
			}
			return Int(int64(fd2)), nil
		}),
		"pipe": posixFunc("pipe", 0, true, func(th *Thread, a []Value) (Value, error) {
			var p [2]int
			if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
				return Null, osError(err, Null, Null)
			}
			return TupleOf(Int(int64(p[0])), Int(int64(p[1]))), nil
		}),
		"openpty": posixFunc("openpty", 0, true, func(th *Thread, a []Value) (Value, error) {
			master, slave, err := openPTY()
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			return TupleOf(Int(int64(master)), Int(int64(slave))), nil
		}),
		"closerange": posixFunc("closerange", 2, false, func(th *Thread, a []Value) (Value, error) {
			lo, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			hi, err := th.intArg(a[1])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			for fd := max(lo, 0); fd < hi; fd++ {
				unix.Close(fd)
			}
			return None, nil
		}),
		"get_inheritable": posixFdFunc("get_inheritable", 1, func(th *Thread, fd int, a []Value) (Value, error) {
			flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			return Bool(flags&unix.FD_CLOEXEC == 0), nil
		}),
		"set_inheritable": posixFdFunc("set_inheritable", 2, func(th *Thread, fd int, a []Value) (Value, error) {
			inh, err := th.intArg(a[1])
			if err != nil {
				return Null, err
			}
			return None, setFdFlag(fd, unix.F_GETFD, unix.F_SETFD, unix.FD_CLOEXEC, inh == 0)
		}),
		"get_blocking": posixFdFunc("get_blocking", 1, func(th *Thread, fd int, a []Value) (Value, error) {
			flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			return Bool(flags&unix.O_NONBLOCK == 0), nil
		}),
		"set_blocking": posixFdFunc("set_blocking", 2, func(th *Thread, fd int, a []Value) (Value, error) {
			b, err := th.intArg(a[1])
			if err != nil {
				return Null, err
			}
			return None, setFdFlag(fd, unix.F_GETFL, unix.F_SETFL, unix.O_NONBLOCK, b == 0)
		}),
		"major": posixFunc("major", 1, false, func(th *Thread, a []Value) (Value, error) {
			d, err := th.devArg(a[0])
			return Int(int64(unix.Major(d))), err
		}),
		"minor": posixFunc("minor", 1, false, func(th *Thread, a []Value) (Value, error) {
			d, err := th.devArg(a[0])
			return Int(int64(unix.Minor(d))), err
		}),
		"makedev": posixFunc("makedev", 2, false, func(th *Thread, a []Value) (Value, error) {
			ma, err := th.offArg(a[0])
			if err != nil {
				return Null, err
			}
			mi, err := th.offArg(a[1])
			if err != nil {
				return Null, err
			}
			return uintValue(unix.Mkdev(uint32(ma), uint32(mi))), nil
		}),
	}
}

// devArg reads a device number (dev_t).
func (th *Thread) devArg(v Value) (uint64, error) {
	// _Py_Dev_Converter is PyLong_AsUnsignedLongLong, which takes ints
	// only (not __index__).
	b, ok := asBig(unwrap(v))
	if !ok || v.IsFloat() {
		return 0, Errorf(TypeErrorType, "an integer is required")
	}
	if b.Sign() < 0 {
		return 0, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	if b.BitLen() > 64 {
		return 0, Errorf(OverflowErrorType, "int too big to convert")
	}
	return b.Uint64(), nil
}

// setFdFlag sets or clears flag among the flags fcntl get and set read
// and write.
func setFdFlag(fd, get, set, flag int, on bool) error {
	flags, err := unix.FcntlInt(uintptr(fd), get, 0)
	if err != nil {
		return osError(err, Null, Null)
	}
	nf := flags &^ flag
	if on {
		nf |= flag
	}
	if nf != flags {
		if _, err := unix.FcntlInt(uintptr(fd), set, nf); err != nil {
			return osError(err, Null, Null)
		}
	}
	return nil
}

// doChown is chown, lchown and fchown.
func (th *Thread) doChown(p osPath, uidV, gidV Value, dirFd int, follow bool) (Value, error) {
	uid, err := th.idArg(uidV)
	if err != nil {
		return Null, err
	}
	gid, err := th.idArg(gidV)
	if err != nil {
		return Null, err
	}
	if p.hasFd {
		err = unix.Fchown(p.fd, uid, gid)
	} else {
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		err = unix.Fchownat(dirFd, p.s, uid, gid, flags)
	}
	if err != nil {
		return Null, osError(err, p.obj, Null)
	}
	return None, nil
}

// openPTY opens a pseudo-terminal pair through /dev/ptmx, as glibc's
// openpty does; both descriptors are non-inheritable.
func openPTY() (master, slave int, err error) {
	master, err = unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		return -1, -1, err
	}
	if err = unix.IoctlSetPointerInt(master, unix.TIOCSPTLCK, 0); err == nil {
		var n int
		if n, err = unix.IoctlGetInt(master, unix.TIOCGPTN); err == nil {
			slave, err = unix.Open("/dev/pts/"+strconv.Itoa(n), unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
			if err == nil {
				return master, slave, nil
			}
		}
	}
	unix.Close(master)
	return -1, -1, err
}
