package bench

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

type runResult struct {
	seconds float64
	peakKiB int64
	output  string
}

// runOnce runs argv with path and extra arguments and returns its wall
// time, peak resident set size and standard output.
func runOnce(argv []string, path string, extra, env []string, timeout time.Duration) (runResult, error) {
	args := append(append(append([]string(nil), argv...), path), extra...)
	file, err := exec.LookPath(args[0])
	if err != nil {
		return runResult{}, err
	}
	r, stderr, err := runMeasured(file, args, env, timeout)
	if err != nil {
		if stderr != "" {
			err = fmt.Errorf("%v: %s", err, lastLine(stderr))
		}
		return runResult{}, err
	}
	return r, nil
}

// runPlain runs a program through os/exec and takes its peak resident set
// from wait4. On Linux that figure is at least the peak of the parent at
// the time of the fork (a vfork-style child starts in its parent's address
// space), so runMeasured prefers the child's own high-water mark, read
// from /proc as the child exits.
func runPlain(file string, args, env []string, timeout time.Duration) (runResult, string, error) {
	cmd := exec.Command(file, args[1:]...)
	cmd.Args[0] = args[0]
	cmd.Env = env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return runResult{}, "", err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return runResult{}, errb.String(), err
		}
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		return runResult{}, "", fmt.Errorf("timed out")
	}
	r := runResult{seconds: time.Since(start).Seconds(), output: out.String()}
	r.peakKiB = maxRSSKiB(cmd.ProcessState)
	return r, "", nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
