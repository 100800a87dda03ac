//go:build linux

package vm

// posix: the process, its environment, and the module itself.

import (
	"crypto/rand"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/pyjit/pyjit/vm/errnos"
	"golang.org/x/sys/unix"
)

// posixHaveFunctions are the HAVE_* names of posix._have_functions that
// this module implements: the dir_fd, fd and follow_symlinks variants os.py
// lists in supports_dir_fd, supports_fd and supports_follow_symlinks.
var posixHaveFunctions = []string{
	"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT",
	"HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LCHOWN", "HAVE_LINKAT",
	"HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT",
	"HAVE_UNLINKAT", "HAVE_UTIMENSAT",
}

// posixIntConstants are the int constants of posix on Linux.
var posixIntConstants = map[string]int64{
	"F_OK": unix.F_OK, "R_OK": unix.R_OK, "W_OK": unix.W_OK, "X_OK": unix.X_OK,
	"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2, "SEEK_DATA": unix.SEEK_DATA, "SEEK_HOLE": unix.SEEK_HOLE,
	"O_RDONLY": unix.O_RDONLY, "O_WRONLY": unix.O_WRONLY, "O_RDWR": unix.O_RDWR, "O_APPEND": unix.O_APPEND,
	"O_CREAT": unix.O_CREAT, "O_EXCL": unix.O_EXCL, "O_TRUNC": unix.O_TRUNC, "O_NONBLOCK": unix.O_NONBLOCK,
	"O_NDELAY": unix.O_NDELAY, "O_SYNC": unix.O_SYNC, "O_DSYNC": unix.O_DSYNC, "O_RSYNC": unix.O_RSYNC,
	"O_NOCTTY": unix.O_NOCTTY, "O_CLOEXEC": unix.O_CLOEXEC, "O_DIRECTORY": unix.O_DIRECTORY,
	"O_NOFOLLOW": unix.O_NOFOLLOW, "O_ACCMODE": unix.O_ACCMODE, "O_ASYNC": unix.O_ASYNC,
	"O_DIRECT": unix.O_DIRECT, "O_LARGEFILE": 0, "O_NOATIME": unix.O_NOATIME, "O_PATH": unix.O_PATH,
	"O_TMPFILE": unix.O_TMPFILE, "O_FSYNC": unix.O_FSYNC,
	"EX_OK": 0, "EX_USAGE": 64, "EX_DATAERR": 65, "EX_NOINPUT": 66, "EX_NOUSER": 67, "EX_NOHOST": 68,
	"EX_UNAVAILABLE": 69, "EX_SOFTWARE": 70, "EX_OSERR": 71, "EX_OSFILE": 72, "EX_CANTCREAT": 73,
	"EX_IOERR": 74, "EX_TEMPFAIL": 75, "EX_PROTOCOL": 76, "EX_NOPERM": 77, "EX_CONFIG": 78,
	"WNOHANG": unix.WNOHANG, "WUNTRACED": unix.WUNTRACED, "WCONTINUED": unix.WCONTINUED,
	"AT_FDCWD": unix.AT_FDCWD, "AT_SYMLINK_NOFOLLOW": unix.AT_SYMLINK_NOFOLLOW,
	"AT_REMOVEDIR": unix.AT_REMOVEDIR, "AT_EACCESS": unix.AT_EACCESS,
	// The spawn modes (posixspawn.go).
	"P_WAIT": spawnWait, "P_NOWAIT": spawnNoWait, "P_NOWAITO": spawnNoWait,
}

func makePosixModule(th *Thread) (*Module, error) {
	posixTypesOnce.Do(initPosixTypes)
	fns := posixFileFuncs()
	for n, f := range posixProcFuncs() {
		fns[n] = f
	}
	for n, f := range posixMoreFuncs() {
		fns[n] = f
	}
	for n, f := range posixShellFuncs() {
		fns[n] = f
	}
	for n, f := range posixSpawnFuncs() {
		fns[n] = f
	}
	m := newNativeModule("posix", fns)
	d := m.Dict
	for n, v := range posixIntConstants {
		d.SetStr(n, Int(v))
	}
	// CPython's other constants (CLD_*, P_*, SCHED_*, ST_*, ...), with
	// the values of its build.
	for _, c := range osModuleConsts["posix"] {
		if _, ok := posixIntConstants[c.name]; !ok {
			d.SetStr(c.name, Int(c.value))
		}
	}
	have := make([]Value, len(posixHaveFunctions))
	for i, h := range posixHaveFunctions {
		have[i] = String(h)
	}
	d.SetStr("_have_functions", Obj(NewList(have)))
	d.SetStr("error", Obj(OSErrorType))
	d.SetStr("stat_result", Obj(StatResultType))
	d.SetStr("terminal_size", Obj(TerminalSizeType))
	d.SetStr("times_result", Obj(TimesResultType))
	d.SetStr("uname_result", Obj(UnameResultType))
	d.SetStr("statvfs_result", Obj(StatvfsResultType))
	d.SetStr("DirEntry", Obj(DirEntryType))
	env, err := th.posixEnviron()
	if err != nil {
		return nil, err
	}
	d.SetStr("environ", Obj(env))
	return m, nil
}

// posixEnviron is posix.environ: the process's environment as bytes, or
// nothing when the host is not granted.
func (th *Thread) posixEnviron() (*Dict, error) {
	env := NewDict()
	if !th.osGranted() {
		return env, nil
	}
	for _, kv := range os.Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		if _, dup, err := env.Get(th, Obj(&Bytes{b: []byte(k)})); err != nil || dup {
			continue
		}
		if err := env.Set(th, Obj(&Bytes{b: []byte(k)}), Obj(&Bytes{b: []byte(v)})); err != nil {
			return nil, err
		}
	}
	return env, nil
}

// wstatus converts the status argument of the W* functions.
func (th *Thread) wstatus(v Value) (unix.WaitStatus, error) {
	n, err := th.intArg(v)
	return unix.WaitStatus(uint32(n)), err
}

// waitFunc wraps a W* function of a wait status.
func waitFunc(name string, fn func(ws unix.WaitStatus) Value) BuiltinFunc {
	return posixFunc(name, 1, false, func(th *Thread, a []Value) (Value, error) {
		ws, err := th.wstatus(a[0])
		if err != nil {
			return Null, err
		}
		return fn(ws), nil
	})
}

// envArg converts a name or value of putenv and unsetenv as
// PyUnicode_FSConverter does.
func (th *Thread) envArg(fn, arg string, v Value) (string, error) {
	p, err := th.pathArg(fn, arg, v, false, false)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == ValueErrorType {
			return "", Errorf(ValueErrorType, "embedded null byte")
		}
		if e, ok := err.(*Exception); ok && e.typ == TypeErrorType {
			return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", shortTypeName(v.Type()))
		}
		return "", err
	}
	return p.s, nil
}

// pidQuery calls a query of process pid (getpgid, getsid).
func (th *Thread) pidQuery(v Value, query func(pid int) (int, error)) (Value, error) {
	pid, err := th.intArg(v)
	if err != nil {
		return Null, err
	}
	if err := th.osCheck(Null); err != nil {
		return Null, err
	}
	r, qerr := query(pid)
	if qerr != nil {
		return Null, osError(qerr, Null, Null)
	}
	return Int(int64(r)), nil
}

// processInt wraps a function of no arguments that reads an id of the
// process.
func processInt(name string, fn func() int) BuiltinFunc {
	return posixFunc(name, 0, true, func(th *Thread, a []Value) (Value, error) { return Int(int64(fn())), nil })
}

func posixProcFuncs() map[string]BuiltinFunc {
	fns := map[string]BuiltinFunc{
		"getpid":  processInt("getpid", func() int { return processID }),
		"getppid": processInt("getppid", os.Getppid),
		"getuid":  processInt("getuid", os.Getuid),
		"geteuid": processInt("geteuid", os.Geteuid),
		"getgid":  processInt("getgid", os.Getgid),
		"getegid": processInt("getegid", os.Getegid),
		"strerror": posixFunc("strerror", 1, false, func(th *Thread, a []Value) (Value, error) {
			n, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			return String(errnos.Message(n)), nil
		}),
		"fspath": posixFunc("fspath", 1, false, func(th *Thread, a []Value) (Value, error) {
			v := a[0]
			switch unwrap(v).o.(type) {
			case *Str, *Bytes:
				if b, ok := unwrap(v).o.(*Bytes); !ok || !b.mutable {
					return v, nil
				}
			}
			if v.Type().Lookup("__fspath__").o == nil {
				return Null, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", shortTypeName(v.Type()))
			}
			res, _, err := th.callDunder(v, "__fspath__")
			if err != nil {
				return Null, err
			}
			if b, ok := unwrap(res).o.(*Bytes); ok && !b.mutable {
				return res, nil
			}
			if _, ok := unwrap(res).o.(*Str); ok {
				return res, nil
			}
			return Null, Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", shortTypeName(v.Type()), shortTypeName(res.Type()))
		}),
		"urandom": posixFunc("urandom", 1, false, func(th *Thread, a []Value) (Value, error) {
			n, err := th.sizeArg(a[0])
			if err != nil {
				return Null, err
			}
			if n < 0 {
				return Null, Errorf(ValueErrorType, "negative argument not allowed")
			}
			if err := th.alloc(n); err != nil {
				return Null, err
			}
			b := make([]byte, n)
			if _, err := rand.Read(b); err != nil {
				return Null, osError(err, Null, Null)
			}
			return Obj(&Bytes{b: b}), nil
		}),
		"umask": posixFunc("umask", 1, false, func(th *Thread, a []Value) (Value, error) {
			n, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			return Int(int64(unix.Umask(n))), nil
		}),
		"kill": posixSignal("kill", false),
		"waitpid": posixFunc("waitpid", 2, true, func(th *Thread, a []Value) (Value, error) {
			pid, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			options, err := th.intArg(a[1])
			if err != nil {
				return Null, err
			}
			return th.waitChild(pid, options)
		}),
		"wait": posixFunc("wait", 0, true, func(th *Thread, a []Value) (Value, error) {
			return th.waitChild(-1, 0)
		}),
		"_exit": posixFunc("_exit", 1, false, func(th *Thread, a []Value) (Value, error) {
			n, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			th.interp.stdout.Flush()
			os.Exit(n)
			return None, nil
		}),
		"getpgrp": processInt("getpgrp", unix.Getpgrp),
		"getpgid": posixFunc("getpgid", 1, false, func(th *Thread, a []Value) (Value, error) {
			return th.pidQuery(a[0], unix.Getpgid)
		}),
		"getsid": posixFunc("getsid", 1, false, func(th *Thread, a []Value) (Value, error) {
			return th.pidQuery(a[0], unix.Getsid)
		}),
		"getgroups": posixFunc("getgroups", 0, true, func(th *Thread, a []Value) (Value, error) {
			gs, err := unix.Getgroups()
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			out := make([]Value, len(gs))
			for i, g := range gs {
				out[i] = Int(int64(g))
			}
			return Obj(NewList(out)), nil
		}),
		"getloadavg": posixFunc("getloadavg", 0, true, func(th *Thread, a []Value) (Value, error) {
			// glibc's getloadavg: sysinfo's loads in 16-bit fixed point.
			var si unix.Sysinfo_t
			if err := unix.Sysinfo(&si); err != nil {
				return Null, Errorf(OSErrorType, "Load averages are unobtainable")
			}
			return TupleOf(Float(float64(si.Loads[0])/65536), Float(float64(si.Loads[1])/65536), Float(float64(si.Loads[2])/65536)), nil
		}),
		"cpu_count": posixFunc("cpu_count", 0, true, func(th *Thread, a []Value) (Value, error) {
			return Int(int64(onlineCPUs())), nil
		}),
		"times": posixFunc("times", 0, true, func(th *Thread, a []Value) (Value, error) {
			var t unix.Tms
			ticks, err := unix.Times(&t)
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			const hz = 100.0 // sysconf(_SC_CLK_TCK) on Linux
			f := []Value{Float(float64(t.Utime) / hz), Float(float64(t.Stime) / hz),
				Float(float64(t.Cutime) / hz), Float(float64(t.Cstime) / hz), Float(float64(ticks) / hz)}
			return NewStructSeq(TimesResultType, f), nil
		}),
		"uname": posixFunc("uname", 0, true, func(th *Thread, a []Value) (Value, error) {
			var u unix.Utsname
			if err := unix.Uname(&u); err != nil {
				return Null, osError(err, Null, Null)
			}
			f := make([]Value, 5)
			for i, b := range [][65]byte{u.Sysname, u.Nodename, u.Release, u.Version, u.Machine} {
				v, err := th.fsDecode(unix.ByteSliceToString(b[:]))
				if err != nil {
					return Null, err
				}
				f[i] = v
			}
			return NewStructSeq(UnameResultType, f), nil
		}),
		"putenv": posixFunc("putenv", 2, false, func(th *Thread, a []Value) (Value, error) {
			k, err := th.envArg("putenv", "name", a[0])
			if err != nil {
				return Null, err
			}
			v, err := th.envArg("putenv", "value", a[1])
			if err != nil {
				return Null, err
			}
			if strings.Contains(k, "=") {
				return Null, Errorf(ValueErrorType, "illegal environment variable name")
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			if k == "" {
				return Null, errnoError(int(syscall.EINVAL), Null, Null)
			}
			if err := os.Setenv(k, v); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"unsetenv": posixFunc("unsetenv", 1, false, func(th *Thread, a []Value) (Value, error) {
			k, err := th.envArg("unsetenv", "name", a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			if k == "" || strings.Contains(k, "=") {
				return Null, errnoError(int(syscall.EINVAL), Null, Null)
			}
			if err := os.Unsetenv(k); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"waitstatus_to_exitcode": posixFunc("waitstatus_to_exitcode", 1, false, func(th *Thread, a []Value) (Value, error) {
			ws, err := th.wstatus(a[0])
			if err != nil {
				return Null, err
			}
			switch {
			case ws.Exited():
				return Int(int64(ws.ExitStatus())), nil
			case ws.Signaled():
				return Int(-int64(ws.Signal())), nil
			case ws.Stopped():
				return Null, Errorf(ValueErrorType, "process stopped by delivery of signal %d", int(ws.StopSignal()))
			}
			return Null, Errorf(ValueErrorType, "invalid wait status: %d", int64(int32(ws)))
		}),
		"WIFEXITED":    waitFunc("WIFEXITED", func(ws unix.WaitStatus) Value { return Bool(ws.Exited()) }),
		"WEXITSTATUS":  waitFunc("WEXITSTATUS", func(ws unix.WaitStatus) Value { return Int(int64(ws>>8) & 0xff) }),
		"WIFSIGNALED":  waitFunc("WIFSIGNALED", func(ws unix.WaitStatus) Value { return Bool(ws.Signaled()) }),
		"WTERMSIG":     waitFunc("WTERMSIG", func(ws unix.WaitStatus) Value { return Int(int64(ws & 0x7f)) }),
		"WIFSTOPPED":   waitFunc("WIFSTOPPED", func(ws unix.WaitStatus) Value { return Bool(ws&0xff == 0x7f) }),
		"WSTOPSIG":     waitFunc("WSTOPSIG", func(ws unix.WaitStatus) Value { return Int(int64(ws>>8) & 0xff) }),
		"WCOREDUMP":    waitFunc("WCOREDUMP", func(ws unix.WaitStatus) Value { return Bool(ws&0x80 != 0) }),
		"WIFCONTINUED": waitFunc("WIFCONTINUED", func(ws unix.WaitStatus) Value { return Bool(ws == 0xffff) }),
	}
	return fns
}

// onlineCPUs is sysconf(_SC_NPROCESSORS_ONLN) as glibc computes it: the
// processors /sys/devices/system/cpu/online lists (not only those this
// process may run on, which runtime.NumCPU counts).
func onlineCPUs() int {
	b, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return runtime.NumCPU()
	}
	n := 0
	for _, r := range strings.Split(strings.TrimSpace(string(b)), ",") {
		lo, hi, isRange := strings.Cut(r, "-")
		a, err1 := strconv.Atoi(lo)
		z := a
		var err2 error
		if isRange {
			z, err2 = strconv.Atoi(hi)
		}
		if err1 != nil || err2 != nil || z < a {
			return runtime.NumCPU()
		}
		n += z - a + 1
	}
	if n == 0 {
		return runtime.NumCPU()
	}
	return n
}

// waitChild is waitpid(pid, options): the child's pid and wait status,
// (0, 0) with WNOHANG while it runs. A blocking wait polls, so that
// signals (KeyboardInterrupt) and the embedder's limits are handled while
// the child runs.
func (th *Thread) waitChild(pid, options int) (Value, error) {
	got, ws, err := th.wait4(pid, options)
	if err != nil {
		return Null, err
	}
	return TupleOf(Int(int64(got)), Int(int64(ws))), nil
}

// wait4 is waitChild's wait: the child's pid and wait status.
func (th *Thread) wait4(pid, options int) (int, unix.WaitStatus, error) {
	delay := time.Millisecond
	for {
		var ws unix.WaitStatus
		got, err := unix.Wait4(pid, &ws, options|unix.WNOHANG, nil)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, 0, osError(err, Null, Null)
		}
		if got != 0 || options&unix.WNOHANG != 0 {
			return got, ws, nil
		}
		if err := th.SafePoint(1); err != nil {
			return 0, 0, err
		}
		th.sleep(delay)
		delay = min(2*delay, 20*time.Millisecond)
	}
}

// posixSignal returns kill, or killpg when group is set: the signal goes
// to a process or to a process group, and one that reaches this process
// is handled before the call returns.
func posixSignal(name string, group bool) BuiltinFunc {
	return posixFunc(name, 2, false, func(th *Thread, a []Value) (Value, error) {
		id, err := th.intArg(a[0])
		if err != nil {
			return Null, err
		}
		sig, err := th.intArg(a[1])
		if err != nil {
			return Null, err
		}
		if err := th.osCheck(Null); err != nil {
			return Null, err
		}
		target, own := id, id == processID || id == 0
		if group {
			if id < 0 {
				// killpg(3) itself refuses a negative group.
				return Null, osError(syscall.EINVAL, Null, Null)
			}
			target, own = -id, id == 0 || id == unix.Getpgrp()
		}
		if err := unix.Kill(target, syscall.Signal(sig)); err != nil {
			return Null, osError(err, Null, Null)
		}
		if own {
			return None, th.awaitOwnSignal(sig)
		}
		return None, nil
	})
}
