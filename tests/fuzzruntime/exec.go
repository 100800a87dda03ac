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
	"sort"
	"strconv"
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
	Lines          map[int]string // case id -> "OK repr" or "EXC Type"
	Order          []int          // case ids in the order printed
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
	f, err := os.CreateTemp(rn.Dir, "case-*.py")
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
	r.Lines = map[int]string{}
	for _, ln := range strings.Split(r.Stdout, "\n") {
		sp := strings.IndexByte(ln, ' ')
		if sp < 0 {
			continue
		}
		id, err := strconv.Atoi(ln[:sp])
		if err != nil {
			continue
		}
		if _, dup := r.Lines[id]; !dup {
			r.Order = append(r.Order, id)
		}
		r.Lines[id] = normalize(ln[sp+1:])
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

// normalize removes what legitimately differs between runs and
// implementations from a result line.
func normalize(s string) string {
	s = addrRE.ReplaceAllString(s, " at 0x?")
	if len(s) > 100 {
		s = s[:100] + "..."
	}
	return s
}

var (
	digitsRE   = regexp.MustCompile(`[0-9]+`)
	pyjitFrame = regexp.MustCompile(`(?m)^github\.com/pyjit/pyjit/(\S+?)\([^()]*\)\s*$`)
)

// crashSignature classifies an abnormal pyjit run: a short description of
// the cause that is the same for the same bug, or "" when the run was
// normal. target names what the crashing case exercised.
func crashSignature(r *Run, target string) string {
	e := r.Stderr
	switch {
	case r.TimedOut:
		return "hang (time limit) in " + target
	case strings.Contains(e, "pyjit internal error"):
		i := strings.Index(e, "pyjit internal error")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		msg = strings.TrimPrefix(msg, "pyjit internal error: ")
		return "internal error: " + digitsRE.ReplaceAllString(msg, "N") + " in " + target
	case strings.Contains(e, "stack overflow") || strings.Contains(e, "stack exceeds"):
		return "Go stack overflow via " + cycle(e)
	case strings.Contains(e, "fatal error:"):
		i := strings.Index(e, "fatal error:")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		return digitsRE.ReplaceAllString(msg, "N") + " at " + firstFrame(e)
	case strings.Contains(e, "panic:"):
		i := strings.Index(e, "panic:")
		msg := strings.SplitN(e[i:], "\n", 2)[0]
		msg = addrRE.ReplaceAllString(msg, "")
		return "Go " + digitsRE.ReplaceAllString(msg, "N") + " at " + firstFrame(e)
	case r.Signal != "":
		return "killed by signal " + r.Signal + " in " + target
	case r.Exit != 0:
		last := strings.TrimSpace(e)
		if i := strings.LastIndexByte(last, '\n'); i >= 0 {
			last = last[i+1:]
		}
		if i := strings.IndexByte(last, ':'); i >= 0 {
			last = last[:i]
		}
		return fmt.Sprintf("exit status %d (%s) in %s", r.Exit, last, target)
	}
	return ""
}

// frames returns the pyjit functions of the first goroutine trace in a Go
// crash report, innermost first, without package path and arguments.
func frames(stderr string) []string {
	var fs []string
	for _, m := range pyjitFrame.FindAllStringSubmatch(stderr, -1) {
		fs = append(fs, m[1])
	}
	return fs
}

func firstFrame(stderr string) string {
	fs := frames(stderr)
	for _, f := range fs {
		if !strings.Contains(f, "internal error") && !strings.HasSuffix(f, ".recoverPanic") {
			return f
		}
	}
	return "?"
}

// cycle names the functions that repeat in a stack overflow: the distinct
// ones deep in the trace, away from where the overflow happened to hit.
func cycle(stderr string) string {
	fs := frames(stderr)
	if len(fs) > 20 {
		fs = fs[10:]
	}
	if len(fs) > 60 {
		fs = fs[:60]
	}
	seen := map[string]bool{}
	var names []string
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			names = append(names, f)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "?"
	}
	return strings.Join(names, ", ")
}

// tempDir makes the directory generated programs are written to.
func tempDir() (string, error) {
	d, err := os.MkdirTemp("", "fuzzruntime-")
	if err != nil {
		return "", err
	}
	return filepath.Abs(d)
}
