package main

// What CPython's site module adds: the builtins exit, quit, help,
// copyright, credits and license, and the PYTHONSTARTUP file run before
// the first prompt.

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/compile"
)

// siteBuiltins is Python that defines exit, quit, help, copyright,
// credits and license as site.py does (site.setquit, sethelper and
// setcopyright), with the objects of CPython's own _sitebuiltins module.
// _Printer's constructor imports os, which python3 has imported by then
// but a pyjit program may never need (it would be most of the start-up):
// printer makes the same objects without it.
const siteBuiltins = `
import builtins, sys, _sitebuiltins
builtins.exit = _sitebuiltins.Quitter('exit', 'Ctrl-D (i.e. EOF)')
builtins.quit = _sitebuiltins.Quitter('quit', 'Ctrl-D (i.e. EOF)')
builtins.help = _sitebuiltins._Helper()

def printer(name, data, files=(), dirs=()):
    p = object.__new__(_sitebuiltins._Printer)
    p._Printer__name = name
    p._Printer__data = data
    p._Printer__lines = None
    p._Printer__filenames = [(dir if dir.endswith('/') else dir + '/') + file for dir in dirs for file in files]
    return p

builtins.copyright = printer('copyright', sys.copyright)
builtins.credits = printer('credits', """\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
files, dirs = [], []
here = sys._stdlib_dir
if here:
    files = ['LICENSE.txt', 'LICENSE']
    dirs = [(here if here.endswith('/') else here + '/') + '..', here, '.']
builtins.license = printer('license', 'See https://www.python.org/psf/license/', files, dirs)
`

// installSiteBuiltins defines exit, quit, help, copyright, credits and
// license as CPython's site module does. It reports whether it could: it
// cannot without CPython's library (then exit and quit stay pyjit's
// functions, and the others undefined) or under -S.
func installSiteBuiltins(in *vm.Interpreter) bool {
	if pyOpts.flags.NoSite {
		return false
	}
	co, err := in.Compile("<site>", []byte(siteBuiltins), compile.ExecMode)
	if err != nil {
		return false
	}
	g := vm.NewDict()
	err = in.Run(context.Background(), func(th *vm.Thread) error {
		b, err := th.Import("builtins")
		if err != nil {
			return err
		}
		g.SetStr("__builtins__", b)
		_, err = th.ExecCode(co, g, g)
		return err
	})
	return err == nil
}

// banner is what the prompt prints first (unless -q).
func banner(site bool) string {
	if site {
		return version + "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"
	}
	return version + "\nType exit() or Ctrl-D to leave.\n"
}

// runStartup runs the file PYTHONSTARTUP names in module main, as python3
// does before the first prompt of an interactive session without a
// program: an exception in it is printed and the session goes on, but a
// SystemExit ends it (it is returned).
func runStartup(in *vm.Interpreter, main *vm.Module, stderr io.Writer) *vm.Exception {
	name := pyEnv("PYTHONSTARTUP")
	if name == "" {
		return nil
	}
	src, readErr := os.ReadFile(name)
	if readErr != nil {
		// Python's open() says why, in CPython's words.
		err := in.Run(context.Background(), func(th *vm.Thread) error {
			open, _ := in.Builtin("open")
			_, err := th.Call(open, []vm.Value{vm.String(name)}, nil)
			return err
		})
		if err == nil {
			err = readErr
		}
		fmt.Fprintf(stderr, "Could not open PYTHONSTARTUP\n%s\n", err)
		return nil
	}
	co, err := in.Compile(name, src, compile.ExecMode)
	if err == nil {
		err = in.Run(context.Background(), func(th *vm.Thread) error {
			_, err := th.ExecCode(co, main.Dict, main.Dict)
			return err
		})
	}
	if err != nil {
		return in.RunInteractive(main, nil, err)
	}
	return nil
}

// setPrompts sets sys.ps1 and sys.ps2, which python3 defines in an
// interactive session, unless the program has set them.
func setPrompts(in *vm.Interpreter) {
	m, err := in.Thread().Import("sys")
	if err != nil {
		return
	}
	sys, ok := m.Object().(*vm.Module)
	if !ok {
		return
	}
	for name, p := range map[string]string{"ps1": ps1, "ps2": ps2} {
		if _, ok := sys.Dict.GetStr(name); !ok {
			sys.Dict.SetStr(name, vm.String(p))
		}
	}
}

// promptText is the prompt sys.ps1 or sys.ps2 (name) asks for, as
// CPython's prompt reads it before each line: str() of its value, or ""
// when it is not set or str() fails.
func promptText(in *vm.Interpreter, name string) string {
	m, err := in.Thread().Import("sys")
	if err != nil {
		return ""
	}
	sys, ok := m.Object().(*vm.Module)
	if !ok {
		return ""
	}
	v, ok := sys.Dict.GetStr(name)
	if !ok {
		return ""
	}
	var s string
	err = in.Run(context.Background(), func(th *vm.Thread) error {
		s, err = th.Str(v)
		return err
	})
	if err != nil {
		return ""
	}
	return s
}
