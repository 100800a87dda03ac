package vm

// The _signal module. Python handlers run on the interpreter's thread at
// its next safe point after a signal arrives, as CPython runs them from
// its eval loop. Signals reach an interpreter through DeliverSignal,
// which its host calls: the pyjit command forwards the operating
// system's signals that a script handles (see SetSignalHook); an
// embedding host forwards what it chooses, and raise_signal delivers to
// the interpreter itself.

import (
	"math"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyjit/pyjit/vm/errnos"
)

// signalState is an interpreter's signal handlers and pending signals.
type signalState struct {
	handlers map[int]Value // Python's handler of each signal changed from the default
	// itimerError is signal.ItimerError, made with the module.
	itimerError *Type
	pending     atomic.Uint64 // bit n: signal n arrived and its handler has not run
	// hook, if set, makes the host deliver (handle), ignore or leave to
	// the system's default action the operating system's signal sig.
	hook func(sig int, action SignalAction)
	// intHandler is the module's default_int_handler, once made.
	intHandler Value
}

// SignalAction is what the host does with a signal a script configured.
type SignalAction int

// The SignalActions.
const (
	SignalDefault SignalAction = iota // the system's default action
	SignalIgnore                      // ignored
	SignalHandle                      // delivered with DeliverSignal
)

// nsig is Linux's NSIG.
const nsig = 65

// startsIgnored reports whether signal sig is one CPython ignores from its
// start, so that a write to a closed pipe or beyond the file size limit
// fails with an OSError rather than ending the process. A host that
// installs a signal hook ignores them too.
func startsIgnored(sig int) bool {
	return sig == int(syscall.SIGPIPE) || sig == int(syscall.SIGXFSZ)
}

// SetSignalHook gives the interpreter the function through which the host
// applies what the script asks of signal.signal for the operating
// system's signals. Without one, signal.signal only records the handler.
func (in *Interpreter) SetSignalHook(hook func(sig int, action SignalAction)) {
	in.signals.hook = hook
}

// DeliverSignal records that signal sig arrived; the interpreter runs its
// Python handler at the next safe point (for SIGINT without one, it
// raises KeyboardInterrupt). It may be called from any goroutine.
func (in *Interpreter) DeliverSignal(sig int) {
	if sig <= 0 || sig >= 64 {
		return
	}
	in.tripSignal(sig)
	in.main.raise(interruptKeyboard)
}

// tripSignal records that signal sig arrived without waking the main
// thread's wait (interrupt_main's signal is handled at its next safe
// point, as in CPython where no operating-system signal is sent).
func (in *Interpreter) tripSignal(sig int) {
	in.signals.pending.Or(1 << sig)
	in.main.interrupt.Or(interruptKeyboard)
}

// ownSignalWait bounds how long awaitOwnSignal waits for the host to
// deliver a signal the process sent itself.
const ownSignalWait = time.Second

// awaitOwnSignal runs the handler of signal sig, which the process just
// sent itself, before the call that sent it returns, as CPython does: it
// waits for the host to deliver it (the operating system delivers it to
// another goroutine), if the interpreter handles it at all.
func (th *Thread) awaitOwnSignal(sig int) error {
	st := &th.interp.signals
	if st.hook == nil || sig <= 0 || sig >= 64 {
		return nil
	}
	h, set := st.handlers[sig]
	if !set && sig != int(syscall.SIGINT) || set && h.IsSmallInt() {
		return nil // the system's default action, or ignored
	}
	for deadline := time.Now().Add(ownSignalWait); st.pending.Load()&(1<<sig) == 0; {
		if time.Now().After(deadline) {
			return nil
		}
		time.Sleep(100 * time.Microsecond)
	}
	return th.runSignalHandlers()
}

// signalsAfterCall runs the handlers of the signals that arrived during
// a call of a builtin, as CPython's eval breaker does after a C call: an
// exception a handler raises replaces the call's result.
func (th *Thread) signalsAfterCall() error {
	if th != th.interp.main || th.interrupt.Load()&interruptKeyboard == 0 {
		return nil
	}
	th.interrupt.And(^interruptKeyboard)
	return th.runSignalHandlers()
}

// runSignalHandlers runs the handlers of the signals that arrived. As in
// CPython, only the main thread runs them.
func (th *Thread) runSignalHandlers() error {
	if th != th.interp.main {
		return nil
	}
	st := &th.interp.signals
	mask := st.pending.Swap(0)
	for sig := 1; mask != 0 && sig < 64; sig++ {
		if mask&(1<<sig) == 0 {
			continue
		}
		mask &^= 1 << sig
		h, ok := st.handlers[sig]
		if !ok {
			if sig == int(syscall.SIGINT) {
				return NewException(KeyboardInterruptType)
			}
			continue
		}
		if h.IsSmallInt() {
			continue // SIG_IGN or SIG_DFL: nothing for the interpreter to do
		}
		frame := None
		if f := th.frame; f != nil {
			frame = Obj(f.object())
		}
		if _, err := th.Call(h, []Value{Int(int64(sig)), frame}, nil); err != nil {
			// The signals not handled yet stay pending.
			st.pending.Or(mask)
			if mask != 0 {
				th.interrupt.Or(interruptKeyboard)
			}
			return err
		}
	}
	return nil
}

func makeSignalModule(th *Thread) (*Module, error) {
	st := &th.interp.signals
	if st.intHandler.o == nil {
		st.intHandler = Obj(&Builtin{Name: "default_int_handler", mod: "_signal", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Null, NewException(KeyboardInterruptType)
		}})
	}
	sigArg := func(th *Thread, v Value) (int, error) {
		n, err := th.cIntArg(v)
		if err != nil {
			return 0, err
		}
		if n < 1 || n >= nsig {
			return 0, Errorf(ValueErrorType, "signal number out of range")
		}
		return int(n), nil
	}
	getHandler := func(sig int) Value {
		if h, ok := st.handlers[sig]; ok {
			return h
		}
		if sig == int(syscall.SIGINT) {
			return st.intHandler
		}
		if st.hook != nil && startsIgnored(sig) {
			return Int(1) // SIG_IGN
		}
		return Int(0)
	}
	m := newNativeModule("_signal", map[string]BuiltinFunc{
		"signal": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var sv, hv Value
			if err := unpackArgs("signal", args, kw, 2, []string{"signalnum", "handler"}, &sv, &hv); err != nil {
				return Null, err
			}
			if th != th.interp.main {
				return Null, Errorf(ValueErrorType, "signal only works in main thread of the main interpreter")
			}
			sig, err := sigArg(th, sv)
			if err != nil {
				return Null, err
			}
			action := SignalHandle
			if hv.IsSmallInt() && (hv.UncheckedInt() == 0 || hv.UncheckedInt() == 1) {
				action = SignalAction(hv.UncheckedInt())
				if action == 1 {
					action = SignalIgnore
				}
			} else if !th.callable(hv) {
				return Null, Errorf(TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
			}
			if sig == int(syscall.SIGKILL) || sig == int(syscall.SIGSTOP) {
				return Null, newOSError(OSErrorType, int(syscall.EINVAL), "Invalid argument", "")
			}
			old := getHandler(sig)
			if st.handlers == nil {
				st.handlers = map[int]Value{}
			}
			st.handlers[sig] = hv
			if st.hook != nil {
				st.hook(sig, action)
			}
			return old, nil
		},
		"getsignal": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var sv Value
			if err := unpackArgs("getsignal", args, kw, 1, []string{"signalnum"}, &sv); err != nil {
				return Null, err
			}
			sig, err := sigArg(th, sv)
			if err != nil {
				return Null, err
			}
			return getHandler(sig), nil
		},
		"raise_signal": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var sv Value
			if err := unpackArgs("raise_signal", args, kw, 1, []string{"signalnum"}, &sv); err != nil {
				return Null, err
			}
			sig, err := sigArg(th, sv)
			if err != nil {
				return Null, err
			}
			h, set := st.handlers[sig]
			if !set && sig != int(syscall.SIGINT) || set && h.IsSmallInt() {
				return Null, Errorf(NotImplementedErrorType, "raise_signal of a signal with the system's default action or ignored is not supported")
			}
			th.interp.DeliverSignal(sig)
			return None, th.runSignalHandlers()
		},
		"strsignal": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var sv Value
			if err := unpackArgs("strsignal", args, kw, 1, []string{"signalnum"}, &sv); err != nil {
				return Null, err
			}
			sig, err := sigArg(th, sv)
			if err != nil {
				return Null, err
			}
			name := syscall.Signal(sig).String()
			if strings.HasPrefix(name, "signal ") {
				return None, nil
			}
			return String(strings.ToUpper(name[:1]) + name[1:]), nil
		},
		"valid_signals": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			s := NewSet()
			for sig := 1; sig < nsig; sig++ {
				if sig == 32 || sig == 33 {
					continue // used by the C library's threads
				}
				if err := s.Add(th, Int(int64(sig))); err != nil {
					return Null, err
				}
			}
			return Obj(s), nil
		},
		"set_wakeup_fd": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Int(-1), nil
		},
		"siginterrupt": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return None, nil
		},
		"alarm":     signalAlarm,
		"setitimer": signalSetitimer,
		"getitimer": signalGetitimer,
	})
	itimerError, err := th.newOSErrorClass("signal", "itimer_error")
	if err != nil {
		return nil, err
	}
	st.itimerError = itimerError
	m.Dict.SetStr("ItimerError", Obj(itimerError))
	m.Dict.SetStr("ITIMER_REAL", Int(int64(unix.ITIMER_REAL)))
	m.Dict.SetStr("ITIMER_VIRTUAL", Int(int64(unix.ITIMER_VIRTUAL)))
	m.Dict.SetStr("ITIMER_PROF", Int(int64(unix.ITIMER_PROF)))
	m.Dict.SetStr("default_int_handler", st.intHandler)
	m.Dict.SetStr("SIG_DFL", Int(0))
	m.Dict.SetStr("SIG_IGN", Int(1))
	m.Dict.SetStr("NSIG", Int(nsig))
	for _, s := range []struct {
		name string
		sig  syscall.Signal
	}{{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT}, {"SIGILL", syscall.SIGILL},
		{"SIGTRAP", syscall.SIGTRAP}, {"SIGABRT", syscall.SIGABRT}, {"SIGIOT", syscall.SIGIOT}, {"SIGBUS", syscall.SIGBUS},
		{"SIGFPE", syscall.SIGFPE}, {"SIGKILL", syscall.SIGKILL}, {"SIGUSR1", syscall.SIGUSR1}, {"SIGSEGV", syscall.SIGSEGV},
		{"SIGUSR2", syscall.SIGUSR2}, {"SIGPIPE", syscall.SIGPIPE}, {"SIGALRM", syscall.SIGALRM}, {"SIGTERM", syscall.SIGTERM},
		{"SIGSTKFLT", syscall.SIGSTKFLT}, {"SIGCHLD", syscall.SIGCHLD}, {"SIGCONT", syscall.SIGCONT}, {"SIGSTOP", syscall.SIGSTOP},
		{"SIGTSTP", syscall.SIGTSTP}, {"SIGTTIN", syscall.SIGTTIN}, {"SIGTTOU", syscall.SIGTTOU}, {"SIGURG", syscall.SIGURG},
		{"SIGXCPU", syscall.SIGXCPU}, {"SIGXFSZ", syscall.SIGXFSZ}, {"SIGVTALRM", syscall.SIGVTALRM}, {"SIGPROF", syscall.SIGPROF},
		{"SIGWINCH", syscall.SIGWINCH}, {"SIGIO", syscall.SIGIO}, {"SIGPOLL", syscall.SIGIO}, {"SIGPWR", syscall.SIGPWR},
		{"SIGSYS", syscall.SIGSYS}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64}} {
		m.Dict.SetStr(s.name, Int(int64(s.sig)))
	}
	return m, nil
}

// signalAlarm is signal.alarm(seconds): SIGALRM after that many seconds (0
// cancels), returning the seconds left of the alarm it replaces, rounded
// as alarm(2) rounds them.
func signalAlarm(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var sv Value
	if err := unpackArgs("alarm", args, kw, 1, []string{"seconds"}, &sv); err != nil {
		return Null, err
	}
	n, err := th.cIntArg(sv)
	if err != nil {
		return Null, err
	}
	if n < 0 || n > math.MaxUint32 {
		return Null, Errorf(OverflowErrorType, "Python int too large to convert to C unsigned int")
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	old, err := unix.Setitimer(unix.ItimerWhich(unix.ITIMER_REAL), unix.Itimerval{Value: unix.Timeval{Sec: n}})
	if err != nil {
		return Null, osError(err, Null, Null)
	}
	left := old.Value.Sec
	if old.Value.Usec >= 500000 || left == 0 && old.Value.Usec > 0 {
		left++
	}
	return Int(left), nil
}

// itimerWhich reads setitimer's and getitimer's which.
func itimerWhich(th *Thread, v Value) (unix.ItimerWhich, error) {
	n, err := th.cIntArg(v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > unix.ITIMER_PROF {
		return 0, th.itimerError(unix.EINVAL)
	}
	return unix.ItimerWhich(n), nil
}

// itimerTuple is the (delay, interval) tuple of it.
func itimerTuple(it unix.Itimerval) Value {
	sec := func(t unix.Timeval) Value { return Float(float64(t.Sec) + float64(t.Usec)/1e6) }
	return TupleOf(sec(it.Value), sec(it.Interval))
}

// timevalOf converts seconds to a timeval, rounding a positive time below
// a microsecond up to one, as CPython's timeval_from_double does.
func timevalOf(s float64) unix.Timeval {
	sec := math.Floor(s)
	usec := math.Ceil((s - sec) * 1e6)
	if usec >= 1e6 {
		sec++
		usec -= 1e6
	}
	return unix.Timeval{Sec: int64(sec), Usec: int64(usec)}
}

// signalSetitimer is signal.setitimer(which, seconds, interval=0.0).
func signalSetitimer(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var wv, sv, iv Value
	if err := unpackArgs("setitimer", args, kw, 2, []string{"which", "seconds", "interval"}, &wv, &sv, &iv); err != nil {
		return Null, err
	}
	which, err := itimerWhich(th, wv)
	if err != nil {
		return Null, err
	}
	secs, err := th.floatArg("setitimer", sv)
	if err != nil {
		return Null, err
	}
	interval := 0.0
	if iv.o != nil {
		if interval, err = th.floatArg("setitimer", iv); err != nil {
			return Null, err
		}
	}
	if math.IsNaN(secs) || math.IsNaN(interval) || secs < 0 || interval < 0 || secs > 1e15 || interval > 1e15 {
		return Null, th.itimerError(unix.EINVAL)
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	old, err := unix.Setitimer(which, unix.Itimerval{Value: timevalOf(secs), Interval: timevalOf(interval)})
	if err != nil {
		return Null, th.itimerError(err)
	}
	return itimerTuple(old), nil
}

// signalGetitimer is signal.getitimer(which).
func signalGetitimer(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var wv Value
	if err := unpackArgs("getitimer", args, kw, 1, []string{"which"}, &wv); err != nil {
		return Null, err
	}
	which, err := itimerWhich(th, wv)
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	it, err := unix.Getitimer(which)
	if err != nil {
		return Null, th.itimerError(err)
	}
	return itimerTuple(it), nil
}

// itimerError is signal.ItimerError for err, an errno.
func (th *Thread) itimerError(err error) error {
	errno, ok := err.(unix.Errno)
	if !ok {
		errno = unix.EINVAL
	}
	return osErrorWith(th.interp.signals.itimerError, int(errno), errnos.Message(int(errno)), Null, Null)
}
