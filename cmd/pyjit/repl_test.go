package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer collects a stream that the test watches while it grows.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor waits until the stream holds want n times.
func (b *syncBuffer) waitFor(t *testing.T, want string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for strings.Count(b.String(), want) < n {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %d× %q in %q", n, want, b.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestREPLCtrlC sends SIGINT to the interactive prompt, as CPython's
// prompt handles it: while waiting for input it abandons the line being
// typed; while a statement runs it raises KeyboardInterrupt there. The
// session goes on either way.
func TestREPLCtrlC(t *testing.T) {
	cmd := exec.Command(os.Args[0], "repl", "-q")
	cmd.Env = append(os.Environ(), "PYJIT_TEST_AS_COMMAND=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()

	stderr.waitFor(t, ">>> ", 1)
	io.WriteString(stdin, "def spin():\n")
	stderr.waitFor(t, "... ", 1)
	cmd.Process.Signal(os.Interrupt)
	stderr.waitFor(t, "\nKeyboardInterrupt\n>>> ", 1)

	io.WriteString(stdin, "def spin():\n    print('spinning', flush=True)\n    while True:\n        pass\n\nspin()\n")
	stdout.waitFor(t, "spinning\n", 1)
	cmd.Process.Signal(os.Interrupt)
	stderr.waitFor(t, "KeyboardInterrupt\n>>> ", 2)

	io.WriteString(stdin, "print('after')\n")
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v; stderr:\n%s", err, stderr.String())
	}
	if got, want := stdout.String(), "spinning\nafter\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	wantTraceback := "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 3, in spin\nKeyboardInterrupt\n"
	if !strings.Contains(stderr.String(), wantTraceback) {
		t.Errorf("stderr %q lacks the traceback %q", stderr.String(), wantTraceback)
	}
}

// TestInspectPiped runs python3 -i's cases with the prompt's input piped:
// the program runs, its traceback (SystemExit's too) is printed, then the
// statements on standard input run in its globals.
func TestInspectPiped(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        outcome
	}{
		{"globals", "print(x)\n", []string{"-i", "-c", "x = 5"},
			outcome{0, "5\n", ">>> >>> \n"}},
		{"after an exception", "print(x)\n", []string{"-i", "-c", "x = 5; 1/0"},
			outcome{0, "5\n", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n"}},
		{"after SystemExit", "x\n", []string{"-i", "-c", "x = 5; raise SystemExit(3)"},
			outcome{0, "5\n", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: 3\n>>> >>> \n"}},
		{"exit status from the prompt", "raise SystemExit(4)\n", []string{"-i", "-c", "pass"},
			outcome{4, "", ">>> "}},
		{"block at the end of input", "for i in range(2):\n  print(i)\n", []string{"-i", "-c", "pass"},
			outcome{0, "0\n1\n", ">>> ... ... \n>>> \n"}},
		{"no program", "print(1 + 1)\n", []string{"-q", "-i"},
			outcome{0, "2\n", ">>> >>> \n"}},
		{"no program, pyjit's options", "print(1 + 1)\n", []string{"-q", "-i", "--no-specialize", "--jit-threshold=3"},
			outcome{0, "2\n", ">>> >>> \n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runIn(t, t.TempDir(), tt.stdin, os.Args[0], tt.args...)
			if got != tt.want {
				t.Errorf("pyjit %s\n got %+v\nwant %+v", strings.Join(tt.args, " "), got, tt.want)
			}
		})
	}
}

// TestInteractiveMatchesCPython opens python3's and pyjit's prompts with
// piped input and compares what they print: sys.flags under -i and -q,
// and the PYTHONSTARTUP file, run before the first prompt of a session
// without a program (not after one, nor under -E or -I).
func TestInteractiveMatchesCPython(t *testing.T) {
	python := referencePython(t)
	dir := t.TempDir()
	files := map[string]string{
		"startup.py": "started = 'yes'\nprint('startup runs', __name__)\n",
		"failing.py": "x = 1\nraise ValueError('in the startup file')\n",
		"exits.py":   "raise SystemExit(7)\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	flags := "import sys; print(sys.flags.interactive, sys.flags.inspect, sys.flags.quiet)\n"
	tests := []struct {
		name, startup, stdin string
		args                 []string
	}{
		{"flags with -i", "", flags, []string{"-q", "-i"}},
		{"flags with -i and a program", "", flags, []string{"-i", "-c", "pass"}},
		{"flags in the program", "", "", []string{"-i", "-c", flags}},
		{"flags without -i", "", "", []string{"-q", "-c", flags}},
		{"PYTHONSTARTUP", "startup.py", "print(started)\n", []string{"-q", "-i"}},
		{"PYTHONSTARTUP not with a program", "startup.py", "print('started' in dir())\n", []string{"-i", "-c", "pass"}},
		{"PYTHONSTARTUP under -E", "startup.py", "print('started' in dir())\n", []string{"-q", "-E", "-i"}},
		{"PYTHONSTARTUP under -I", "startup.py", "print('started' in dir())\n", []string{"-q", "-I", "-i"}},
		{"PYTHONSTARTUP raising", "failing.py", "print(x)\n", []string{"-q", "-i"}},
		{"PYTHONSTARTUP exiting", "exits.py", "print('not reached')\n", []string{"-q", "-i"}},
		{"PYTHONSTARTUP missing", "nosuch.py", "print(1)\n", []string{"-q", "-i"}},
		{"exit and quit echoed", "", "exit\nquit\nexit(3)\n", []string{"-q", "-i"}},
		{"exit and quit after a program", "", "exit\nquit()\n", []string{"-i", "-c", "pass"}},
		{"help echoed", "", "help\n", []string{"-i", "-c", "pass"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PYTHONSTARTUP", tt.startup)
			want := runIn(t, dir, tt.stdin, python, tt.args...)
			got := runIn(t, dir, tt.stdin, os.Args[0], tt.args...)
			if got != want {
				t.Errorf("pyjit %s\n got %+v\nwant %+v", strings.Join(tt.args, " "), got, want)
			}
		})
	}
}
