package pyjit_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pyjit/pyjit"
	"github.com/pyjit/pyjit/vm"
)

const errorsSetup = `
class Qualified(ValueError): pass
Qualified.__module__ = 'pkg.mod'
class MyKeyError(KeyError): pass
class Loud(Exception):
    def __str__(self):
        return 'LOUD ' + self.args[0]
def noted():
    e = ValueError('with a note')
    e.add_note('the note')
    raise e
def chained():
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
`

func TestErrorsIs(t *testing.T) {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	if err := in.Exec(ctx, "setup.py", errorsSetup); err != nil {
		t.Fatal(err)
	}
	myKeyError, _ := in.Global("MyKeyError")
	myClass, ok := pyjit.ClassOf(myKeyError)
	if !ok {
		t.Fatal("ClassOf(MyKeyError) not ok")
	}
	for _, tc := range []struct {
		src   string
		line  string                  // Error()
		is    []*pyjit.ExceptionClass // errors.Is true
		isNot []*pyjit.ExceptionClass // errors.Is false
	}{
		{"{}['k']", "KeyError: 'k'",
			[]*pyjit.ExceptionClass{pyjit.KeyError, pyjit.LookupError, pyjit.Exception, pyjit.BaseException},
			[]*pyjit.ExceptionClass{pyjit.IndexError, pyjit.ValueError, myClass}},
		{"raise MyKeyError('m')", "MyKeyError: 'm'",
			[]*pyjit.ExceptionClass{myClass, pyjit.KeyError, pyjit.LookupError},
			[]*pyjit.ExceptionClass{pyjit.IndexError}},
		{"[][1]", "IndexError: list index out of range",
			[]*pyjit.ExceptionClass{pyjit.IndexError, pyjit.LookupError},
			[]*pyjit.ExceptionClass{pyjit.KeyError}},
		{"1/0", "ZeroDivisionError: division by zero",
			[]*pyjit.ExceptionClass{pyjit.ZeroDivisionError, pyjit.ArithmeticError},
			[]*pyjit.ExceptionClass{pyjit.OverflowError}},
		{"raise Loud('x')", "Loud: LOUD x",
			[]*pyjit.ExceptionClass{pyjit.Exception},
			[]*pyjit.ExceptionClass{pyjit.KeyError}},
		{"raise Qualified('q')", "pkg.mod.Qualified: q",
			[]*pyjit.ExceptionClass{pyjit.ValueError},
			[]*pyjit.ExceptionClass{pyjit.TypeError}},
		{"noted()", "ValueError: with a note",
			[]*pyjit.ExceptionClass{pyjit.ValueError},
			nil},
		{"chained()", "RuntimeError: wrapped",
			[]*pyjit.ExceptionClass{pyjit.RuntimeError},
			[]*pyjit.ExceptionClass{pyjit.KeyError}},
		{"raise SystemExit(3)", "SystemExit: 3",
			[]*pyjit.ExceptionClass{pyjit.SystemExit, pyjit.BaseException},
			[]*pyjit.ExceptionClass{pyjit.Exception}},
		{"1 +", "SyntaxError: invalid syntax",
			[]*pyjit.ExceptionClass{pyjit.SyntaxError},
			nil},
	} {
		err := in.Exec(ctx, "<test>", tc.src)
		var pe *pyjit.Error
		if !errors.As(err, &pe) {
			t.Errorf("%s: %v is not a *pyjit.Error", tc.src, err)
			continue
		}
		if err.Error() != tc.line {
			t.Errorf("%s: Error() = %q, want %q", tc.src, err.Error(), tc.line)
		}
		if !strings.Contains(pe.Traceback, tc.line+"\n") {
			t.Errorf("%s: traceback has no line %q:\n%s", tc.src, tc.line, pe.Traceback)
		}
		for _, c := range tc.is {
			if !errors.Is(err, c) {
				t.Errorf("%s: errors.Is(err, %v) = false", tc.src, c)
			}
		}
		for _, c := range tc.isNot {
			if errors.Is(err, c) {
				t.Errorf("%s: errors.Is(err, %v) = true", tc.src, c)
			}
		}
	}
}

func TestErrorsFromGo(t *testing.T) {
	ctx := context.Background()
	in := pyjit.New(pyjit.Options{})
	errMissing := errors.New("missing")
	in.DefineBuiltin("fail", pyjit.NewOneArgFunc("fail", func(th *pyjit.Thread, arg pyjit.Value) (pyjit.Value, error) {
		s, _ := arg.AsString()
		if s == "go" {
			return pyjit.Null, errMissing
		}
		return pyjit.Null, pyjit.Errorf(pyjit.KeyError, "no %s", s)
	}))
	in.DefineBuiltin("call", pyjit.NewOneArgFunc("call", func(th *pyjit.Thread, f pyjit.Value) (pyjit.Value, error) {
		_, err := th.Call(f, nil, nil)
		// Inside a Go function the exception is a *vm.Exception, which
		// errors.Is matches with the classes too.
		if errors.Is(err, pyjit.LookupError) {
			return pyjit.String("caught"), nil
		}
		return pyjit.Null, err
	}))
	err := in.Exec(ctx, "<test>", "fail('x')")
	if !errors.Is(err, pyjit.KeyError) || err.Error() != "KeyError: 'no x'" {
		t.Errorf("Errorf(KeyError): %v", err)
	}
	err = in.Exec(ctx, "<test>", "fail('go')")
	if !errors.Is(err, errMissing) || !errors.Is(err, pyjit.RuntimeError) || err.Error() != "RuntimeError: missing" {
		t.Errorf("a Go error: %v", err)
	}
	v, err := in.Eval(ctx, "call(lambda: {}[1])")
	if s, _ := v.AsString(); err != nil || s != "caught" {
		t.Errorf("errors.Is on a *vm.Exception: %v, %v", v, err)
	}
	if err := pyjit.Errorf(nil, "x"); !errors.Is(err, pyjit.RuntimeError) {
		t.Errorf("Errorf(nil): %v", err)
	}
}

func TestErrorZeroValues(t *testing.T) {
	var nilErr *pyjit.Error
	zero := &pyjit.Error{}
	for _, e := range []*pyjit.Error{nilErr, zero} {
		if e.Error() == "" || e.TypeName() != "" || e.Class() != nil || e.Unwrap() != nil || errors.Is(e, pyjit.KeyError) {
			t.Errorf("%#v misbehaves", e)
		}
	}
	var nilClass *pyjit.ExceptionClass
	if nilClass.Error() == "" || nilClass.Type() != nil || !nilClass.Value().IsNull() || errors.Is(pyjit.KeyError, nilClass) {
		t.Error("a nil *ExceptionClass misbehaves")
	}
	var nilExc *vm.Exception
	if nilExc.Is(pyjit.KeyError) {
		t.Error("a nil *vm.Exception is a KeyError")
	}
	if _, ok := pyjit.ClassOf(pyjit.Null); ok {
		t.Error("ClassOf(Null) ok")
	}
	if _, ok := pyjit.ClassOf(pyjit.Int(1)); ok {
		t.Error("ClassOf(1) ok")
	}
	if c, ok := pyjit.ClassOf(pyjit.KeyError.Value()); !ok || !errors.Is(c, pyjit.KeyError) || c.Error() != "KeyError" {
		t.Error("ClassOf(KeyError)")
	}
}
