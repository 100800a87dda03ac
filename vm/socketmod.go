//go:build linux

package vm

// The _socket module (CPython's Modules/socketmodule.c), which socket.py
// builds on: socket objects of the families AF_INET, AF_INET6 and
// AF_UNIX, socketpair, getaddrinfo and getnameinfo for numeric addresses
// and the names of /etc/hosts, the byte-order and address conversions,
// and the constants of Linux. Like the posix module, everything that
// touches the host (making a socket, resolving a name, the host's name)
// needs the host granted (Options.FS = HostFS) and raises PermissionError
// otherwise. Blocking calls wait in slices, so that signals and the
// embedder's limits are handled while they wait.

import (
	"encoding/binary"
	"net"
	"os"
	"sync"

	"golang.org/x/sys/unix"
)

var socketOnce sync.Once

// socketExcType makes exception class socket.name, a subclass of OSError
// of this interpreter's own (as a class statement would), so that other
// interpreters do not see it among OSError's subclasses.
func (th *Thread) socketExcType(name string) (*Type, error) {
	return th.newOSErrorClass("socket", name)
}

// newOSErrorClass makes module.name, a new subclass of OSError, as a
// native module's exception class.
func (th *Thread) newOSErrorClass(module, name string) (*Type, error) {
	ns := NewDict()
	ns.SetStr("__module__", String(module))
	v, err := th.Call(Obj(TypeType), []Value{String(name), Obj(NewTuple([]Value{Obj(OSErrorType)})), Obj(ns)}, nil)
	if err != nil {
		return nil, err
	}
	t, ok := v.o.(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "type() made a '%s' object for %s.%s", v.Type().Name, module, name)
	}
	return t, nil
}

func makeSocketModule(th *Thread) (*Module, error) {
	socketOnce.Do(func() { SocketType = makeSocketType() })
	var err error
	st := &th.interp.socketState
	if st.gaierror, err = th.socketExcType("gaierror"); err != nil {
		return nil, err
	}
	if st.herror, err = th.socketExcType("herror"); err != nil {
		return nil, err
	}
	m := newNativeModule("_socket", map[string]BuiltinFunc{
		"socketpair":        socketSocketpair,
		"getaddrinfo":       socketGetaddrinfo,
		"getnameinfo":       socketGetnameinfo,
		"gethostname":       socketGethostname,
		"gethostbyname":     socketGethostbyname,
		"gethostbyname_ex":  socketGethostbynameEx,
		"gethostbyaddr":     socketGethostbyaddr,
		"getservbyname":     socketGetservbyname,
		"getservbyport":     socketGetservbyport,
		"getprotobyname":    socketGetprotobyname,
		"getdefaulttimeout": socketGetdefaulttimeout,
		"setdefaulttimeout": socketSetdefaulttimeout,
		"dup":               socketDup,
		"close":             socketClose,
		"htons":             socketHtons,
		"ntohs":             socketHtons,
		"htonl":             socketHtonl,
		"ntohl":             socketHtonl,
		"inet_aton":         socketInetAton,
		"inet_ntoa":         socketInetNtoa,
		"inet_pton":         socketInetPton,
		"inet_ntop":         socketInetNtop,
		"CMSG_LEN":          socketCmsgLen,
		"CMSG_SPACE":        socketCmsgSpace,
		"if_nameindex":      socketIfNameindex,
		"if_nametoindex":    socketIfNametoindex,
		"if_indextoname":    socketIfIndextoname,
	})
	m.native = true
	m.Dict.SetStr("socket", Obj(SocketType))
	m.Dict.SetStr("SocketType", Obj(SocketType))
	m.Dict.SetStr("error", Obj(OSErrorType))
	m.Dict.SetStr("timeout", Obj(TimeoutErrorType))
	m.Dict.SetStr("gaierror", Obj(st.gaierror))
	m.Dict.SetStr("herror", Obj(st.herror))
	m.Dict.SetStr("has_ipv6", True)
	for _, c := range socketConstants {
		m.Dict.SetStr(c.name, Int(c.value))
	}
	return m, nil
}

// socketArgs unpacks the arguments of function fn as unpackArgs does,
// with the optional ones left Null.
func socketArgs(fn string, args []Value, kw []string, min int, names []string) ([]Value, error) {
	out := make([]Value, len(names))
	ptrs := make([]*Value, len(names))
	for i := range out {
		ptrs[i] = &out[i]
	}
	if err := unpackArgs(fn, args, kw, min, names, ptrs...); err != nil {
		return nil, err
	}
	return out, nil
}

// optInt is an optional int argument: def when absent.
func (th *Thread) optInt(v Value, def int) (int, error) {
	if v.o == nil {
		return def, nil
	}
	return th.intArg(v)
}

func socketSocketpair(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("socketpair", args, kw, 0, []string{"family", "type", "proto"})
	if err != nil {
		return Null, err
	}
	family, err := th.optInt(a[0], unix.AF_UNIX)
	if err != nil {
		return Null, err
	}
	typ, err := th.optInt(a[1], unix.SOCK_STREAM)
	if err != nil {
		return Null, err
	}
	proto, err := th.optInt(a[2], 0)
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	fds, serr := unix.Socketpair(family, typ|unix.SOCK_CLOEXEC, proto)
	if serr != nil {
		return Null, osError(serr, Null, Null)
	}
	timeout := th.interp.socketDefaultTimeout()
	s0 := newSocket(fds[0], family, typ, proto)
	s1 := newSocket(fds[1], family, typ, proto)
	for _, s := range []*Socket{s0, s1} {
		if err := s.setTimeout(timeout); err != nil {
			s0.close()
			s1.close()
			return Null, osError(err, Null, Null)
		}
	}
	return Obj(NewTuple([]Value{Obj(s0), Obj(s1)})), nil
}

func socketGethostname(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if _, err := socketArgs("gethostname", args, kw, 0, nil); err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	name, err := os.Hostname()
	if err != nil {
		return Null, osError(err, Null, Null)
	}
	return String(name), nil
}

func socketGetdefaulttimeout(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if _, err := socketArgs("getdefaulttimeout", args, kw, 0, nil); err != nil {
		return Null, err
	}
	return timeoutValue(th.interp.socketDefaultTimeout()), nil
}

func socketSetdefaulttimeout(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("setdefaulttimeout", args, kw, 1, []string{"timeout"})
	if err != nil {
		return Null, err
	}
	t, err := th.timeoutArg(a[0])
	if err != nil {
		return Null, err
	}
	th.interp.socketTimeout.Store(timeoutBits(t))
	return None, nil
}

// socketDup is _socket.dup(fd): a new descriptor, not inheritable.
func socketDup(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("dup", args, kw, 1, []string{"fd"})
	if err != nil {
		return Null, err
	}
	fd, err := th.intArg(a[0])
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	nfd, serr := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if serr != nil {
		return Null, osError(serr, Null, Null)
	}
	return Int(int64(nfd)), nil
}

// socketClose is _socket.close(fd); ECONNRESET is not an error.
func socketClose(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("close", args, kw, 1, []string{"fd"})
	if err != nil {
		return Null, err
	}
	fd, err := th.intArg(a[0])
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	if serr := unix.Close(fd); serr != nil && serr != unix.ECONNRESET {
		return Null, osError(serr, Null, Null)
	}
	return None, nil
}

// socketHtons is htons and ntohs: a 16-bit swap of the bytes.
func socketHtons(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("htons", args, kw, 1, []string{"x"})
	if err != nil {
		return Null, err
	}
	n, err := th.unsignedArg(a[0], "htons: can't convert negative Python int to C 16-bit unsigned integer",
		"htons: Python int too large to convert to C 16-bit unsigned integer", 0xffff)
	if err != nil {
		return Null, err
	}
	var b [2]byte
	binary.BigEndian.PutUint16(b[:], uint16(n))
	return Int(int64(binary.LittleEndian.Uint16(b[:]))), nil
}

// socketHtonl is htonl and ntohl: a 32-bit swap of the bytes.
func socketHtonl(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("htonl", args, kw, 1, []string{"x"})
	if err != nil {
		return Null, err
	}
	if !unwrap(a[0]).Type().IsSubtype(IntType) {
		return Null, Errorf(TypeErrorType, "expected int, %s found", a[0].Type().Name)
	}
	n, err := th.unsignedArg(a[0], "can't convert negative value to unsigned int", "int larger than 32 bits", 0xffffffff)
	if err != nil {
		return Null, err
	}
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(n))
	return Int(int64(binary.LittleEndian.Uint32(b[:]))), nil
}

// unsignedArg reads a non-negative int no greater than max, with the
// OverflowError messages negative and tooLarge.
func (th *Thread) unsignedArg(v Value, negative, tooLarge string, max int64) (int64, error) {
	if v.IsFloat() {
		return 0, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := th.sizeArg(v)
	if err != nil {
		if isOverflow(err) {
			return 0, Errorf(OverflowErrorType, "%s", tooLarge)
		}
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(OverflowErrorType, "%s", negative)
	}
	if n > max {
		return 0, Errorf(OverflowErrorType, "%s", tooLarge)
	}
	return n, nil
}

// isOverflow reports whether err is a Python OverflowError.
func isOverflow(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(OverflowErrorType)
}

func socketInetAton(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("inet_aton", args, kw, 1, []string{"string"})
	if err != nil {
		return Null, err
	}
	s, ok := a[0].o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "inet_aton() argument 1 must be str, not %s", a[0].Type().Name)
	}
	ip, ok := inetAton(s.s)
	if !ok {
		return Null, NewException(OSErrorType, String("illegal IP address string passed to inet_aton"))
	}
	return Obj(&Bytes{b: ip[:]}), nil
}

func socketInetNtoa(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("inet_ntoa", args, kw, 1, []string{"packed_ip"})
	if err != nil {
		return Null, err
	}
	b, err := th.bytesLikeArg("inet_ntoa", a[0])
	if err != nil {
		return Null, err
	}
	if len(b) != 4 {
		return Null, NewException(OSErrorType, String("packed IP wrong length for inet_ntoa"))
	}
	return String(net.IP(b).String()), nil
}

func socketInetPton(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("inet_pton", args, kw, 2, []string{"af", "ip"})
	if err != nil {
		return Null, err
	}
	af, err := th.intArg(a[0])
	if err != nil {
		return Null, err
	}
	s, ok := a[1].o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "inet_pton() argument 2 must be str, not %s", a[1].Type().Name)
	}
	switch af {
	case unix.AF_INET:
		if ip, ok := parseIPv4Strict(s.s); ok {
			return Obj(&Bytes{b: ip[:]}), nil
		}
	case unix.AF_INET6:
		if ip, ok := parseIPv6(s.s); ok {
			return Obj(&Bytes{b: ip[:]}), nil
		}
	default:
		return Null, errnoError(int(unix.EAFNOSUPPORT), Null, Null)
	}
	return Null, NewException(OSErrorType, String("illegal IP address string passed to inet_pton"))
}

func socketInetNtop(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("inet_ntop", args, kw, 2, []string{"af", "packed_ip"})
	if err != nil {
		return Null, err
	}
	af, err := th.intArg(a[0])
	if err != nil {
		return Null, err
	}
	b, err := th.bytesLikeArg("inet_ntop", a[1])
	if err != nil {
		return Null, err
	}
	switch af {
	case unix.AF_INET:
		if len(b) != 4 {
			return Null, Errorf(ValueErrorType, "invalid length of packed IP address string")
		}
		return String(net.IP(b).String()), nil
	case unix.AF_INET6:
		if len(b) != 16 {
			return Null, Errorf(ValueErrorType, "invalid length of packed IP address string")
		}
		return String(formatIPv6(b)), nil
	}
	return Null, Errorf(ValueErrorType, "unknown address family %d", af)
}

// cmsgArg reads the length argument of CMSG_LEN and CMSG_SPACE.
func (th *Thread) cmsgArg(fn string, args []Value, kw []string) (int, error) {
	a, err := socketArgs(fn, args, kw, 1, []string{"length"})
	if err != nil {
		return 0, err
	}
	n, err := th.cIntArg(a[0])
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 1<<31-64 {
		return 0, Errorf(OverflowErrorType, "%s() argument out of range", fn)
	}
	return int(n), nil
}

func socketCmsgLen(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	n, err := th.cmsgArg("CMSG_LEN", args, kw)
	if err != nil {
		return Null, err
	}
	return Int(int64(unix.CmsgLen(n))), nil
}

func socketCmsgSpace(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	n, err := th.cmsgArg("CMSG_SPACE", args, kw)
	if err != nil {
		return Null, err
	}
	return Int(int64(unix.CmsgSpace(n))), nil
}

func socketIfNameindex(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if _, err := socketArgs("if_nameindex", args, kw, 0, nil); err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	ifs, err := net.Interfaces()
	if err != nil {
		return Null, osError(err, Null, Null)
	}
	out := make([]Value, len(ifs))
	for i, f := range ifs {
		out[i] = Obj(NewTuple([]Value{Int(int64(f.Index)), String(f.Name)}))
	}
	return Obj(NewList(out)), nil
}

func socketIfNametoindex(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("if_nametoindex", args, kw, 1, []string{"oname"})
	if err != nil {
		return Null, err
	}
	name, err := th.fsConvertName(a[0])
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	f, ierr := net.InterfaceByName(name)
	if ierr != nil {
		return Null, NewException(OSErrorType, String("no interface with this name"))
	}
	return Int(int64(f.Index)), nil
}

func socketIfIndextoname(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("if_indextoname", args, kw, 1, []string{"index"})
	if err != nil {
		return Null, err
	}
	if !unwrap(a[0]).Type().IsSubtype(IntType) {
		return Null, Errorf(TypeErrorType, "an integer is required")
	}
	n, err := th.cIntArg(a[0])
	if err != nil {
		return Null, err
	}
	if n < 0 || n > 0xffffffff {
		return Null, Errorf(OverflowErrorType, "index must be a non-negative integer less than 2**32")
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	f, ierr := net.InterfaceByIndex(int(n))
	if ierr != nil {
		return Null, errnoError(int(unix.ENXIO), Null, Null)
	}
	return String(f.Name), nil
}
