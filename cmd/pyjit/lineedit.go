package main

// Line editing at the interactive prompt on a terminal, by
// github.com/peterh/liner (see docs/dependencies.md): the keys of GNU
// readline's emacs mode, history kept in a file across sessions, Ctrl-R
// search and tab completion.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/peterh/liner"
	"golang.org/x/term"

	"github.com/pyjit/pyjit/vm"
)

// historyEnv names the environment variable that moves the history file;
// set to the empty string, it turns the history file off.
const historyEnv = "PYJIT_HISTORY"

// termSource reads lines from a terminal with line editing.
type termSource struct {
	line *liner.State
	// cooked is the terminal's mode outside the prompt, raw liner's.
	cooked, raw liner.ModeApplier
	history     string // the history file, or ""
	in          *vm.Interpreter
}

// lineEditing reports whether the prompt can edit lines: standard input
// and output are terminals that can move the cursor and say how wide they
// are.
func lineEditing() bool {
	if !isTerminal(os.Stdin) || !liner.TerminalSupported() {
		return false
	}
	width, _, err := term.GetSize(int(os.Stdout.Fd()))
	return err == nil && width > 0
}

// newTermSource puts the terminal in the mode of the line editor and loads
// the history. Tab completes the names of module main.
func newTermSource(in *vm.Interpreter, main *vm.Module) *termSource {
	cooked, _ := liner.TerminalMode()
	t := &termSource{line: liner.NewLiner(), cooked: cooked, history: historyFile(), in: in}
	t.raw, _ = liner.TerminalMode()
	t.line.SetCtrlCAborts(true)
	// A line longer than the terminal is wide wraps, as with readline.
	t.line.SetMultiLineMode(true)
	t.line.SetTabCompletionStyle(liner.TabPrints)
	t.line.SetWordCompleter(newCompleter(in, main).complete)
	in.SetReadLine(t.input)
	if t.history != "" {
		if f, err := os.Open(t.history); err == nil {
			t.line.ReadHistory(f)
			f.Close()
		}
	}
	return t
}

// historyFile returns the file that keeps the prompt's history:
// $PYJIT_HISTORY, or ~/.pyjit_history when it is not set.
func historyFile() string {
	if f, ok := os.LookupEnv(historyEnv); ok {
		return f
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".pyjit_history")
}

func (t *termSource) ReadLine(prompt string, _ <-chan os.Signal) (string, error) {
	if t.raw != nil {
		t.raw.ApplyMode()
		keysRaiseNoSignal()
	}
	line, err := t.line.Prompt(prompt)
	switch err {
	case nil:
		if strings.TrimSpace(line) != "" {
			t.line.AppendHistory(line)
		}
		return line, nil
	case liner.ErrPromptAborted:
		return "", errInterrupted // liner has echoed ^C and a newline
	case io.EOF:
		fmt.Println()
		return "", io.EOF
	}
	return "", err
}

// input reads the line input() asks for, with line editing, as CPython's
// input() reads with readline on a terminal: the line joins the history,
// Ctrl-C raises KeyboardInterrupt and Ctrl-D on an empty line EOFError.
func (t *termSource) input(prompt string) (string, error) {
	if t.raw != nil {
		t.raw.ApplyMode()
		keysRaiseNoSignal()
	}
	defer t.Pause()
	// The editor keeps its prompt on one line: what comes before its last
	// newline is printed first.
	if i := strings.LastIndexByte(prompt, '\n'); i >= 0 {
		os.Stdout.WriteString(strings.ReplaceAll(prompt[:i+1], "\n", "\r\n"))
		prompt = prompt[i+1:]
	}
	line, err := t.line.Prompt(prompt)
	if err == liner.ErrInvalidPrompt {
		// The editor takes no control characters (colours) in its
		// prompt: the prompt is printed as it is, and edited after.
		os.Stdout.WriteString(prompt)
		line, err = t.line.Prompt("")
	}
	switch err {
	case nil:
		if strings.TrimSpace(line) != "" {
			t.line.AppendHistory(line)
		}
		return line, nil
	case liner.ErrPromptAborted:
		return "", vm.NewException(vm.KeyboardInterruptType)
	case io.EOF:
		fmt.Println()
		return "", io.EOF
	}
	return "", err
}

// Pause gives the terminal back its own mode while a statement runs, so
// that input() echoes and Ctrl-C raises KeyboardInterrupt.
func (t *termSource) Pause() {
	if t.cooked != nil {
		t.cooked.ApplyMode()
	}
}

// Close saves the history and restores the terminal; input() reads it
// without line editing again.
func (t *termSource) Close() {
	t.in.SetReadLine(nil)
	if t.history != "" {
		if f, err := os.OpenFile(t.history, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600); err == nil {
			t.line.WriteHistory(f)
			f.Close()
		}
	}
	t.line.Close()
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	return term.IsTerminal(int(f.Fd()))
}
