package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// Keys as a terminal sends them.
const (
	keyUp    = "\x1b[A"
	keyLeft  = "\x1b[D"
	keyRight = "\x1b[C"
	keyHome  = "\x1b[H"
	keyEnd   = "\x1b[F"
	keyAltB  = "\x1bb"
	keyAltF  = "\x1bf"
	keyCtrlA = "\x01"
	keyCtrlC = "\x03"
	keyCtrlD = "\x04"
	keyCtrlE = "\x05"
	keyCtrlR = "\x12"
	keyTab   = "\t"
	keyEnter = "\r"
)

// ptySession is pyjit running on a pseudo-terminal, as a user at a
// terminal runs it.
type ptySession struct {
	t      *testing.T
	cmd    *exec.Cmd
	tty    *os.File
	screen syncBuffer // everything written to the terminal
	copied chan struct{}
}

// startPTY runs this test binary as pyjit with args on a new terminal.
// The history file is history ("" for none).
func startPTY(t *testing.T, history string, args ...string) *ptySession {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PYJIT_TEST_AS_COMMAND=1", "TERM=xterm", historyEnv+"="+history)
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	s := &ptySession{t: t, cmd: cmd, tty: tty, copied: make(chan struct{})}
	go func() {
		defer close(s.copied)
		io.Copy(&s.screen, tty)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		tty.Close()
	})
	return s
}

// typeKeys sends keys to the terminal.
func (s *ptySession) typeKeys(keys ...string) {
	s.t.Helper()
	if _, err := io.WriteString(s.tty, strings.Join(keys, "")); err != nil {
		s.t.Fatal(err)
	}
}

// waitFor waits until the screen shows want (n times in all).
func (s *ptySession) waitFor(want string, n int) {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for strings.Count(s.screen.String(), want) < n {
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %d× %q on the screen:\n%q", n, want, s.screen.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// run types a line and Enter, and waits for the output it should print
// followed by the next prompt.
func (s *ptySession) run(keys, output string) {
	s.t.Helper()
	n := strings.Count(s.screen.String(), output+">>> ")
	s.typeKeys(keys, keyEnter)
	s.waitFor(output+">>> ", n+1)
}

// prompts counts the prompts shown after a new line.
func (s *ptySession) prompts() int {
	screen := s.screen.String()
	return strings.Count(screen, "\r\n>>> ") + strings.Count(screen, "\r\n... ")
}

// line types a line and Enter, and waits for the next prompt, so that
// nothing is typed while the terminal is not the line editor's.
func (s *ptySession) line(keys string) {
	s.t.Helper()
	n := s.prompts()
	s.typeKeys(keys, keyEnter)
	deadline := time.Now().Add(20 * time.Second)
	for s.prompts() <= n {
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for the prompt after %q on the screen:\n%q", keys, s.screen.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// exit presses Ctrl-D at the prompt and checks that pyjit ends with
// status 0.
func (s *ptySession) exit() {
	s.t.Helper()
	s.typeKeys(keyCtrlD)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			s.t.Fatalf("pyjit ended with %v; screen:\n%q", err, s.screen.String())
		}
	case <-time.After(20 * time.Second):
		s.t.Fatalf("pyjit did not end at Ctrl-D; screen:\n%q", s.screen.String())
	}
	select {
	case <-s.copied:
	case <-time.After(5 * time.Second):
	}
}

// TestPromptKeys types at the prompt through a pseudo-terminal: each
// case's keys are typed at a fresh prompt (after its setup lines), and
// the screen must then show the output, then the next prompt.
func TestPromptKeys(t *testing.T) {
	tests := []struct {
		name  string
		setup []string
		keys  []string
		want  string
	}{
		{"left inserts mid-line", nil, []string{`print("ac")`, keyLeft, keyLeft, keyLeft, "b"}, "abc\r\n"},
		{"right after left", nil, []string{`print("ab")`, keyLeft, keyLeft, keyLeft, keyLeft, keyRight, "x"}, "axb\r\n"},
		{"home and end", nil, []string{`"home")`, keyHome, "print(", keyEnd, "  # end"}, "home\r\n"},
		{"ctrl-a and ctrl-e", nil, []string{`2*21`, keyCtrlA, "-", keyCtrlE, "+0"}, "-42\r\n"},
		{"word moves", nil, []string{`(one, two)`, keyAltB, keyAltB, "print", keyAltF, " 5,"}, "1 5 2\r\n"},
		{"a line wider than the terminal", nil, []string{"len('" + strings.Repeat("a", 150) + "')"}, "150\r\n"},
		{"up recalls", []string{"print(6*7)"}, []string{keyUp}, "42\r\n"},
		{"ctrl-r searches back", []string{"print('needle')", "print('hay')"}, []string{keyCtrlR, "need"}, "needle\r\n"},
		{"tab completes a global", []string{"abcdef_long = 5"}, []string{"abcdef_l", keyTab}, "5\r\n"},
		{"tab completes a builtin", nil, []string{"pri", keyTab, "'built')"}, "built\r\n"},
		{"tab completes an attribute", []string{"class K: zebra_attr = 9", ""}, []string{"K.zeb", keyTab}, "9\r\n"},
		{"tab completes an instance's method", []string{"s = 'abc'"}, []string{"s.upp", keyTab, ")"}, "'ABC'\r\n"},
		{"tab indents", []string{"for i in range(2):"}, []string{keyTab, "print(i)", keyEnter}, "0\r\n1\r\n"},
		{"block", []string{"for i in range(2):", "    print(i*10)"}, []string{""}, "0\r\n10\r\n"},
		{"ctrl-d closes a block", []string{"for i in range(2):", "    print(i+100)"}, []string{keyCtrlD}, "100\r\n101\r\n"},
		{"input at the prompt", []string{"x = input('? ')"}, nil, ""},
	}
	s := startPTY(t, "", "-q")
	s.waitFor(">>> ", 1)
	s.run("one, two = 1, 2", "")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.t = t
			if tt.name == "input at the prompt" {
				s.typeKeys(tt.setup[0], keyEnter)
				s.waitFor("? ", 1)
				s.run("hi", "")
				s.run("print(x*2)", "hihi\r\n")
				return
			}
			for _, line := range tt.setup {
				s.line(line)
			}
			keys := tt.keys
			if tt.name == "ctrl-d closes a block" {
				s.typeKeys(keys...)
				s.waitFor(tt.want+">>> ", 1)
				return
			}
			s.run(strings.Join(keys, ""), tt.want)
		})
	}
	s.t = t
	s.exit()
}

// TestPromptCtrlC presses Ctrl-C at the prompt and while a statement
// runs: the input is dropped, or KeyboardInterrupt raised, and the
// session goes on.
func TestPromptCtrlC(t *testing.T) {
	s := startPTY(t, "", "-q")
	s.waitFor(">>> ", 1)
	s.typeKeys("print('dropped'", keyCtrlC)
	s.waitFor("KeyboardInterrupt\r\n>>> ", 1)
	s.line("for i in range(3):")
	s.typeKeys("    print('half'", keyCtrlC)
	s.waitFor("KeyboardInterrupt\r\n>>> ", 2)
	s.line("if True:")
	s.line("    print('spinning')")
	s.line("    while True: pass")
	s.typeKeys(keyEnter)
	s.waitFor("spinning\r\n", 1)
	s.typeKeys(keyCtrlC)
	s.waitFor("  File \"<stdin>\", line 3, in <module>\r\nKeyboardInterrupt\r\n>>> ", 1)
	s.run("print('after')", "after\r\n")
	s.exit()
	if strings.Contains(s.screen.String(), "dropped\r\n") || strings.Contains(s.screen.String(), "half\r\n") {
		t.Errorf("cancelled input ran:\n%q", s.screen.String())
	}
}

// TestPromptHistoryFile checks that lines typed in one session are
// recalled with Up in the next, and that an empty PYJIT_HISTORY keeps no
// file.
func TestPromptHistoryFile(t *testing.T) {
	hist := filepath.Join(t.TempDir(), "history")
	s := startPTY(t, hist, "-q")
	s.waitFor(">>> ", 1)
	s.run("print(7*6)", "42\r\n")
	s.exit()
	data, err := os.ReadFile(hist)
	if err != nil || !strings.Contains(string(data), "print(7*6)") {
		t.Fatalf("history file: %q, %v", data, err)
	}

	s = startPTY(t, hist, "-q")
	s.waitFor(">>> ", 1)
	s.run(keyUp, "42\r\n")
	s.exit()

	home := t.TempDir()
	t.Setenv("HOME", home)
	s = startPTY(t, "", "-q")
	s.waitFor(">>> ", 1)
	s.run("print(1)", "1\r\n")
	s.exit()
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Errorf("with %s empty, the session wrote %v", historyEnv, entries)
	}
}

// TestInspectOption runs a script with -i: its traceback, then the
// prompt in its globals.
func TestInspectOption(t *testing.T) {
	script := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(script, []byte("y = 3\n1/0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startPTY(t, "", "-i", script)
	s.waitFor("ZeroDivisionError: division by zero\r\n>>> ", 1)
	s.run("y + 1", "4\r\n")
	s.exit()
}

// TestPromptExitStatus checks that exit() at the prompt ends pyjit with
// its status.
func TestPromptExitStatus(t *testing.T) {
	s := startPTY(t, "", "-q")
	s.waitFor(">>> ", 1)
	s.typeKeys("raise SystemExit(3)", keyEnter)
	err := s.cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).ExitStatus() != 3 {
		t.Fatalf("pyjit ended with %v, want exit status 3", err)
	}
}

// TestPromptInterruptsWaits presses Ctrl-C while a statement at the
// prompt waits in input() and in time.sleep: KeyboardInterrupt is raised
// at once, not when the wait ends, and the session goes on.
func TestPromptInterruptsWaits(t *testing.T) {
	s := startPTY(t, "", "-q")
	s.waitFor(">>> ", 1)
	s.typeKeys("name = input('name? ')", keyEnter)
	s.waitFor("name? ", 1)
	s.typeKeys(keyCtrlC)
	s.waitFor("KeyboardInterrupt\r\n>>> ", 1)
	s.run("name = input('name? ')", "")
	s.typeKeys("ada", keyEnter)
	s.waitFor(">>> ", 4)
	s.run("name", "'ada'\r\n")

	s.typeKeys("import time; time.sleep(60)", keyEnter)
	time.Sleep(300 * time.Millisecond)
	start := time.Now()
	s.typeKeys(keyCtrlC)
	s.waitFor("KeyboardInterrupt\r\n>>> ", 2)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Ctrl-C ended time.sleep after %v", d)
	}
	s.run("print('after')", "after\r\n")
	s.exit()
}

// TestPromptStartupFile checks that PYTHONSTARTUP runs after the banner
// and before the first prompt, in the session's globals, and that the
// banner names help, copyright, credits and license, which are defined.
func TestPromptStartupFile(t *testing.T) {
	startup := filepath.Join(t.TempDir(), "startup.py")
	if err := os.WriteFile(startup, []byte("greeting = 'hello'\nprint('from startup')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYTHONSTARTUP", startup)
	s := startPTY(t, "")
	s.waitFor("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\r\nfrom startup\r\n>>> ", 1)
	s.run("greeting", "'hello'\r\n")
	s.run("exit", "Use exit() or Ctrl-D (i.e. EOF) to exit\r\n")
	s.run("help", "Type help() for interactive help, or help(object) for help about object.\r\n")
	s.exit()
}

// TestPromptInputEditing checks that input() at the prompt reads its line
// with the line editor, as python3's input() reads with readline: keys
// edit the line, Up recalls the history, Ctrl-C raises KeyboardInterrupt
// and Ctrl-D on an empty line EOFError.
func TestPromptInputEditing(t *testing.T) {
	s := startPTY(t, "", "-q")
	s.waitFor(">>> ", 1)
	s.typeKeys("x = input('name? ')", keyEnter)
	s.waitFor("name? ", 1)
	s.typeKeys("ad", keyLeft, "d", keyCtrlE, "a", keyEnter)
	s.waitFor(">>> ", 3)
	s.run("x", "'adda'\r\n")
	s.typeKeys("y = input('again? ')", keyEnter)
	s.waitFor("again? ", 1)
	// The history: the statements, and the line typed at input().
	s.typeKeys(keyUp, keyUp, keyUp, keyEnter)
	s.waitFor(">>> ", 6)
	s.run("y", "'adda'\r\n")
	s.typeKeys("input('stop? ')", keyEnter)
	s.waitFor("stop? ", 1)
	s.typeKeys(keyCtrlC)
	s.waitFor("KeyboardInterrupt\r\n>>> ", 1)
	s.typeKeys("input('end? ')", keyEnter)
	s.waitFor("end? ", 1)
	s.typeKeys(keyCtrlD)
	s.waitFor("EOFError: EOF when reading a line\r\n>>> ", 1)
	s.exit()
}
