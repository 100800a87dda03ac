//go:build linux

package vm

// _socket.socket: a socket's descriptor, family, type, protocol and
// timeout, and its methods (socketmodule.c's sock_* functions). A socket
// with a timeout has a non-blocking descriptor and waits for readiness
// itself; a blocking one (timeout None) waits for readiness before each
// call too, in slices, so that signals and limits are handled.

import (
	"math"
	"runtime"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// SocketType is _socket.socket.
var SocketType *Type

// Socket is an instance of _socket.socket.
type Socket struct {
	fd                 int // -1 when closed or detached
	family, typ, proto int
	timeout            float64 // seconds; negative for a blocking socket (None)
}

// Type implements Object.
func (*Socket) Type() *Type { return SocketType }

// newSocket is a socket over descriptor fd.
func newSocket(fd, family, typ, proto int) *Socket {
	s := &Socket{fd: fd, family: family, typ: typ &^ (unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC), proto: proto, timeout: -1}
	runtime.SetFinalizer(s, socketDied)
	return s
}

// socketDied closes the descriptor of a socket nothing refers to any more.
func socketDied(s *Socket) {
	if s.fd >= 0 {
		unix.Close(s.fd)
		s.fd = -1
	}
}

// close closes the socket's descriptor.
func (s *Socket) close() error {
	fd := s.fd
	if fd < 0 {
		return nil
	}
	s.fd = -1
	if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
		return err
	}
	return nil
}

// setTimeout sets the socket's timeout (negative for blocking) and the
// blocking mode of its descriptor: non-blocking whenever it has one.
func (s *Socket) setTimeout(t float64) error {
	s.timeout = t
	if s.fd < 0 {
		return nil
	}
	return unix.SetNonblock(s.fd, t >= 0)
}

// socketSelf is the Socket of self (a subclass instance holds it).
func socketSelf(self Value) (*Socket, error) {
	return selfAs[*Socket](self)
}

// timeoutValue is a timeout as Python sees it: None or seconds.
func timeoutValue(t float64) Value {
	if t < 0 {
		return None
	}
	return Float(t)
}

// timeoutBits encodes a timeout for Interpreter.socketTimeout: 0 for
// None, else one more than the nanoseconds.
func timeoutBits(t float64) int64 {
	if t < 0 {
		return 0
	}
	return int64(t*1e9) + 1
}

// socketDefaultTimeout is setdefaulttimeout's value: negative for None.
func (in *Interpreter) socketDefaultTimeout() float64 {
	b := in.socketTimeout.Load()
	if b == 0 {
		return -1
	}
	return float64(b-1) / 1e9
}

// timeoutArg reads a timeout: None, or non-negative seconds.
func (th *Thread) timeoutArg(v Value) (float64, error) {
	if v.IsNone() {
		return -1, nil
	}
	var t float64
	if v.IsFloat() {
		t = v.UncheckedFloat()
	} else {
		n, err := th.sizeArg(v)
		if err != nil {
			if isOverflow(err) {
				return 0, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
			}
			return 0, err
		}
		t = float64(n)
	}
	if math.IsNaN(t) {
		return 0, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
	}
	if t < 0 {
		return 0, Errorf(ValueErrorType, "Timeout value out of range")
	}
	if t > 9.2e9 {
		return 0, Errorf(OverflowErrorType, "timestamp out of range for platform time_t")
	}
	return t, nil
}

// socketTimedOut is the TimeoutError of an operation that ran out of time.
func socketTimedOut() error {
	return NewException(TimeoutErrorType, String("timed out"))
}

// sockWait waits until s is readable (writable when write) or the
// deadline passes (a zero deadline: for ever), handling signals and
// limits; it reports whether s is ready.
func (th *Thread) sockWait(s *Socket, write bool, deadline time.Time) (bool, error) {
	events := int16(unix.POLLIN)
	if write {
		events = unix.POLLOUT
	}
	wait := time.Duration(-1)
	if !deadline.IsZero() {
		wait = max(time.Until(deadline), 0)
	}
	ready := false
	err := th.waitLoop(wait, func(slice time.Duration) (bool, error) {
		if s.fd < 0 {
			return true, nil
		}
		fds := []unix.PollFd{{Fd: int32(s.fd), Events: events}}
		n, err := th.pollReleased(fds, slice)
		if err != nil {
			return false, err
		}
		ready = n > 0
		return ready, nil
	})
	return ready, err
}

// deadline is when an operation of s starting now runs out of time: zero
// for a blocking socket.
func (s *Socket) deadline() time.Time {
	if s.timeout <= 0 {
		return time.Time{}
	}
	return time.Now().Add(time.Duration(s.timeout * float64(time.Second)))
}

// sockCall runs op, a system call on s, as sock_call_ex does: for a
// socket that waits (blocking, or with a timeout), it first waits for
// readiness (writability when write), and again while op would block;
// EINTR runs the signal handlers and retries.
func (th *Thread) sockCall(s *Socket, write bool, deadline time.Time, op func() error) error {
	for {
		if s.fd < 0 {
			return errnoError(int(unix.EBADF), Null, Null)
		}
		if s.timeout != 0 {
			ready, err := th.sockWait(s, write, deadline)
			if err != nil {
				return err
			}
			if !ready {
				return socketTimedOut()
			}
		}
		err := op()
		switch {
		case err == nil:
			return nil
		case err == unix.EINTR:
			if err := th.SafePoint(1); err != nil {
				return err
			}
		case (err == unix.EAGAIN || err == unix.EWOULDBLOCK) && s.timeout != 0:
		default:
			return osError(err, Null, Null)
		}
	}
}

func makeSocketType() *Type {
	t := newBuiltinType("_socket.socket", ObjectType)
	t.QualName = "socket"
	t.layout = t
	t.Dict.SetStr("__module__", String("_socket"))
	t.Dict.SetStr("__doc__", String("socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type."))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "socket", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls, ok := args[0].o.(*Type)
		if !ok || !cls.IsSubtype(t) {
			return Null, Errorf(TypeErrorType, "socket.__new__(X): X is not a subtype of socket")
		}
		s := &Socket{fd: -1, family: unix.AF_INET, typ: unix.SOCK_STREAM, timeout: -1}
		runtime.SetFinalizer(s, socketDied)
		if cls != t {
			return newSubclassInstance(cls, Obj(s)), nil
		}
		return Obj(s), nil
	}}))
	method(t, "__init__", socketInit)
	for name, get := range map[string]func(*Socket) Value{
		"family":  func(s *Socket) Value { return Int(int64(s.family)) },
		"type":    func(s *Socket) Value { return Int(int64(s.typ)) },
		"proto":   func(s *Socket) Value { return Int(int64(s.proto)) },
		"timeout": func(s *Socket) Value { return timeoutValue(s.timeout) },
	} {
		get := get
		t.addGetSet(name, func(th *Thread, v Value) (Value, error) {
			s, err := socketSelf(v)
			if err != nil {
				return Null, err
			}
			return get(s), nil
		}, nil)
	}
	for name, fn := range map[string]func(*Thread, *Socket, []Value, []string) (Value, error){
		"__repr__":      socketRepr,
		"fileno":        socketFileno,
		"detach":        socketDetach,
		"close":         socketCloseMethod,
		"_accept":       socketAccept,
		"bind":          socketBind,
		"connect":       socketConnect,
		"connect_ex":    socketConnectEx,
		"listen":        socketListen,
		"getsockname":   socketGetsockname,
		"getpeername":   socketGetpeername,
		"setblocking":   socketSetblocking,
		"getblocking":   socketGetblocking,
		"settimeout":    socketSettimeout,
		"gettimeout":    socketGettimeout,
		"recv":          socketRecv,
		"recv_into":     socketRecvInto,
		"recvfrom":      socketRecvfrom,
		"recvfrom_into": socketRecvfromInto,
		"send":          socketSend,
		"sendall":       socketSendall,
		"sendto":        socketSendto,
		"shutdown":      socketShutdown,
		"getsockopt":    socketGetsockopt,
		"setsockopt":    socketSetsockopt,
	} {
		fn := fn
		method(t, name, func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
			s, err := socketSelf(self)
			if err != nil {
				return Null, err
			}
			return fn(th, s, args, kw)
		})
	}
	attachArgSpecs([]*Type{t})
	return t
}

// socketInit is socket.__init__(family=-1, type=-1, proto=-1,
// fileno=None): a new socket, or one over descriptor fileno, whose
// family, type and protocol default to the descriptor's.
func socketInit(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	s, err := socketSelf(self)
	if err != nil {
		return Null, err
	}
	a, err := socketArgs("socket", args, kw, 0, []string{"family", "type", "proto", "fileno"})
	if err != nil {
		return Null, err
	}
	var ints [3]int
	for i := range ints {
		if ints[i], err = th.optInt(a[i], -1); err != nil {
			return Null, err
		}
	}
	family, typ, proto := ints[0], ints[1], ints[2]
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	fd := -1
	if a[3].o != nil && !a[3].IsNone() {
		if a[3].IsFloat() {
			return Null, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, err := th.cIntArg(a[3])
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, Errorf(ValueErrorType, "negative file descriptor")
		}
		fd = int(n)
		for i, opt := range []int{unix.SO_DOMAIN, unix.SO_TYPE, unix.SO_PROTOCOL} {
			if ints[i] != -1 {
				continue
			}
			v, serr := unix.GetsockoptInt(fd, unix.SOL_SOCKET, opt)
			if serr != nil {
				return Null, osError(serr, Null, Null)
			}
			ints[i] = v
		}
		if _, serr := unix.Getsockname(fd); serr == unix.EBADF {
			return Null, osError(serr, Null, Null)
		}
		family, typ, proto = ints[0], ints[1], ints[2]
	} else {
		if family == -1 {
			family = unix.AF_INET
		}
		if typ == -1 {
			typ = unix.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		n, serr := unix.Socket(family, typ|unix.SOCK_CLOEXEC, proto)
		if serr != nil {
			return Null, osError(serr, Null, Null)
		}
		fd = n
	}
	if s.fd >= 0 && s.fd != fd {
		s.close()
	}
	s.fd, s.family, s.typ, s.proto = fd, family, typ&^(unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC), proto
	timeout := th.interp.socketDefaultTimeout()
	if typ&unix.SOCK_NONBLOCK != 0 {
		timeout = 0
	}
	if timeout >= 0 {
		if serr := s.setTimeout(timeout); serr != nil {
			return Null, osError(serr, Null, Null)
		}
	} else {
		s.timeout = -1
	}
	return None, nil
}

func socketRepr(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	return String("<socket object, fd=" + itoa(s.fd) + ", family=" + itoa(s.family) + ", type=" + itoa(s.typ) + ", proto=" + itoa(s.proto) + ">"), nil
}

func socketFileno(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	if err := noArgs("fileno", args); err != nil {
		return Null, err
	}
	return Int(int64(s.fd)), nil
}

func socketDetach(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	if err := noArgs("detach", args); err != nil {
		return Null, err
	}
	fd := s.fd
	s.fd = -1
	return Int(int64(fd)), nil
}

func socketCloseMethod(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	if err := noArgs("close", args); err != nil {
		return Null, err
	}
	if err := s.close(); err != nil {
		return Null, osError(err, Null, Null)
	}
	return None, nil
}

// socketAccept is socket._accept(): the descriptor of a new connection
// (not inheritable) and its address.
func socketAccept(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	if err := noArgs("_accept", args); err != nil {
		return Null, err
	}
	var nfd int
	var sa unix.Sockaddr
	err := th.sockCall(s, false, s.deadline(), func() error {
		var err error
		nfd, sa, err = unix.Accept4(s.fd, unix.SOCK_CLOEXEC)
		return err
	})
	if err != nil {
		return Null, err
	}
	addr, err := th.sockaddrValue(sa)
	if err != nil {
		unix.Close(nfd)
		return Null, err
	}
	return Obj(NewTuple([]Value{Int(int64(nfd)), addr})), nil
}

func socketBind(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("bind", args, kw, 1, []string{"address"})
	if err != nil {
		return Null, err
	}
	sa, err := th.sockaddrArg(s.family, a[0], "bind")
	if err != nil {
		return Null, err
	}
	if serr := unix.Bind(s.fd, sa); serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return None, nil
}

// connect connects s to address v: the errno of a failure the socket
// reports, or an exception.
func (th *Thread) connect(s *Socket, v Value, fn string) (unix.Errno, error) {
	sa, err := th.sockaddrArg(s.family, v, fn)
	if err != nil {
		return 0, err
	}
	serr := unix.Connect(s.fd, sa)
	if serr == nil {
		return 0, nil
	}
	en, ok := serr.(unix.Errno)
	if !ok {
		return 0, osError(serr, Null, Null)
	}
	if en == unix.EINTR {
		if err := th.SafePoint(1); err != nil {
			return 0, err
		}
		if s.timeout == 0 {
			return en, nil
		}
	} else if en != unix.EINPROGRESS || s.timeout == 0 {
		return en, nil
	}
	// The connection goes on: wait for it, then for its outcome.
	ready, err := th.sockWait(s, true, s.deadline())
	if err != nil {
		return 0, err
	}
	if !ready {
		return 0, socketTimedOut()
	}
	soerr, gerr := unix.GetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if gerr != nil {
		return 0, osError(gerr, Null, Null)
	}
	return unix.Errno(soerr), nil
}

func socketConnect(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("connect", args, kw, 1, []string{"address"})
	if err != nil {
		return Null, err
	}
	en, err := th.connect(s, a[0], "connect")
	if err != nil {
		return Null, err
	}
	if en != 0 {
		return Null, errnoError(int(en), Null, Null)
	}
	return None, nil
}

func socketConnectEx(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("connect_ex", args, kw, 1, []string{"address"})
	if err != nil {
		return Null, err
	}
	en, err := th.connect(s, a[0], "connect_ex")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == TimeoutErrorType {
			return Int(int64(unix.EWOULDBLOCK)), nil
		}
		return Null, err
	}
	return Int(int64(en)), nil
}

func socketListen(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("listen", args, kw, 0, []string{"backlog"})
	if err != nil {
		return Null, err
	}
	backlog, err := th.optInt(a[0], min(unix.SOMAXCONN, 128))
	if err != nil {
		return Null, err
	}
	if serr := unix.Listen(s.fd, max(backlog, 0)); serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return None, nil
}

func socketGetsockname(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	if err := noArgs("getsockname", args); err != nil {
		return Null, err
	}
	sa, serr := unix.Getsockname(s.fd)
	if serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return th.sockaddrValue(sa)
}

func socketGetpeername(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	if err := noArgs("getpeername", args); err != nil {
		return Null, err
	}
	sa, serr := unix.Getpeername(s.fd)
	if serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return th.sockaddrValue(sa)
}

func socketSetblocking(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("setblocking", args, kw, 1, []string{"flag"})
	if err != nil {
		return Null, err
	}
	// An int (PyLong_AsLong), not any object's truth.
	block, err := th.intArg(a[0])
	if err != nil {
		return Null, err
	}
	t := 0.0
	if block != 0 {
		t = -1
	}
	if serr := s.setTimeout(t); serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return None, nil
}

func socketGetblocking(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	if err := noArgs("getblocking", args); err != nil {
		return Null, err
	}
	return Bool(s.timeout != 0), nil
}

func socketSettimeout(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("settimeout", args, kw, 1, []string{"timeout"})
	if err != nil {
		return Null, err
	}
	t, err := th.timeoutArg(a[0])
	if err != nil {
		return Null, err
	}
	if serr := s.setTimeout(t); serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return None, nil
}

func socketGettimeout(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	if err := noArgs("gettimeout", args); err != nil {
		return Null, err
	}
	return timeoutValue(s.timeout), nil
}

// recvSize reads the buffer size of recv and recvfrom.
func (th *Thread) recvSize(v Value, fn string) (int, error) {
	n, err := th.sizeArg(v)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(ValueErrorType, "negative buffersize in %s", fn)
	}
	if err := th.alloc(n); err != nil {
		return 0, err
	}
	return int(n), nil
}

// recvInto receives into buf: the byte count and the sender's address.
func (th *Thread) recvInto(s *Socket, buf []byte, flags int) (int, unix.Sockaddr, error) {
	var n int
	var from unix.Sockaddr
	err := th.sockCall(s, false, s.deadline(), func() error {
		var err error
		n, _, _, from, err = unix.Recvmsg(s.fd, buf, nil, flags)
		return err
	})
	return n, from, err
}

// recvArgs parses the (bufsize, flags=0) arguments of recv and recvfrom
// and returns a buffer of that size.
func (th *Thread) recvArgs(name string, args []Value, kw []string) ([]byte, int, error) {
	a, err := socketArgs(name, args, kw, 1, []string{"bufsize", "flags"})
	if err != nil {
		return nil, 0, err
	}
	size, err := th.recvSize(a[0], name)
	if err != nil {
		return nil, 0, err
	}
	flags, err := th.optInt(a[1], 0)
	if err != nil {
		return nil, 0, err
	}
	return make([]byte, size), flags, nil
}

func socketRecv(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	buf, flags, err := th.recvArgs("recv", args, kw)
	if err != nil {
		return Null, err
	}
	n, _, err := th.recvInto(s, buf, flags)
	if err != nil {
		return Null, err
	}
	return Obj(&Bytes{b: buf[:n:n]}), nil
}

func socketRecvfrom(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	buf, flags, err := th.recvArgs("recvfrom", args, kw)
	if err != nil {
		return Null, err
	}
	n, from, err := th.recvInto(s, buf, flags)
	if err != nil {
		return Null, err
	}
	addr, err := th.sockaddrValue(from)
	if err != nil {
		return Null, err
	}
	return Obj(NewTuple([]Value{Obj(&Bytes{b: buf[:n:n]}), addr})), nil
}

// recvIntoArgs reads the buffer, nbytes and flags of recv_into and
// recvfrom_into.
func (th *Thread) recvIntoArgs(fn string, args []Value, kw []string) ([]byte, int, error) {
	a, err := socketArgs(fn, args, kw, 1, []string{"buffer", "nbytes", "flags"})
	if err != nil {
		return nil, 0, err
	}
	buf, err := writableBuffer(a[0], fn+"() argument 1")
	if err != nil {
		return nil, 0, err
	}
	nbytes, err := th.optInt(a[1], 0)
	if err != nil {
		return nil, 0, err
	}
	if nbytes < 0 {
		return nil, 0, Errorf(ValueErrorType, "negative buffersize in %s", fn)
	}
	if nbytes > len(buf) {
		return nil, 0, Errorf(ValueErrorType, "buffer too small for requested bytes")
	}
	if nbytes > 0 {
		buf = buf[:nbytes]
	}
	flags, err := th.optInt(a[2], 0)
	return buf, flags, err
}

func socketRecvInto(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	buf, flags, err := th.recvIntoArgs("recv_into", args, kw)
	if err != nil {
		return Null, err
	}
	n, _, err := th.recvInto(s, buf, flags)
	if err != nil {
		return Null, err
	}
	return Int(int64(n)), nil
}

func socketRecvfromInto(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	buf, flags, err := th.recvIntoArgs("recvfrom_into", args, kw)
	if err != nil {
		return Null, err
	}
	n, from, err := th.recvInto(s, buf, flags)
	if err != nil {
		return Null, err
	}
	addr, err := th.sockaddrValue(from)
	if err != nil {
		return Null, err
	}
	return Obj(NewTuple([]Value{Int(int64(n)), addr})), nil
}

// sendData reads the data argument of the send methods.
func (th *Thread) sendData(v Value) ([]byte, error) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

// sendOnce sends data to (nil: the peer) once: the bytes sent.
func (th *Thread) sendOnce(s *Socket, data []byte, flags int, to unix.Sockaddr, deadline time.Time) (int, error) {
	var n int
	err := th.sockCall(s, true, deadline, func() error {
		var err error
		// MSG_NOSIGNAL: a closed peer is EPIPE, as under CPython, which
		// ignores SIGPIPE.
		n, err = unix.SendmsgN(s.fd, data, nil, to, flags|unix.MSG_NOSIGNAL)
		return err
	})
	return n, err
}

func socketSend(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("send", args, kw, 1, []string{"data", "flags"})
	if err != nil {
		return Null, err
	}
	data, err := th.sendData(a[0])
	if err != nil {
		return Null, err
	}
	flags, err := th.optInt(a[1], 0)
	if err != nil {
		return Null, err
	}
	n, err := th.sendOnce(s, data, flags, nil, s.deadline())
	if err != nil {
		return Null, err
	}
	return Int(int64(n)), nil
}

// socketSendall sends all of data; the timeout bounds the whole of it.
func socketSendall(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("sendall", args, kw, 1, []string{"data", "flags"})
	if err != nil {
		return Null, err
	}
	data, err := th.sendData(a[0])
	if err != nil {
		return Null, err
	}
	flags, err := th.optInt(a[1], 0)
	if err != nil {
		return Null, err
	}
	deadline := s.deadline()
	for len(data) > 0 {
		n, err := th.sendOnce(s, data, flags, nil, deadline)
		if err != nil {
			return Null, err
		}
		data = data[n:]
		if err := th.SafePoint(1); err != nil {
			return Null, err
		}
	}
	return None, nil
}

// socketSendto is sendto(data[, flags], address).
func socketSendto(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	var dataArg, flagsArg, addrArg Value
	switch len(args) {
	case 2:
		dataArg, addrArg = args[0], args[1]
	case 3:
		dataArg, flagsArg, addrArg = args[0], args[1], args[2]
	default:
		return Null, Errorf(TypeErrorType, "sendto() takes 2 or 3 arguments (%d given)", len(args))
	}
	data, err := th.sendData(dataArg)
	if err != nil {
		return Null, err
	}
	flags, err := th.optInt(flagsArg, 0)
	if err != nil {
		return Null, err
	}
	to, err := th.sockaddrArg(s.family, addrArg, "sendto")
	if err != nil {
		return Null, err
	}
	n, err := th.sendOnce(s, data, flags, to, s.deadline())
	if err != nil {
		return Null, err
	}
	return Int(int64(n)), nil
}

func socketShutdown(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("shutdown", args, kw, 1, []string{"how"})
	if err != nil {
		return Null, err
	}
	how, err := th.intArg(a[0])
	if err != nil {
		return Null, err
	}
	if serr := unix.Shutdown(s.fd, how); serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return None, nil
}

// socketGetsockopt is getsockopt(level, option[, buflen]): an int, or
// with buflen the option's bytes.
func socketGetsockopt(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("getsockopt", args, kw, 2, []string{"level", "option", "buflen"})
	if err != nil {
		return Null, err
	}
	level, err := th.intArg(a[0])
	if err != nil {
		return Null, err
	}
	opt, err := th.intArg(a[1])
	if err != nil {
		return Null, err
	}
	if a[2].o == nil {
		v, serr := unix.GetsockoptInt(s.fd, level, opt)
		if serr != nil {
			return Null, osError(serr, Null, Null)
		}
		return Int(int64(v)), nil
	}
	buflen, err := th.intArg(a[2])
	if err != nil {
		return Null, err
	}
	if buflen <= 0 || buflen > 1024 {
		return Null, NewException(OSErrorType, String("getsockopt buflen out of range"))
	}
	buf := make([]byte, buflen)
	n := uint32(buflen)
	_, _, en := unix.Syscall6(unix.SYS_GETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n)), 0)
	if en != 0 {
		return Null, osError(en, Null, Null)
	}
	return Obj(&Bytes{b: buf[:n:n]}), nil
}

// socketSetsockopt is setsockopt(level, option, value): value an int or
// bytes-like, or None with the option's length.
func socketSetsockopt(th *Thread, s *Socket, args []Value, kw []string) (Value, error) {
	// CPython tries (level, option, int), (level, option, None, optlen)
	// and (level, option, buffer) in turn; the last one's error stands.
	noneForm := len(args) == 4 && args[2].IsNone()
	if len(args) != 3 && !noneForm {
		return Null, Errorf(TypeErrorType, "setsockopt() takes exactly 3 arguments (%d given)", len(args))
	}
	level, err := th.intArg(args[0])
	if err != nil {
		return Null, err
	}
	opt, err := th.intArg(args[1])
	if err != nil {
		return Null, err
	}
	var serr error
	switch {
	case noneForm:
		// optlen is a C unsigned int taken modulo 2**32 (format "I").
		optlen, ok, err := th.index(args[3])
		if err != nil || !ok {
			// The buffer form's count error stands.
			return Null, Errorf(TypeErrorType, "setsockopt() takes exactly 3 arguments (4 given)")
		}
		_, _, en := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt), 0, uintptr(uint32(optlen)), 0)
		if en != 0 {
			serr = en
		}
	case unwrap(args[2]).Type().IsSubtype(IntType):
		v, err := th.cIntArg(args[2])
		if err != nil {
			// Out of a C int's range: the buffer form's error stands.
			return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[2].Type().Name)
		}
		serr = unix.SetsockoptInt(s.fd, level, opt, int(v))
	default:
		b, ok := bytesLike(args[2])
		if !ok {
			return Null, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[2].Type().Name)
		}
		serr = unix.SetsockoptString(s.fd, level, opt, string(b))
	}
	if serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return None, nil
}
