//go:build linux

package vm

// Name resolution of _socket: getaddrinfo, getnameinfo and the gethostby*
// and getservby* functions, over Go's resolver (numeric addresses,
// /etc/hosts, then DNS) and /etc/services. Errors are glibc's EAI_ codes
// and messages, raised as socket.gaierror.

import (
	"bufio"
	"context"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// The getaddrinfo flags of glibc.
const (
	aiPassive     = 1
	aiCanonname   = 2
	aiNumerichost = 4
)

// The getaddrinfo error codes of glibc.
const (
	eaiBadflags = -1
	eaiNoname   = -2
	eaiFamily   = -6
	eaiSocktype = -7
	eaiService  = -8
)

// eaiMessages are gai_strerror's messages.
var eaiMessages = map[int]string{
	eaiBadflags: "Bad value for ai_flags",
	eaiNoname:   "Name or service not known",
	eaiFamily:   "ai_family not supported",
	eaiSocktype: "ai_socktype not supported",
	eaiService:  "Servname not supported for ai_socktype",
}

// gaiError is socket.gaierror(code, message).
func (th *Thread) gaiError(code int) error {
	e := NewException(th.interp.socketState.gaierror, Int(int64(code)), String(eaiMessages[code]))
	e.fields = []Value{Int(int64(code)), String(eaiMessages[code]), Null, Null, Null}
	return e
}

// resolveTimeout bounds one name lookup.
const resolveTimeout = 10 * time.Second

// resolveHost returns the addresses of host of family (AF_UNSPEC for
// any): a numeric address as it is, else the host's addresses.
func (th *Thread) resolveHost(host string, family int) ([]net.IP, error) {
	if ip4, ok := parseIPv4Strict(host); ok {
		if family == unix.AF_INET6 {
			return nil, th.gaiError(eaiNoname)
		}
		return []net.IP{net.IP(ip4[:])}, nil
	}
	if ip6, ok := parseIPv6(host); ok {
		if family == unix.AF_INET {
			return nil, th.gaiError(eaiNoname)
		}
		return []net.IP{net.IP(ip6[:])}, nil
	}
	if err := th.osCheck(Null); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), resolveTimeout)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil {
		return nil, th.gaiError(eaiNoname)
	}
	var out []net.IP
	for _, a := range addrs {
		ip := a.IP
		if ip4 := ip.To4(); ip4 != nil {
			ip = ip4
		}
		is4 := len(ip) == net.IPv4len
		if family == unix.AF_INET && !is4 || family == unix.AF_INET6 && is4 {
			continue
		}
		out = append(out, ip)
	}
	if len(out) == 0 {
		return nil, th.gaiError(eaiNoname)
	}
	return out, nil
}

// resolveOne is the address of an internet socket's host (setipaddr):
// ” is any address, '<broadcast>' the broadcast address.
func (th *Thread) resolveOne(host string, family int) (net.IP, error) {
	switch host {
	case "":
		if family == unix.AF_INET6 {
			return net.IPv6unspecified, nil
		}
		return net.IPv4zero.To4(), nil
	case "<broadcast>", "255.255.255.255":
		if family == unix.AF_INET {
			return net.IPv4bcast.To4(), nil
		}
	}
	if family == unix.AF_INET {
		if ip, ok := inetAton(host); ok && strings.Count(host, ".") == 3 {
			return net.IP(ip[:]), nil
		}
	}
	ips, err := th.resolveHost(host, family)
	if err != nil {
		return nil, err
	}
	return ips[0], nil
}

// serviceArg is getaddrinfo's port: None, an int, or a number or service
// name as str or bytes.
func (th *Thread) serviceArg(v Value, socktype int) (int, error) {
	var name string
	switch p := v.o.(type) {
	case nil:
		return 0, nil
	case *Str:
		name = p.s
	case *Bytes:
		name = string(p.b)
	default:
		if v.IsNone() {
			return 0, nil
		}
		if unwrap(v).Type().IsSubtype(IntType) {
			n, err := th.sizeArg(v)
			if err != nil {
				return 0, err
			}
			return int(uint16(n)), nil
		}
		return 0, NewException(OSErrorType, String("Int or String expected"))
	}
	if n, err := strconv.ParseUint(name, 10, 16); err == nil {
		return int(n), nil
	}
	proto := "tcp"
	if socktype == unix.SOCK_DGRAM {
		proto = "udp"
	}
	if port, ok := lookupService(name, proto); ok {
		return port, nil
	}
	return 0, th.gaiError(eaiService)
}

// services reads /etc/services: each entry's name, port and protocol,
// aliases as names of their own.
func services() []serviceEntry {
	f, err := os.Open("/etc/services")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []serviceEntry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		portStr, proto, ok := strings.Cut(fields[1], "/")
		if !ok {
			continue
		}
		port, err := strconv.Atoi(portStr)
		if err != nil {
			continue
		}
		for _, name := range append([]string{fields[0]}, fields[2:]...) {
			out = append(out, serviceEntry{name: name, port: port, proto: proto})
		}
	}
	return out
}

type serviceEntry struct {
	name, proto string
	port        int
}

// lookupService is the port of service name over proto ("" for any).
func lookupService(name, proto string) (int, bool) {
	for _, e := range services() {
		if e.name == name && (proto == "" || e.proto == proto) {
			return e.port, true
		}
	}
	return 0, false
}

// lookupPort is the name of the service of port over proto ("" for any).
func lookupPort(port int, proto string) (string, bool) {
	for _, e := range services() {
		if e.port == port && (proto == "" || e.proto == proto) {
			return e.name, true
		}
	}
	return "", false
}

func socketGetaddrinfo(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("getaddrinfo", args, kw, 2, []string{"host", "port", "family", "type", "proto", "flags"})
	if err != nil {
		return Null, err
	}
	var ints [4]int
	for i := range ints {
		if ints[i], err = th.optInt(a[2+i], 0); err != nil {
			return Null, err
		}
	}
	family, socktype, proto, flags := ints[0], ints[1], ints[2], ints[3]
	var host string
	hasHost := !a[0].IsNone()
	if hasHost {
		switch h := a[0].o.(type) {
		case *Str:
			host = h.s
		case *Bytes:
			host = string(h.b)
		default:
			return Null, Errorf(TypeErrorType, "getaddrinfo() argument 1 must be string or None")
		}
	}
	port, err := th.serviceArg(a[1], socktype)
	if err != nil {
		return Null, err
	}
	if family != unix.AF_UNSPEC && family != unix.AF_INET && family != unix.AF_INET6 {
		return Null, th.gaiError(eaiFamily)
	}
	var socktypes []int
	switch socktype {
	case 0:
		socktypes = []int{unix.SOCK_STREAM, unix.SOCK_DGRAM, unix.SOCK_RAW}
	case unix.SOCK_STREAM, unix.SOCK_DGRAM, unix.SOCK_RAW:
		socktypes = []int{socktype}
	default:
		return Null, th.gaiError(eaiSocktype)
	}
	var ips []net.IP
	switch {
	case !hasHost && flags&aiPassive != 0:
		ips = []net.IP{net.IPv4zero.To4(), net.IPv6unspecified}
	case !hasHost:
		ips = []net.IP{net.IPv6loopback, net.IPv4(127, 0, 0, 1).To4()}
	case flags&aiNumerichost != 0:
		if _, ok := parseIPv4Strict(host); !ok {
			if _, ok := parseIPv6(host); !ok {
				return Null, th.gaiError(eaiNoname)
			}
		}
		fallthrough
	default:
		if ips, err = th.resolveHost(host, family); err != nil {
			return Null, err
		}
	}
	var out []Value
	for i, ip := range ips {
		// IPv4 addresses have 4 bytes, IPv6 ones 16.
		fam := unix.AF_INET6
		var sa unix.Sockaddr
		if len(ip) == net.IPv4len {
			fam = unix.AF_INET
			s4 := &unix.SockaddrInet4{Port: port}
			copy(s4.Addr[:], ip)
			sa = s4
		} else {
			s6 := &unix.SockaddrInet6{Port: port}
			copy(s6.Addr[:], ip.To16())
			sa = s6
		}
		if family != unix.AF_UNSPEC && fam != family {
			continue
		}
		addr, err := th.sockaddrValue(sa)
		if err != nil {
			return Null, err
		}
		for _, st := range socktypes {
			p := proto
			if p == 0 {
				switch st {
				case unix.SOCK_STREAM:
					p = unix.IPPROTO_TCP
				case unix.SOCK_DGRAM:
					p = unix.IPPROTO_UDP
				}
			}
			canon := ""
			if flags&aiCanonname != 0 && i == 0 && len(out) == 0 {
				canon = host
			}
			out = append(out, Obj(NewTuple([]Value{Int(int64(fam)), Int(int64(st)), Int(int64(p)), String(canon), addr})))
		}
	}
	if len(out) == 0 {
		return Null, th.gaiError(eaiNoname)
	}
	return Obj(NewList(out)), nil
}

// The getnameinfo flags of glibc.
const (
	niNumerichost = 1
	niNumericserv = 2
	niNamereqd    = 8
	niDgram       = 16
)

func socketGetnameinfo(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("getnameinfo", args, kw, 2, []string{"sockaddr", "flags"})
	if err != nil {
		return Null, err
	}
	flags, err := th.intArg(a[1]) // parsed first ("Oi")
	if err != nil {
		return Null, err
	}
	t, ok := a[0].o.(*Tuple)
	if !ok {
		return Null, Errorf(TypeErrorType, "getnameinfo() argument 1 must be a tuple")
	}
	if len(t.items) < 2 || len(t.items) > 4 {
		return Null, Errorf(TypeErrorType, "getnameinfo(): illegal sockaddr argument")
	}
	host, err := hostArg(t.items[0], "getnameinfo")
	if err != nil {
		return Null, err
	}
	port, err := th.portArg(t.items[1], "getnameinfo")
	if err != nil {
		return Null, err
	}
	ips, err := th.resolveHost(host, unix.AF_UNSPEC)
	if err != nil {
		return Null, err
	}
	if len(ips) != 1 {
		return Null, NewException(OSErrorType, String("sockaddr resolved to multiple addresses"))
	}
	name := ips[0].String()
	if flags&niNumerichost == 0 {
		if n, ok := th.reverseLookup(ips[0]); ok {
			name = n
		} else if flags&niNamereqd != 0 {
			return Null, th.gaiError(eaiNoname)
		}
	}
	serv := strconv.Itoa(port)
	if flags&niNumericserv == 0 {
		proto := "tcp"
		if flags&niDgram != 0 {
			proto = "udp"
		}
		if s, ok := lookupPort(port, proto); ok {
			serv = s
		}
	}
	return Obj(NewTuple([]Value{String(name), String(serv)})), nil
}

// reverseLookup is the name of address ip, if it has one.
func (th *Thread) reverseLookup(ip net.IP) (string, bool) {
	if !th.osGranted() {
		return "", false
	}
	ctx, cancel := context.WithTimeout(context.Background(), resolveTimeout)
	defer cancel()
	names, err := net.DefaultResolver.LookupAddr(ctx, ip.String())
	if err != nil || len(names) == 0 {
		return "", false
	}
	return strings.TrimSuffix(names[0], "."), true
}

// hostNameArg is the host argument of the gethostby* functions.
func hostNameArg(v Value, fn string) (string, error) {
	switch h := v.o.(type) {
	case *Str:
		return h.s, nil
	case *Bytes:
		return string(h.b), nil
	}
	return "", Errorf(TypeErrorType, "%s() argument 1 must be str, bytes or bytearray, not %s", fn, v.Type().Name)
}

func socketGethostbyname(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("gethostbyname", args, kw, 1, []string{"host"})
	if err != nil {
		return Null, err
	}
	host, err := hostNameArg(a[0], "gethostbyname")
	if err != nil {
		return Null, err
	}
	ip, err := th.resolveOne(host, unix.AF_INET)
	if err != nil {
		return Null, err
	}
	return String(ip.String()), nil
}

// hostEntry is the (name, aliases, addresses) triple of gethostbyname_ex
// and gethostbyaddr.
func hostEntry(name string, ips []net.IP) Value {
	addrs := make([]Value, len(ips))
	for i, ip := range ips {
		addrs[i] = String(ip.String())
	}
	return Obj(NewTuple([]Value{String(name), Obj(NewList(nil)), Obj(NewList(addrs))}))
}

func socketGethostbynameEx(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("gethostbyname_ex", args, kw, 1, []string{"host"})
	if err != nil {
		return Null, err
	}
	host, err := hostNameArg(a[0], "gethostbyname_ex")
	if err != nil {
		return Null, err
	}
	ips, err := th.resolveHost(host, unix.AF_INET)
	if err != nil {
		return Null, err
	}
	return hostEntry(host, ips), nil
}

func socketGethostbyaddr(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("gethostbyaddr", args, kw, 1, []string{"host"})
	if err != nil {
		return Null, err
	}
	host, err := hostNameArg(a[0], "gethostbyaddr")
	if err != nil {
		return Null, err
	}
	ips, err := th.resolveHost(host, unix.AF_UNSPEC)
	if err != nil {
		return Null, err
	}
	name, ok := th.reverseLookup(ips[0])
	if !ok {
		e := NewException(th.interp.socketState.herror, Int(1), String("Unknown host"))
		e.fields = []Value{Int(1), String("Unknown host"), Null, Null, Null}
		return Null, e
	}
	return hostEntry(name, ips[:1]), nil
}

func socketGetservbyname(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("getservbyname", args, kw, 1, []string{"servicename", "protocolname"})
	if err != nil {
		return Null, err
	}
	name, ok := a[0].o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "getservbyname() argument 1 must be str, not %s", a[0].Type().Name)
	}
	proto := ""
	if a[1].o != nil {
		p, ok := a[1].o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "getservbyname() argument 2 must be str, not %s", a[1].Type().Name)
		}
		proto = p.s
	}
	port, ok := lookupService(name.s, proto)
	if !ok {
		return Null, NewException(OSErrorType, String("service/proto not found"))
	}
	return Int(int64(port)), nil
}

func socketGetservbyport(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("getservbyport", args, kw, 1, []string{"port", "protocolname"})
	if err != nil {
		return Null, err
	}
	port, err := th.intArg(a[0])
	if err != nil {
		return Null, err
	}
	if port < 0 || port > 0xffff {
		return Null, Errorf(OverflowErrorType, "getservbyport: port must be 0-65535.")
	}
	proto := ""
	if a[1].o != nil {
		p, ok := a[1].o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "getservbyport() argument 2 must be str, not %s", a[1].Type().Name)
		}
		proto = p.s
	}
	name, ok := lookupPort(port, proto)
	if !ok {
		return Null, NewException(OSErrorType, String("port/proto not found"))
	}
	return String(name), nil
}

// protocols are the protocol numbers of /etc/protocols that getprotobyname
// knows.
var protocols = map[string]int{
	"ip": 0, "icmp": 1, "igmp": 2, "tcp": 6, "udp": 17, "ipv6": 41,
	"ipv6-icmp": 58, "raw": 255, "sctp": 132, "udplite": 136,
}

func socketGetprotobyname(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := socketArgs("getprotobyname", args, kw, 1, []string{"protocolname"})
	if err != nil {
		return Null, err
	}
	name, ok := a[0].o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "getprotobyname() argument 1 must be str, not %s", a[0].Type().Name)
	}
	n, ok := protocols[strings.ToLower(name.s)]
	if !ok {
		return Null, NewException(OSErrorType, String("protocol not found"))
	}
	return Int(int64(n)), nil
}
