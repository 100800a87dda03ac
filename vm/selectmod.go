//go:build linux

package vm

// The select module: select() and poll objects, which the selectors
// module (and so subprocess's communicate) builds on. No epoll or devpoll:
// selectors then uses poll. A call waits in short slices so that signals
// and the embedder's limits are handled while it blocks. Like posix, it
// needs the host granted.

import (
	"math"
	"sort"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// PollType is the type of select.poll() objects.
var PollType *Type

// Poll is a select.poll object: the descriptors registered and the events
// each waits for.
type Poll struct {
	fds     map[int]int16
	polling bool
}

// Type implements Object.
func (*Poll) Type() *Type { return PollType }

// waitSlice is the longest a blocking wait runs before handling signals.
const waitSlice = 50 * time.Millisecond

var selectOnce sync.Once

func makeSelectModule(th *Thread) (*Module, error) {
	selectOnce.Do(initPollType)
	m := newNativeModule("select", map[string]BuiltinFunc{
		"select": selectSelect,
		"poll": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return Null, Errorf(TypeErrorType, "poll() takes no arguments (%d given)", len(args))
			}
			return Obj(&Poll{fds: map[int]int16{}}), nil
		},
	})
	for name, v := range map[string]int64{
		"POLLIN": unix.POLLIN, "POLLPRI": unix.POLLPRI, "POLLOUT": unix.POLLOUT, "POLLERR": unix.POLLERR,
		"POLLHUP": unix.POLLHUP, "POLLNVAL": unix.POLLNVAL, "POLLRDNORM": 0x40,
		"POLLRDBAND": 0x80, "POLLWRNORM": 0x100, "POLLWRBAND": 0x200,
		"POLLMSG": 0x400, "POLLRDHUP": unix.POLLRDHUP, "PIPE_BUF": 4096,
	} {
		m.Dict.SetStr(name, Int(v))
	}
	m.Dict.SetStr("error", Obj(OSErrorType))
	return m, nil
}

// fileDescriptor is CPython's PyObject_AsFileDescriptor: an int, or the
// result of the object's fileno().
func (th *Thread) fileDescriptor(v Value) (int, error) {
	if !v.Type().IsSubtype(IntType) {
		if v.Type().Lookup("fileno").o == nil {
			return 0, Errorf(TypeErrorType, "argument must be an int, or have a fileno() method.")
		}
		r, err := th.callMethod(v, "fileno")
		if err != nil {
			return 0, err
		}
		if !r.Type().IsSubtype(IntType) {
			return 0, Errorf(TypeErrorType, "fileno() returned a non-integer")
		}
		v = r
	}
	fd, err := th.intArg(v)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, Errorf(ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

// selectTimeout converts select()'s timeout in seconds: negative for none.
func (th *Thread) selectTimeout(v Value) (time.Duration, error) {
	if v.o == nil || v.IsNone() {
		return -1, nil
	}
	var secs float64
	if f, ok := v.AsFloat(); ok && v.IsFloat() {
		secs = f
	} else {
		n, ok, err := th.indexValue(v)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, Errorf(TypeErrorType, "timeout must be a float or None")
		}
		f, err := th.floatArg("select", n)
		if err != nil {
			return 0, err
		}
		secs = f
	}
	if math.IsNaN(secs) {
		return 0, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return 0, Errorf(ValueErrorType, "timeout must be non-negative")
	}
	if secs > float64(math.MaxInt64/int64(time.Second)) {
		return 0, Errorf(OverflowErrorType, "timeout doesn't fit into C timeval")
	}
	return time.Duration(secs * float64(time.Second)), nil
}

// selectSelect is select.select(rlist, wlist, xlist, timeout=None).
func selectSelect(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "select() takes no keyword arguments")
	}
	if len(args) < 3 || len(args) > 4 {
		return Null, Errorf(TypeErrorType, "select expected at least 3 arguments, got %d", len(args))
	}
	timeout := Value{}
	if len(args) == 4 {
		timeout = args[3]
	}
	wait, err := th.selectTimeout(timeout)
	if err != nil {
		return Null, err
	}
	var objs [3][]Value
	var fds [3][]int
	for i := 0; i < 3; i++ {
		items, err := th.iterateToSlice(args[i])
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == TypeErrorType {
				return Null, Errorf(TypeErrorType, "arguments 1-3 must be sequences")
			}
			return Null, err
		}
		for _, v := range items {
			fd, err := th.fileDescriptor(v)
			if err != nil {
				return Null, err
			}
			if fd >= unix.FD_SETSIZE {
				return Null, Errorf(ValueErrorType, "filedescriptor out of range in select()")
			}
			objs[i] = append(objs[i], v)
			fds[i] = append(fds[i], fd)
		}
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	var sets [3]unix.FdSet
	err = th.waitLoop(wait, func(slice time.Duration) (bool, error) {
		nfd := 0
		for i := range sets {
			sets[i].Zero()
			for _, fd := range fds[i] {
				sets[i].Set(fd)
				nfd = max(nfd, fd+1)
			}
		}
		tv := unix.NsecToTimeval(slice.Nanoseconds())
		var n int
		var err error
		th.released(func() { n, err = unix.Select(nfd, &sets[0], &sets[1], &sets[2], &tv) })
		return n > 0, err
	})
	if err != nil {
		return Null, err
	}
	var out [3]Value
	for i := range sets {
		var ready []Value
		for j, fd := range fds[i] {
			if sets[i].IsSet(fd) {
				ready = append(ready, objs[i][j])
			}
		}
		out[i] = Obj(NewList(ready))
	}
	return TupleOf(out[:]...), nil
}

// pollReleased is poll(2) for up to slice with the GIL released.
func (th *Thread) pollReleased(fds []unix.PollFd, slice time.Duration) (n int, err error) {
	th.released(func() { n, err = unix.Poll(fds, int(slice/time.Millisecond)) })
	return n, err
}

// waitLoop calls try with slices of the wait (negative: forever) until it
// reports readiness or the wait is over, handling signals between slices
// and retrying after EINTR.
func (th *Thread) waitLoop(wait time.Duration, try func(slice time.Duration) (bool, error)) error {
	end := time.Now().Add(wait)
	for {
		slice := waitSlice
		if wait >= 0 {
			slice = min(slice, max(time.Until(end), 0))
		}
		ready, err := try(slice)
		if err != nil && err != syscall.EINTR {
			return osError(err, Null, Null)
		}
		if ready || wait >= 0 && !time.Now().Before(end) {
			return nil
		}
		if err := th.SafePoint(1); err != nil {
			return err
		}
	}
}

func initPollType() {
	t := newBuiltinType("select.poll", ObjectType)
	t.QualName = "poll"
	t.layout = t
	t.final = true
	t.Dict.SetStr("__module__", String("select"))
	PollType = t
	poll := func(v Value) *Poll { p, _ := v.o.(*Poll); return p }
	register := func(name string, mustExist bool) BuiltinFunc {
		return func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			min := 1
			if mustExist {
				min = 2
			}
			if len(args) < min || len(args) > 2 {
				return Null, Errorf(TypeErrorType, "%s expected %s arguments, got %d", name, map[bool]string{true: "2", false: "at most 2"}[mustExist], len(args))
			}
			fd, err := th.fileDescriptor(args[0])
			if err != nil {
				return Null, err
			}
			mask := int64(unix.POLLIN | unix.POLLPRI | unix.POLLOUT)
			if len(args) == 2 {
				n, err := th.sizeArg(args[1])
				if err != nil {
					return Null, err
				}
				if n < 0 || n > math.MaxUint16 {
					return Null, Errorf(OverflowErrorType, "Python int too large for C unsigned short")
				}
				mask = n
			}
			p := poll(self)
			if _, ok := p.fds[fd]; mustExist && !ok {
				return Null, errnoError(int(syscall.ENOENT), Null, Null)
			}
			p.fds[fd] = int16(uint16(mask))
			return None, nil
		}
	}
	method(t, "register", register("register", false))
	method(t, "modify", register("modify", true))
	method(t, "unregister", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "unregister() takes exactly one argument (%d given)", len(args))
		}
		fd, err := th.fileDescriptor(args[0])
		if err != nil {
			return Null, err
		}
		p := poll(self)
		if _, ok := p.fds[fd]; !ok {
			return Null, NewException(KeyErrorType, args[0])
		}
		delete(p.fds, fd)
		return None, nil
	})
	method(t, "poll", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) > 1 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "poll expected at most 1 argument, got %d", len(args))
		}
		wait := time.Duration(-1)
		if len(args) == 1 && !args[0].IsNone() {
			var ms float64
			if f, ok := args[0].AsFloat(); ok && args[0].IsFloat() {
				ms = math.Ceil(f)
			} else {
				n, ok, err := th.indexValue(args[0])
				if err != nil {
					return Null, err
				}
				if !ok {
					return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
				}
				f, err := th.floatArg("poll", n)
				if err != nil {
					return Null, err
				}
				ms = f
			}
			if ms >= 0 {
				wait = time.Duration(ms * float64(time.Millisecond))
			}
		}
		p := poll(self)
		if p.polling {
			return Null, Errorf(RuntimeErrorType, "concurrent poll() invocation")
		}
		if err := th.osCheck(Null); err != nil {
			return Null, err
		}
		keys := make([]int, 0, len(p.fds))
		for fd := range p.fds {
			keys = append(keys, fd)
		}
		sort.Ints(keys)
		pfds := make([]unix.PollFd, len(keys))
		for i, fd := range keys {
			pfds[i] = unix.PollFd{Fd: int32(fd), Events: p.fds[fd]}
		}
		p.polling = true
		err := th.waitLoop(wait, func(slice time.Duration) (bool, error) {
			n, err := th.pollReleased(pfds, slice)
			return n > 0, err
		})
		p.polling = false
		if err != nil {
			return Null, err
		}
		var out []Value
		for _, pf := range pfds {
			if pf.Revents != 0 {
				out = append(out, TupleOf(Int(int64(pf.Fd)), Int(int64(uint16(pf.Revents)))))
			}
		}
		return Obj(NewList(out)), nil
	})
}
