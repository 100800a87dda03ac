package bench

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// runMeasured runs a program and reads its peak resident set, VmHWM, from
// /proc as it exits. The figure wait4 reports is not the program's own:
// Go starts children with CLONE_VM|CLONE_VFORK, and Linux carries the high
// water mark of the address space a process leaves at exec into its
// maximum, so every child would report at least the harness's own peak (a
// floor that rises as the harness runs). The child is started traced, with
// PTRACE_O_TRACEEXIT only: it stops once as it exits, while its address
// space is still there, and /proc/PID/status then gives the high water mark
// of the program alone. Signals it receives meanwhile are passed on.
// Where tracing is not allowed, the harness falls back to wait4.
func runMeasured(file string, args, env []string, timeout time.Duration) (runResult, string, error) {
	out, err := os.CreateTemp("", "pyjit-bench-out-*")
	if err != nil {
		return runResult{}, "", err
	}
	defer removeFile(out)
	errf, err := os.CreateTemp("", "pyjit-bench-err-*")
	if err != nil {
		return runResult{}, "", err
	}
	defer removeFile(errf)
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		return runResult{}, "", err
	}
	defer devnull.Close()

	// Every ptrace request must come from the thread that started the
	// child, and its stops are reported to that thread.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := time.Now()
	pid, err := syscall.ForkExec(file, args, &syscall.ProcAttr{
		Env:   env,
		Files: []uintptr{devnull.Fd(), out.Fd(), errf.Fd()},
		Sys:   &syscall.SysProcAttr{Ptrace: true},
	})
	if err != nil {
		// Tracing refused (a seccomp filter, ptrace_scope), or the
		// program cannot start at all: os/exec says which.
		return runPlain(file, args, env, timeout)
	}
	var ws syscall.WaitStatus
	if _, err := wait4(pid, &ws, nil); err != nil || !ws.Stopped() {
		syscall.Kill(pid, syscall.SIGKILL)
		wait4(pid, &ws, nil)
		return runResult{}, "", fmt.Errorf("could not trace %s: %v", file, err)
	}
	syscall.PtraceSetOptions(pid, syscall.PTRACE_O_TRACEEXIT|syscall.PTRACE_O_TRACEEXEC|unix.PTRACE_O_EXITKILL)
	syscall.PtraceCont(pid, 0)

	var timedOut atomic.Bool
	timer := time.AfterFunc(timeout, func() {
		timedOut.Store(true)
		syscall.Kill(pid, syscall.SIGKILL)
	})
	defer timer.Stop()

	var hwm int64
	var ru syscall.Rusage
	for {
		if _, err := wait4(pid, &ws, &ru); err != nil {
			return runResult{}, "", err
		}
		if ws.Exited() || ws.Signaled() {
			break
		}
		if !ws.Stopped() {
			continue
		}
		sig := ws.StopSignal()
		if sig == syscall.SIGTRAP && ws.TrapCause() != -1 && ws.TrapCause() != 0 {
			// A ptrace event (exit or exec), not a signal.
			if ws.TrapCause() == syscall.PTRACE_EVENT_EXIT {
				hwm = highWaterKiB(pid)
			}
			sig = 0
		}
		syscall.PtraceCont(pid, int(sig))
	}
	elapsed := time.Since(start)
	if timedOut.Load() {
		return runResult{}, "", fmt.Errorf("timed out")
	}
	stderr := readAll(errf)
	if ws.Signaled() {
		return runResult{}, stderr, fmt.Errorf("signal: %v", ws.Signal())
	}
	if ws.ExitStatus() != 0 {
		return runResult{}, stderr, fmt.Errorf("exit status %d", ws.ExitStatus())
	}
	if hwm == 0 {
		hwm = ru.Maxrss
	}
	return runResult{seconds: elapsed.Seconds(), peakKiB: hwm, output: readAll(out)}, stderr, nil
}

// wait4 waits for pid, retrying when a signal interrupts the wait.
func wait4(pid int, ws *syscall.WaitStatus, ru *syscall.Rusage) (int, error) {
	for {
		n, err := syscall.Wait4(pid, ws, syscall.WALL, ru)
		if err != syscall.EINTR {
			return n, err
		}
	}
}

// highWaterKiB returns the VmHWM line of /proc/PID/status, or 0.
func highWaterKiB(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if v, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			kib, _ := strconv.ParseInt(string(bytes.TrimSuffix(bytes.TrimSpace(v), []byte(" kB"))), 10, 64)
			return kib
		}
	}
	return 0
}

func maxRSSKiB(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss // KiB on Linux
	}
	return 0
}

func readAll(f *os.File) string {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return ""
	}
	b, _ := io.ReadAll(f)
	return string(b)
}

func removeFile(f *os.File) {
	f.Close()
	os.Remove(f.Name())
}
