package vm

// Running statements typed at the interactive prompt.

import (
	"github.com/pyjit/pyjit/vm/compile"
	"github.com/pyjit/pyjit/vm/syntax"
)

// RunInteractive compiles and runs one statement typed at the interactive
// prompt in module m, as CPython's REPL does: an expression's value is
// echoed and kept in builtins._, and an exception's traceback is printed
// to stderr. It returns only a SystemExit, which ends the session. err may
// instead carry the *syntax.Error the caller already found in src.
func (in *Interpreter) RunInteractive(m *Module, src []byte, err error) *Exception {
	th := in.main
	if err == nil {
		_, err = th.importModule("sys")
	}
	if err == nil {
		err = in.runGuarded(func() error {
			co, err := in.Compile("<stdin>", src, compile.SingleMode)
			if err != nil {
				return err
			}
			_, err = th.ExecCode(co, m.Dict, m.Dict)
			return err
		})
	}
	in.Flush()
	if err == nil {
		return nil
	}
	if se, ok := err.(*syntax.Error); ok {
		err = in.syntaxErrorFrom(se)
	}
	exc := asException(err)
	if exc.typ.IsSubtype(SystemExitType) {
		return exc
	}
	th.PrintException(exc)
	return nil
}
