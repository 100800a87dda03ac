//go:build linux

package vm

// posix: running a shell command, process groups and scheduling.

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// posixShellFuncs are system and the process-group and scheduling
// functions of posix.
func posixShellFuncs() map[string]BuiltinFunc {
	return map[string]BuiltinFunc{
		"system": posixFunc("system", 1, false, func(th *Thread, a []Value) (Value, error) {
			cmd, err := th.fsConvertName(a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			th.flushFileWrites()
			return th.system(cmd)
		}),
		"killpg": posixSignal("killpg", true),
		"setsid": posixFunc("setsid", 0, true, func(th *Thread, a []Value) (Value, error) {
			if _, err := unix.Setsid(); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"setpgid": posixFunc("setpgid", 2, false, func(th *Thread, a []Value) (Value, error) {
			pid, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			pgid, err := th.intArg(a[1])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			if err := unix.Setpgid(pid, pgid); err != nil {
				return Null, osError(err, Null, Null)
			}
			return None, nil
		}),
		"sync": posixFunc("sync", 0, true, func(th *Thread, a []Value) (Value, error) {
			unix.Sync()
			return None, nil
		}),
		"nice": posixFunc("nice", 1, false, func(th *Thread, a []Value) (Value, error) {
			inc, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			// nice(2) as glibc makes it: the new value of the process's
			// niceness, from getpriority (which returns 20 - nice).
			cur, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			n := 20 - cur + inc
			if err := unix.Setpriority(unix.PRIO_PROCESS, 0, n); err != nil {
				return Null, osError(err, Null, Null)
			}
			cur, err = unix.Getpriority(unix.PRIO_PROCESS, 0)
			if err != nil {
				return Null, osError(err, Null, Null)
			}
			return Int(int64(20 - cur)), nil
		}),
		"sched_getaffinity": posixFunc("sched_getaffinity", 1, false, func(th *Thread, a []Value) (Value, error) {
			pid, err := th.intArg(a[0])
			if err != nil {
				return Null, err
			}
			if err := th.osCheck(Null); err != nil {
				return Null, err
			}
			var set unix.CPUSet
			if err := unix.SchedGetaffinity(pid, &set); err != nil {
				return Null, osError(err, Null, Null)
			}
			s := NewSet()
			for cpu := 0; cpu < len(set)*64; cpu++ {
				if set.IsSet(cpu) {
					if err := s.Add(th, Int(int64(cpu))); err != nil {
						return Null, err
					}
				}
			}
			return Obj(s), nil
		}),
	}
}

// system runs cmd under /bin/sh as system(3) does and returns its wait
// status as waitpid gives it, or -1 when no shell could be started.
func (th *Thread) system(cmd string) (Value, error) {
	attr := &syscall.ProcAttr{Env: syscall.Environ(), Files: []uintptr{0, 1, 2}}
	pid, err := syscall.ForkExec("/bin/sh", []string{"sh", "-c", cmd}, attr)
	if err != nil {
		return Int(-1), nil
	}
	for {
		_, ws, err := th.wait4(pid, 0)
		if err != nil {
			return Null, err
		}
		if !ws.Stopped() {
			return Int(int64(ws)), nil
		}
	}
}
