package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"
)

// Run is the outcome of running one program.
type Run struct {
	Stdout, Stderr string
	Exit           int // exit status, -1 when killed by a signal
	Signal         string
	TimedOut       bool
	Lines          []string // stdout split into lines, normalized
}

// Abnormal reports whether the program did not finish on its own with
// status 0.
func (r *Run) Abnormal() bool { return r.TimedOut || r.Exit != 0 || r.Signal != "" }

// Runner runs programs under an interpreter with a time limit and a bound
// on its address space.
type Runner struct {
	Argv    []string // interpreter and its arguments; the file comes last
	Timeout time.Duration
	MemKB   int // ulimit -v for the child; 0: none
	Dir     string
	Env     []string
}

// Exec writes src to a temporary file and runs it.
func (rn *Runner) Exec(src string) (*Run, error) {
	f, err := os.CreateTemp(rn.Dir, "prog-*.py")
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
	r := &Run{Stdout: out.String(), Stderr: errb.String()}
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
	text := strings.TrimSuffix(r.Stdout, "\n")
	if text != "" {
		for _, ln := range strings.Split(text, "\n") {
			r.Lines = append(r.Lines, normalize(ln))
		}
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

// normalize removes what legitimately differs between implementations
// from an output line: object addresses.
func normalize(s string) string {
	return addrRE.ReplaceAllString(s, " at 0x?")
}

// tempDir makes the directory generated programs are written to.
func tempDir() (string, error) {
	d, err := os.MkdirTemp("", "fuzzdiff-")
	if err != nil {
		return "", err
	}
	return filepath.Abs(d)
}
