// Package child runs a Python program under an interpreter as a child
// process, with a time limit and a bound on its address space, for the
// differential fuzzers in tests/.
package child

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"syscall"
	"time"
)

// Result is the outcome of running one program.
type Result struct {
	Stdout, Stderr string
	Exit           int // exit status, -1 when killed by a signal
	Signal         string
	TimedOut       bool
}

// Abnormal reports whether the program did not finish on its own with
// status 0.
func (r *Result) Abnormal() bool { return r.TimedOut || r.Exit != 0 || r.Signal != "" }

// Runner runs programs under an interpreter.
type Runner struct {
	Argv    []string // interpreter and its arguments; the file comes last
	Timeout time.Duration
	MemKB   int // ulimit -v for the child; 0: none
	Dir     string
	Env     []string
	Pattern string // name pattern of the temporary program file (default "prog-*.py")
}

// Exec writes src to a temporary file in Dir and runs it. Stdout is kept
// up to 4 MB and stderr up to 256 kB. The error is for a child that could
// not be started; how it ended is in the Result.
func (rn *Runner) Exec(src string) (*Result, error) {
	pattern := rn.Pattern
	if pattern == "" {
		pattern = "prog-*.py"
	}
	f, err := os.CreateTemp(rn.Dir, pattern)
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name())
	if _, err := f.WriteString(src); err != nil {
		f.Close()
		return nil, err
	}
	f.Close()
	argv := append(append([]string{}, rn.Argv...), f.Name())
	if rn.MemKB > 0 {
		argv = append([]string{"/bin/sh", "-c", fmt.Sprintf(`ulimit -v %d && exec "$0" "$@"`, rn.MemKB)}, argv...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), rn.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	cmd.Env = append(os.Environ(), rn.Env...)
	var out, errb limitedBuffer
	out.max, errb.max = 4<<20, 256<<10
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	r := &Result{Stdout: out.String(), Stderr: errb.String()}
	if ctx.Err() == context.DeadlineExceeded {
		r.TimedOut = true
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.Exit = -1
			r.Signal = ws.Signal().String()
		} else {
			r.Exit = ee.ExitCode()
		}
	} else if err != nil && !r.TimedOut {
		return nil, err
	}
	return r, nil
}

// limitedBuffer keeps the first max bytes written to it.
type limitedBuffer struct {
	bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); room > 0 {
		if len(p) > room {
			b.Buffer.Write(p[:room])
		} else {
			b.Buffer.Write(p)
		}
	}
	return len(p), nil
}

var addrRE = regexp.MustCompile(` at 0x[0-9a-fA-F]+`)

// HideAddresses replaces object addresses (" at 0x7f...") in an output
// line, which legitimately differ between runs and implementations.
func HideAddresses(s string) string {
	return addrRE.ReplaceAllString(s, " at 0x?")
}

// StripAddresses removes object addresses (" at 0x7f...") from s.
func StripAddresses(s string) string {
	return addrRE.ReplaceAllString(s, "")
}
