//go:build linux

package vm

// The termios module, as CPython 3.11's Modules/termios.c over Linux's
// terminal ioctls: tcgetattr/tcsetattr and the tc* controls, with
// termios.error(errno, strerror). The calls need the host granted
// (HostFS), as posix's do.

import (
	"github.com/pyjit/pyjit/vm/errnos"
	"golang.org/x/sys/unix"
)

// termiosNCCS is the length of the control character list.
const termiosNCCS = 32

// The speed bits of c_cflag (CBAUD with CBAUDEX).
const termiosCBAUD = 0o10017

// osConst is a module's integer constant.
type osConst struct {
	name  string
	value int64
}

// setConsts sets the generated constants of module name in m.
func setConsts(m *Module, name string) {
	for _, c := range osModuleConsts[name] {
		m.Dict.SetStr(c.name, Int(c.value))
	}
}

// termiosError raises termios.error for errno err.
func (th *Thread) termiosError(err error) error {
	en, ok := err.(unix.Errno)
	if !ok {
		return err
	}
	return NewException(th.moduleError("termios", "error", OSErrorType), Int(int64(en)), String(errnos.Message(int(en))))
}

// termiosFD reads the fd argument, after checking the grant.
func (th *Thread) termiosFD(v Value) (int, error) {
	if err := th.osCheck(Null); err != nil {
		return 0, err
	}
	return th.fileDescriptor(v)
}

func termiosGetattr(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	fd, err := th.termiosFD(args[0])
	if err != nil {
		return Null, err
	}
	t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return Null, th.termiosError(err)
	}
	// glibc's c_cc has 32 entries, the kernel's fewer: the rest are 0.
	cc := make([]Value, termiosNCCS)
	for i := range cc {
		var c byte
		if i < len(t.Cc) {
			c = t.Cc[i]
		}
		cc[i] = Obj(&Bytes{b: []byte{c}})
	}
	if t.Lflag&unix.ICANON == 0 {
		cc[unix.VMIN] = Int(int64(t.Cc[unix.VMIN]))
		cc[unix.VTIME] = Int(int64(t.Cc[unix.VTIME]))
	}
	speed := Int(int64(t.Cflag & termiosCBAUD))
	return Obj(NewList([]Value{Int(int64(t.Iflag)), Int(int64(t.Oflag)), Int(int64(t.Cflag)), Int(int64(t.Lflag)), speed, speed, Obj(NewList(cc))})), nil
}

// termiosWhen maps tcsetattr's when to the ioctl that applies it.
var termiosWhen = map[int64]uint{0: unix.TCSETS, 1: unix.TCSETSW, 2: unix.TCSETSF} // TCSANOW, TCSADRAIN, TCSAFLUSH

func termiosSetattr(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	fd, err := th.termiosFD(args[0])
	if err != nil {
		return Null, err
	}
	when, err := th.cIntArg(args[1])
	if err != nil {
		return Null, err
	}
	attrs, ok := args[2].o.(*List)
	if !ok || len(attrs.items) != 7 {
		return Null, Errorf(TypeErrorType, "tcsetattr, arg 3: must be 7 element list")
	}
	t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return Null, th.termiosError(err)
	}
	var flags [6]int64
	for i := range flags {
		if flags[i], err = th.sizeArg(attrs.items[i]); err != nil {
			return Null, err
		}
	}
	cc, ok := attrs.items[6].o.(*List)
	if !ok || len(cc.items) != termiosNCCS {
		return Null, Errorf(TypeErrorType, "tcsetattr: attributes[6] must be %d element list", termiosNCCS)
	}
	for i, v := range cc.items {
		var c byte
		switch o := v.o.(type) {
		case *Bytes:
			if len(o.b) != 1 || o.mutable {
				return Null, Errorf(TypeErrorType, "tcsetattr: elements of attributes must be characters or integers")
			}
			c = o.b[0]
		default:
			if !v.Type().IsSubtype(IntType) {
				return Null, Errorf(TypeErrorType, "tcsetattr: elements of attributes must be characters or integers")
			}
			n, err := th.cIntArg(v)
			if err != nil {
				return Null, err
			}
			c = byte(n)
		}
		if i < len(t.Cc) {
			t.Cc[i] = c
		}
	}
	t.Iflag, t.Oflag, t.Cflag, t.Lflag = uint32(flags[0]), uint32(flags[1]), uint32(flags[2]), uint32(flags[3])
	for _, speed := range []int64{flags[4], flags[5]} {
		if speed&^termiosCBAUD != 0 {
			return Null, th.termiosError(unix.EINVAL)
		}
	}
	t.Cflag = t.Cflag&^termiosCBAUD | uint32(flags[5])
	if flags[4] != 0 {
		t.Cflag = t.Cflag&^termiosCBAUD | uint32(flags[4])
	}
	req, ok := termiosWhen[when]
	if !ok {
		return Null, th.termiosError(unix.EINVAL)
	}
	if err := unix.IoctlSetTermios(fd, req, t); err != nil {
		return Null, th.termiosError(err)
	}
	return None, nil
}

// termiosControl makes tcsendbreak, tcflush and tcflow: an ioctl taking
// the int argument (fixed for tcdrain).
func termiosControl(req uint, fixed int) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		fd, err := th.termiosFD(args[0])
		if err != nil {
			return Null, err
		}
		arg := fixed
		if fixed < 0 {
			n, err := th.cIntArg(args[1])
			if err != nil {
				return Null, err
			}
			arg = int(n)
			if req == unix.TCSBRK {
				arg = 0 // tcsendbreak's duration is ignored on Linux
			}
		}
		if err := unix.IoctlSetInt(fd, req, arg); err != nil {
			return Null, th.termiosError(err)
		}
		return None, nil
	}
}

func termiosGetwinsize(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	fd, err := th.termiosFD(args[0])
	if err != nil {
		return Null, err
	}
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return Null, th.termiosError(err)
	}
	return Obj(NewTuple([]Value{Int(int64(ws.Row)), Int(int64(ws.Col))})), nil
}

func termiosSetwinsize(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	fd, err := th.termiosFD(args[0])
	if err != nil {
		return Null, err
	}
	items, err := th.collectItems(args[1], false)
	if err != nil || len(items) != 2 {
		return Null, Errorf(TypeErrorType, "tcsetwinsize, arg 2: must be a two-item sequence")
	}
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return Null, th.termiosError(err)
	}
	rows, err := th.sizeArg(items[0])
	if err != nil {
		return Null, err
	}
	cols, err := th.sizeArg(items[1])
	if err != nil {
		return Null, err
	}
	if rows < 0 || rows > 0xFFFF || cols < 0 || cols > 0xFFFF {
		return Null, Errorf(OverflowErrorType, "winsize value(s) out of range.")
	}
	ws.Row, ws.Col = uint16(rows), uint16(cols)
	if err := unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, ws); err != nil {
		return Null, th.termiosError(err)
	}
	return None, nil
}

func makeTermiosModule(th *Thread) (*Module, error) {
	m := newNativeModule("termios", map[string]BuiltinFunc{
		"tcgetattr":    termiosGetattr,
		"tcsetattr":    termiosSetattr,
		"tcsendbreak":  termiosControl(unix.TCSBRK, -1),
		"tcdrain":      termiosControl(unix.TCSBRK, 1),
		"tcflush":      termiosControl(unix.TCFLSH, -1),
		"tcflow":       termiosControl(unix.TCXONC, -1),
		"tcgetwinsize": termiosGetwinsize,
		"tcsetwinsize": termiosSetwinsize,
	})
	setConsts(m, "termios")
	errType, err := th.newModuleError("error", "termios", ExceptionType)
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr("error", errType)
	return m, nil
}
