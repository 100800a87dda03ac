package main

// The interactive prompt: `pyjit` on a terminal, or `pyjit repl`.

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/compile"
	"github.com/pyjit/pyjit/vm/syntax"
)

const replUsage = `usage: pyjit repl [-q] [--no-specialize] [--no-jit | --jit [--jit-threshold N]]

Opens the interactive prompt (also what pyjit does with no arguments on a
terminal). Statements run as they are completed, expression values are
echoed, and exceptions print their traceback without ending the session.
Leave with Ctrl-D or exit().

On a terminal, lines are edited with readline's keys (Left/Right,
Home/End, Alt-B/Alt-F, Up/Down for the history, Ctrl-R to search it, Tab
to complete names and attributes, Ctrl-C to drop the line); the history is
kept in ~/.pyjit_history, or in $PYJIT_HISTORY (set but empty: no file).
See docs/prompt.md.

flags:
  -q                  do not print the version banner
  --no-specialize     run the generic interpreter only (tier 1 off)
  --no-jit            run no native code (tier 2 off; on by default on amd64
                      and arm64)
  --jit               run hot loops as native code (the default)
  --jit-threshold N   back edges before a loop is compiled (default 50)
  --help              print this help
`

const (
	ps1 = ">>> "
	ps2 = "... "
)

// replCmd runs `pyjit repl`: the prompt reads stdin with line editing when
// it is the terminal (see lineedit.go), else line by line.
func replCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	quiet, specializing, jitOn := false, true, true
	var jitCfg jit.Config
	for i := 0; i < len(args); i++ {
		switch a := args[i]; a {
		case "-q":
			quiet = true
		case "--no-specialize":
			specializing = false
		case "--jit":
			jitOn = true
		case "--no-jit":
			jitOn = false
		case "--jit-threshold":
			n := 0
			if i+1 < len(args) {
				n, _ = strconv.Atoi(args[i+1])
			}
			if n <= 0 {
				fmt.Fprintln(stderr, "pyjit repl: --jit-threshold wants a positive number of back edges")
				return 2
			}
			jitCfg.Threshold = n
			i++
		case "--help":
			fmt.Fprint(stdout, replUsage)
			return 0
		default:
			fmt.Fprintf(stderr, "pyjit repl: unknown argument %s\n", args[i])
			fmt.Fprint(stderr, replUsage)
			return 2
		}
	}
	path := mainPath("")
	path = append(path, envPath()...)
	var src lineSource
	var vmStdin io.Reader
	if f, ok := stdin.(*os.File); ok && f == os.Stdin && lineEditing() {
		vmStdin = f
	} else {
		p := newPipeSource(stdin, stderr)
		src, vmStdin = p, p.rest()
	}
	// On a terminal, what a statement prints shows at once (CPython's
	// stdout is line-buffered there).
	unbuffered := src == nil
	in := vm.New(hostOptions(vm.Options{Stdout: stdout, Stderr: stderr, Stdin: vmStdin, Argv: []string{""}, OrigArgv: os.Args, Path: path,
		Unbuffered: unbuffered, Inspect: pyOpts.inspect, Quiet: quiet, WarnOptions: warnOptions(), XOptions: pyOpts.x}))
	if specializing {
		specialize.Install(in)
	}
	if jitOn {
		if j := jit.Install(in, jitCfg); j != nil {
			defer j.Close()
		}
	}
	in.ApplyWarnOptions(context.Background())
	site := installSiteBuiltins(in)
	main := in.NewModule("__main__")
	if !quiet {
		io.WriteString(stderr, banner(site))
	}
	exit := runStartup(in, main, stderr)
	if exit == nil {
		if src == nil {
			src = newTermSource(in, main)
		}
		exit = interact(in, main, src, stderr)
	}
	in.Finalize()
	if exit == nil {
		return 0
	}
	return in.ExitStatus(exit)
}

// interact runs the statements read from src in module main until the
// input ends (it returns nil) or a statement raises SystemExit (it returns
// that exception).
func interact(in *vm.Interpreter, main *vm.Module, src lineSource, stderr io.Writer) *vm.Exception {
	defer src.Close()
	setPrompts(in)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)

	var stmt statement
	for {
		prompt := promptText(in, "ps1")
		if stmt.open() {
			prompt = promptText(in, "ps2")
		}
		line, err := src.ReadLine(prompt, sigs)
		switch {
		case err == errInterrupted:
			io.WriteString(stderr, "KeyboardInterrupt\n")
			stmt = statement{}
			continue
		case err != nil && stmt.open():
			// End of input at the continuation prompt closes the block,
			// as a blank line does.
			line = ""
		case err != nil:
			return nil
		}
		code, serr, done := stmt.add(line)
		if !done && err != nil {
			// The block cannot end here (an open bracket): drop it.
			stmt = statement{}
			continue
		}
		if !done || code == "" && serr == nil {
			continue
		}
		stop := forwardSignals(sigs, in)
		src.Pause()
		exit := in.RunInteractive(main, []byte(code), serr)
		stop()
		if exit != nil {
			return exit
		}
	}
}

// forwardSignals raises KeyboardInterrupt in the running statement for
// each Ctrl-C, until stop is called.
func forwardSignals(sigs <-chan os.Signal, in *vm.Interpreter) (stop func()) {
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		for {
			select {
			case <-sigs:
				in.Interrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		close(done)
		<-exited
	}
}

// statement gathers the lines of one interactive statement, deciding as
// CPython's prompt does when it is complete: simple statements at the end
// of their last line (unless a bracket, a triple-quoted string or a
// backslash continues them), compound statements at a blank line.
type statement struct {
	lines    []string
	compound bool
}

// open reports whether lines of an unfinished statement are pending.
func (s *statement) open() bool { return len(s.lines) > 0 }

// add takes the next line. When the statement is complete, done is true and
// src is its source (empty for blank input), or err the SyntaxError it
// already has; the statement is then reset.
func (s *statement) add(line string) (src string, err error, done bool) {
	if len(s.lines) == 0 {
		if blankOrComment(line) {
			return "", nil, true
		}
		s.compound = startsCompound(line)
	}
	prev := s.source()
	s.lines = append(s.lines, line)
	src = s.source()
	if s.compound && len(s.lines) > 1 {
		switch {
		case strings.TrimSpace(line) == "":
		case indentOf(line) > 0 || continuesCompound(line, s.lines[:len(s.lines)-1]):
			return "", nil, false
		default:
			prevErr := compileError(prev)
			if incomplete(prevErr) && !strings.Contains(prevErr.Error(), "expected an indented block") {
				return "", nil, false // inside brackets or a string
			}
			if prevErr == nil {
				// A new statement after a complete compound one.
				n := len(s.lines)
				*s = statement{}
				return "", &syntax.Error{Msg: "invalid syntax", Filename: "<stdin>", Line: n, Col: 1,
					EndLine: n, EndCol: 1 + len(firstToken(line)), Text: line + "\n", Kind: "SyntaxError"}, true
			}
		}
		*s = statement{}
		return src, nil, true
	}
	err = compileError(src)
	if incomplete(err) {
		if strings.Contains(err.Error(), "expected an indented block") {
			s.compound = true
		}
		return "", nil, false
	}
	if s.compound && err == nil {
		return "", nil, false // wait for the blank line
	}
	*s = statement{}
	return src, nil, true
}

func (s *statement) source() string {
	if len(s.lines) == 0 {
		return ""
	}
	return strings.Join(s.lines, "\n") + "\n"
}

func compileError(src string) error {
	_, err := compile.Compile("<stdin>", []byte(src), compile.SingleMode)
	return err
}

// incomplete reports whether a compile error only says that more input is
// needed.
func incomplete(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	for _, m := range []string{"was never closed", "unterminated triple-quoted string", "unexpected EOF while parsing", "expected an indented block"} {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

func blankOrComment(line string) bool {
	t := strings.TrimSpace(line)
	return t == "" || strings.HasPrefix(t, "#")
}

func indentOf(line string) int { return len(line) - len(strings.TrimLeft(line, " \t")) }

func firstToken(line string) string {
	t := strings.TrimSpace(line)
	end := strings.IndexFunc(t, func(r rune) bool {
		return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127)
	})
	switch end {
	case -1:
		return t
	case 0:
		return t[:1]
	}
	return t[:end]
}

// startsCompound reports whether a statement's first line opens a compound
// statement, which the prompt ends only at a blank line.
func startsCompound(line string) bool {
	if strings.HasPrefix(strings.TrimSpace(line), "@") {
		return true
	}
	switch firstToken(line) {
	case "if", "for", "while", "def", "class", "with", "try", "async":
		return true
	}
	return false
}

// continuesCompound reports whether an unindented line continues the
// compound statement above it: its else/elif/except/finally clauses, or
// the definition its decorators apply to.
func continuesCompound(line string, above []string) bool {
	switch firstToken(line) {
	case "else", "elif", "except", "finally":
		return true
	case "def", "class", "async", "@":
		return strings.HasPrefix(strings.TrimSpace(above[len(above)-1]), "@")
	}
	return false
}

// inspect opens the prompt after a program has run, as python3 -i does:
// in its __main__ module, after the traceback of the exception that ended
// it (SystemExit too). pipe is where the prompt's lines come from when
// standard input is not a terminal. It returns what ends the session.
func inspect(in *vm.Interpreter, runErr error, pipe *pipeSource, stderr io.Writer) error {
	th := in.Thread()
	if exc, ok := runErr.(*vm.Exception); ok && exc.Type().IsSubtype(vm.SystemExitType) {
		th.PrintException(exc)
		in.Flush()
	}
	var main *vm.Module
	if m, err := th.Import("__main__"); err == nil {
		main, _ = m.Object().(*vm.Module)
	}
	if main == nil {
		main = in.NewModule("__main__")
	}
	var src lineSource = pipe
	if pipe == nil {
		src = newTermSource(in, main)
	}
	if exit := interact(in, main, src, stderr); exit != nil {
		return exit
	}
	return nil
}
