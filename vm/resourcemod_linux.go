//go:build linux

package vm

// The resource module, as CPython 3.11's: getrlimit, setrlimit, prlimit,
// getrusage (struct_rusage), getpagesize; resource.error is OSError.
// Calls that read or change the process need the host granted (HostFS).

import (
	"os"
	"sync"

	"golang.org/x/sys/unix"
)

var (
	// RusageType is resource.struct_rusage.
	RusageType *Type
	rusageOnce sync.Once
)

// rlimitValue is a limit as Python sees it: RLIM_INFINITY is -1.
func rlimitValue(v uint64) Value {
	if v == unix.RLIM_INFINITY {
		return Int(-1)
	}
	return uintValue(v)
}

// rlimNLimits is the number of resources (RLIM_NLIMITS on Linux).
const rlimNLimits = 16

// rlimitResource reads a resource number.
func (th *Thread) rlimitResource(v Value) (int, error) {
	n, err := th.intArg(v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n >= rlimNLimits {
		return 0, Errorf(ValueErrorType, "invalid resource specified")
	}
	return n, nil
}

// rlimitPair reads a (soft, hard) tuple.
func (th *Thread) rlimitPair(v Value) (*unix.Rlimit, error) {
	items, err := th.collectItems(v, false)
	if err != nil {
		return nil, err
	}
	if len(items) != 2 {
		return nil, Errorf(ValueErrorType, "expected a tuple of 2 integers")
	}
	var lim [2]uint64
	for i, it := range items {
		n, err := th.sizeArg(it)
		if err != nil {
			return nil, err
		}
		lim[i] = uint64(n)
		if n < 0 {
			lim[i] = unix.RLIM_INFINITY
		}
	}
	return &unix.Rlimit{Cur: lim[0], Max: lim[1]}, nil
}

// rlimitError converts a failed set: EINVAL and EPERM have CPython's
// messages.
func rlimitError(err error) error {
	switch err {
	case unix.EINVAL:
		return Errorf(ValueErrorType, "current limit exceeds maximum limit")
	case unix.EPERM:
		return Errorf(ValueErrorType, "not allowed to raise maximum limit")
	}
	return osError(err, Null, Null)
}

func resourceGetrlimit(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	res, err := th.rlimitResource(args[0])
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	var lim unix.Rlimit
	if err := unix.Getrlimit(res, &lim); err != nil {
		return Null, osError(err, Null, Null)
	}
	return TupleOf(rlimitValue(lim.Cur), rlimitValue(lim.Max)), nil
}

func resourceSetrlimit(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 {
		return Null, Errorf(TypeErrorType, "setrlimit expected 2 arguments, got %d", len(args))
	}
	res, err := th.rlimitResource(args[0])
	if err != nil {
		return Null, err
	}
	lim, err := th.rlimitPair(args[1])
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	if err := unix.Setrlimit(res, lim); err != nil {
		return Null, rlimitError(err)
	}
	return None, nil
}

func resourcePrlimit(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) < 2 || len(args) > 3 {
		return Null, Errorf(TypeErrorType, "prlimit expected 2 or 3 arguments, got %d", len(args))
	}
	pid, err := th.intArg(args[0])
	if err != nil {
		return Null, err
	}
	res, err := th.rlimitResource(args[1])
	if err != nil {
		return Null, err
	}
	var newLim *unix.Rlimit
	if len(args) == 3 && !args[2].IsNone() {
		if newLim, err = th.rlimitPair(args[2]); err != nil {
			return Null, err
		}
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	var old unix.Rlimit
	if err := unix.Prlimit(pid, res, newLim, &old); err != nil {
		return Null, rlimitError(err)
	}
	return TupleOf(rlimitValue(old.Cur), rlimitValue(old.Max)), nil
}

func resourceGetrusage(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	who, err := th.intArg(args[0])
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	var ru unix.Rusage
	if err := unix.Getrusage(who, &ru); err != nil {
		if err == unix.EINVAL {
			return Null, Errorf(ValueErrorType, "invalid who parameter")
		}
		return Null, osError(err, Null, Null)
	}
	secs := func(tv unix.Timeval) Value { return Float(float64(tv.Sec) + float64(tv.Usec)*1e-6) }
	vals := []Value{secs(ru.Utime), secs(ru.Stime)}
	for _, n := range []int64{ru.Maxrss, ru.Ixrss, ru.Idrss, ru.Isrss, ru.Minflt, ru.Majflt, ru.Nswap, ru.Inblock, ru.Oublock, ru.Msgsnd, ru.Msgrcv, ru.Nsignals, ru.Nvcsw, ru.Nivcsw} {
		vals = append(vals, Int(n))
	}
	return NewStructSeq(RusageType, vals), nil
}

func makeResourceModule(th *Thread) (*Module, error) {
	rusageOnce.Do(func() {
		RusageType = NewStructSeqType("resource", "struct_rusage", []string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"}, 16)
	})
	m := newNativeModule("resource", map[string]BuiltinFunc{
		"getrlimit": resourceGetrlimit,
		"setrlimit": resourceSetrlimit,
		"prlimit":   resourcePrlimit,
		"getrusage": resourceGetrusage,
		"getpagesize": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Int(int64(os.Getpagesize())), nil
		},
	})
	setConsts(m, "resource")
	m.Dict.SetStr("struct_rusage", Obj(RusageType))
	m.Dict.SetStr("error", Obj(OSErrorType))
	return m, nil
}
