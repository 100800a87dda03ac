//go:build linux

package vm

// The fcntl module, as CPython 3.11's: fcntl, ioctl, flock and lockf,
// with the int and buffer forms of the argument. The calls need the
// host granted (HostFS).

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// fcntlBufMax is the largest buffer argument, as CPython's.
const fcntlBufMax = 1024

// fcntlArgBytes returns the bytes of a str or bytes-like argument.
func fcntlArgBytes(v Value) ([]byte, bool) {
	if s, ok := unwrap(v).o.(*Str); ok {
		return []byte(s.s), true
	}
	return bytesLike(v)
}

// fcntlCall runs fcntl or ioctl with an int or buffer argument. A
// buffer is copied and the copy returned, unless mutable (a bytearray
// with mutate set for ioctl), which is changed in place.
func (th *Thread) fcntlCall(name string, args []Value, isIoctl bool) (Value, error) {
	fd, err := th.fileDescriptor(args[0])
	if err != nil {
		return Null, err
	}
	req, err := th.sizeArg(args[1])
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	trap := uintptr(unix.SYS_FCNTL)
	if isIoctl {
		trap = unix.SYS_IOCTL
		req = int64(uint32(req))
	}
	var arg Value = Int(0)
	if len(args) > 2 {
		arg = args[2]
	}
	if b, ok := fcntlArgBytes(arg); ok {
		mutate := isIoctl && (len(args) < 4 || th.truthy(args[3]))
		if o, isBytes := unwrap(arg).o.(*Bytes); isBytes && o.mutable && mutate {
			buf := o.b
			if len(buf) == 0 {
				buf = make([]byte, 1)
			}
			r, _, e := unix.Syscall(trap, uintptr(fd), uintptr(req), uintptr(unsafe.Pointer(&buf[0])))
			if e != 0 {
				return Null, osError(e, Null, Null)
			}
			return Int(int64(r)), nil
		}
		if len(b) > fcntlBufMax {
			return Null, Errorf(ValueErrorType, "%s string arg too long", name)
		}
		var buf [fcntlBufMax + 1]byte
		copy(buf[:], b)
		_, _, e := unix.Syscall(trap, uintptr(fd), uintptr(req), uintptr(unsafe.Pointer(&buf[0])))
		if e != 0 {
			return Null, osError(e, Null, Null)
		}
		return Obj(&Bytes{b: append([]byte(nil), buf[:len(b)]...)}), nil
	}
	// The int is read as CPython's "I" format: an unsigned C int,
	// without an overflow check.
	if arg.IsFloat() {
		return Null, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n64, err := th.sizeArg(arg)
	if err != nil {
		return Null, err
	}
	n := uint32(n64)
	r, _, e := unix.Syscall(trap, uintptr(fd), uintptr(req), uintptr(n))
	if e != 0 {
		return Null, osError(e, Null, Null)
	}
	return Int(int64(int32(r))), nil
}

// truthy is Truth with errors counted as false.
func (th *Thread) truthy(v Value) bool {
	b, err := th.Truth(v)
	return err == nil && b
}

func fcntlFlock(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	fd, err := th.fileDescriptor(args[0])
	if err != nil {
		return Null, err
	}
	op, err := th.intArg(args[1])
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	if err := unix.Flock(fd, op); err != nil {
		return Null, osError(err, Null, Null)
	}
	return None, nil
}

// fcntlLockf implements lockf(fd, cmd, len=0, start=0, whence=0) with a
// POSIX record lock, as CPython does.
func fcntlLockf(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	fd, err := th.fileDescriptor(args[0])
	if err != nil {
		return Null, err
	}
	cmd, err := th.intArg(args[1])
	if err != nil {
		return Null, err
	}
	var nums [3]int64
	for i := range nums {
		if len(args) > 2+i {
			if nums[i], err = th.sizeArg(args[2+i]); err != nil {
				return Null, err
			}
		}
	}
	lock := unix.Flock_t{Len: nums[0], Start: nums[1], Whence: int16(nums[2])}
	switch cmd &^ unix.LOCK_NB {
	case unix.LOCK_UN:
		lock.Type = unix.F_UNLCK
	case unix.LOCK_SH:
		lock.Type = unix.F_RDLCK
	case unix.LOCK_EX:
		lock.Type = unix.F_WRLCK
	default:
		return Null, Errorf(ValueErrorType, "unrecognized lockf argument")
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	op := unix.F_SETLKW
	if cmd&unix.LOCK_NB != 0 {
		op = unix.F_SETLK
	}
	if err := unix.FcntlFlock(uintptr(fd), op, &lock); err != nil {
		return Null, osError(err, Null, Null)
	}
	return None, nil
}

func makeFcntlModule(th *Thread) (*Module, error) {
	m := newNativeModule("fcntl", map[string]BuiltinFunc{
		"fcntl": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return th.fcntlCall("fcntl", args, false)
		},
		"ioctl": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return th.fcntlCall("ioctl", args, true)
		},
		"flock": fcntlFlock,
		"lockf": fcntlLockf,
	})
	setConsts(m, "fcntl")
	return m, nil
}
