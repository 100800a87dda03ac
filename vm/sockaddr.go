//go:build linux

package vm

// Socket addresses of _socket: from Python (the (host, port) tuples of
// AF_INET and AF_INET6, the paths of AF_UNIX) to the operating system's,
// and back, as socketmodule.c's getsockaddrarg and makesockaddr.

import (
	"net"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// sockaddrArg converts address v of a socket of family for method fn.
func (th *Thread) sockaddrArg(family int, v Value, fn string) (unix.Sockaddr, error) {
	switch family {
	case unix.AF_UNIX:
		return th.unixAddrArg(v, fn)
	case unix.AF_INET, unix.AF_INET6:
		t, ok := v.o.(*Tuple)
		if !ok {
			name := "AF_INET"
			if family == unix.AF_INET6 {
				name = "AF_INET6"
			}
			return nil, Errorf(TypeErrorType, "%s(): %s address must be tuple, not %s", fn, name, v.Type().Name)
		}
		if family == unix.AF_INET {
			return th.inet4AddrArg(t, fn)
		}
		return th.inet6AddrArg(t, fn)
	}
	return nil, Errorf(OSErrorType, "%s(): bad family", fn)
}

// unixAddrArg is an AF_UNIX address: a path as str, bytes or a bytes-like
// object; a leading NUL byte names an address of the abstract namespace.
func (th *Thread) unixAddrArg(v Value, fn string) (unix.Sockaddr, error) {
	var path string
	if s, ok := v.o.(*Str); ok {
		b, err := th.fsEncode(s)
		if err != nil {
			return nil, err
		}
		path = b
	} else if b, ok := bytesLike(v); ok {
		path = string(b)
	} else if v.Type().Lookup("__fspath__").o != nil {
		p, err := th.fsConvertName(v)
		if err != nil {
			return nil, err
		}
		path = p
	} else {
		return nil, Errorf(TypeErrorType, "%s(): AF_UNIX address must be str or bytes, not %s", fn, v.Type().Name)
	}
	if len(path) > 107 && !(len(path) == 108 && path[0] == 0) {
		return nil, NewException(OSErrorType, String("AF_UNIX path too long"))
	}
	if strings.HasPrefix(path, "\x00") {
		// x/sys/unix spells the abstract namespace with '@'.
		path = "@" + path[1:]
	} else if strings.HasPrefix(path, "@") {
		// x/sys/unix takes a leading '@' for the abstract namespace:
		// a file name beginning with '@' (always relative) is given
		// as the same file's "./@..." (sockaddrValue reverses this).
		if len(path) > 105 {
			return nil, Errorf(NotImplementedErrorType, "pyjit: AF_UNIX paths beginning with '@' are limited to 105 bytes")
		}
		path = "./" + path
	}
	return &unix.SockaddrUnix{Name: path}, nil
}

// portArg is the port of an internet address, 0-65535.
func (th *Thread) portArg(v Value, fn string) (int, error) {
	if !unwrap(v).Type().IsSubtype(IntType) {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	n, err := th.sizeArg(v)
	if err != nil && !isOverflow(err) {
		return 0, err
	}
	if err != nil || n < 0 || n > 0xffff {
		return 0, Errorf(OverflowErrorType, "%s(): port must be 0-65535.", fn)
	}
	return int(n), nil
}

// hostArg is the host of an internet address: str, or bytes.
func hostArg(v Value, fn string) (string, error) {
	switch h := v.o.(type) {
	case *Str:
		return h.s, nil
	case *Bytes:
		return string(h.b), nil
	}
	return "", Errorf(TypeErrorType, "str, bytes or bytearray expected, not %s", v.Type().Name)
}

func (th *Thread) inet4AddrArg(t *Tuple, fn string) (unix.Sockaddr, error) {
	if len(t.items) != 2 {
		return nil, Errorf(TypeErrorType, "AF_INET address must be a pair (host, port)")
	}
	host, err := hostArg(t.items[0], fn)
	if err != nil {
		return nil, err
	}
	port, err := th.portArg(t.items[1], fn)
	if err != nil {
		return nil, err
	}
	ip, err := th.resolveOne(host, unix.AF_INET)
	if err != nil {
		return nil, err
	}
	sa := &unix.SockaddrInet4{Port: port}
	copy(sa.Addr[:], ip.To4())
	return sa, nil
}

func (th *Thread) inet6AddrArg(t *Tuple, fn string) (unix.Sockaddr, error) {
	if len(t.items) < 2 || len(t.items) > 4 {
		return nil, Errorf(TypeErrorType, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
	}
	host, err := hostArg(t.items[0], fn)
	if err != nil {
		return nil, err
	}
	port, err := th.portArg(t.items[1], fn)
	if err != nil {
		return nil, err
	}
	var scope int64
	if len(t.items) > 2 {
		flow, err := th.sizeArg(t.items[2])
		if err != nil {
			return nil, err
		}
		if flow < 0 || flow > 0xfffff {
			return nil, Errorf(OverflowErrorType, "%s(): flowinfo must be 0-1048575.", fn)
		}
	}
	if len(t.items) > 3 {
		if scope, err = th.sizeArg(t.items[3]); err != nil {
			return nil, err
		}
	}
	ip, err := th.resolveOne(host, unix.AF_INET6)
	if err != nil {
		return nil, err
	}
	sa := &unix.SockaddrInet6{Port: port, ZoneId: uint32(scope)}
	copy(sa.Addr[:], ip.To16())
	return sa, nil
}

// sockaddrValue is the Python form of address sa (makesockaddr): None
// for no address.
func (th *Thread) sockaddrValue(sa unix.Sockaddr) (Value, error) {
	switch a := sa.(type) {
	case nil:
		return None, nil
	case *unix.SockaddrInet4:
		return Obj(NewTuple([]Value{String(net.IP(a.Addr[:]).String()), Int(int64(a.Port))})), nil
	case *unix.SockaddrInet6:
		return Obj(NewTuple([]Value{String(formatIPv6(a.Addr[:])), Int(int64(a.Port)), Int(0), Int(int64(a.ZoneId))})), nil
	case *unix.SockaddrUnix:
		// x/sys/unix spells an unnamed socket's address (and the
		// empty name of the abstract namespace) "@".
		if a.Name == "@" {
			return String(""), nil
		}
		if strings.HasPrefix(a.Name, "@") {
			return Obj(&Bytes{b: []byte("\x00" + a.Name[1:])}), nil
		}
		if strings.HasPrefix(a.Name, "./@") {
			// A file name beginning with '@', as unixAddrArg gave it.
			return th.fsDecode(a.Name[2:])
		}
		return th.fsDecode(a.Name)
	}
	return None, nil
}

// formatIPv6 writes a 16-byte address as inet_ntop does: IPv4-mapped and
// IPv4-compatible addresses end in dotted decimal.
func formatIPv6(b []byte) string {
	ip := net.IP(b)
	if ip4 := ip.To4(); ip4 != nil && ip[10] == 0xff {
		return "::ffff:" + ip4.String()
	}
	return ip.To16().String()
}

// inetAton parses an IPv4 address as inet_aton does: one to four parts,
// each decimal, octal (leading 0) or hexadecimal (leading 0x), the last
// filling the remaining bytes.
func inetAton(s string) ([4]byte, bool) {
	var out [4]byte
	parts := strings.Split(s, ".")
	if len(parts) > 4 || s == "" {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		if p == "" {
			return out, false
		}
		base := 10
		switch {
		case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
			base, p = 16, p[2:]
			if p == "" {
				p = "0"
			}
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil {
			return out, false
		}
		vals[i] = v
	}
	last := vals[len(vals)-1]
	if len(vals) < 4 && last >= 1<<(8*(5-len(vals))) {
		return out, false
	}
	var n uint64
	for i, v := range vals[:len(vals)-1] {
		if v > 255 {
			return out, false
		}
		n |= v << (24 - 8*i)
	}
	if len(vals) == 4 && last > 255 {
		return out, false
	}
	n |= last
	out[0], out[1], out[2], out[3] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
	return out, true
}

// parseIPv4Strict parses a dotted-quad address as inet_pton does.
func parseIPv4Strict(s string) ([4]byte, bool) {
	var out [4]byte
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return out, false
	}
	for i, p := range parts {
		if p == "" || len(p) > 3 || (len(p) > 1 && p[0] == '0') {
			return out, false
		}
		v, err := strconv.ParseUint(p, 10, 8)
		if err != nil {
			return out, false
		}
		out[i] = byte(v)
	}
	return out, true
}

// parseIPv6 parses a textual IPv6 address as inet_pton does.
func parseIPv6(s string) ([16]byte, bool) {
	var out [16]byte
	if !strings.Contains(s, ":") || strings.Contains(s, "%") {
		return out, false
	}
	ip := net.ParseIP(s)
	if ip == nil {
		return out, false
	}
	copy(out[:], ip.To16())
	return out, true
}
