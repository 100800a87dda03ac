package pyjit

// Python exceptions on the Go side: the *Error that reaches Go, the
// exception classes errors.Is matches, and Errorf for Go functions.

import "github.com/pyjit/pyjit/vm"

// ExceptionClass is a Python exception class as a Go error value:
// errors.Is(err, pyjit.KeyError) reports whether err is (or wraps) a
// Python KeyError or an instance of a subclass of KeyError, as
// `except KeyError:` would decide.
type ExceptionClass = vm.ExceptionClass

// ClassOf returns a Python exception class (a class defined in Python
// included) as an ExceptionClass; ok is false when v is not a subclass of
// BaseException.
func ClassOf(v Value) (c *ExceptionClass, ok bool) {
	t, isType := v.Object().(*vm.Type)
	if !isType {
		return nil, false
	}
	return vm.ClassOf(t)
}

// builtinClass returns the ExceptionClass of a builtin exception type.
func builtinClass(t *vm.Type) *ExceptionClass {
	c, _ := vm.ClassOf(t)
	return c
}

// The builtin exception classes, for errors.Is and Errorf.
var (
	BaseException       = builtinClass(vm.BaseExceptionType)
	Exception           = builtinClass(vm.ExceptionType)
	ArithmeticError     = builtinClass(vm.ArithmeticErrorType)
	AssertionError      = builtinClass(vm.AssertionErrorType)
	AttributeError      = builtinClass(vm.AttributeErrorType)
	EOFError            = builtinClass(vm.EOFErrorType)
	FileExistsError     = builtinClass(vm.FileExistsErrorType)
	FileNotFoundError   = builtinClass(vm.FileNotFoundErrorType)
	ImportError         = builtinClass(vm.ImportErrorType)
	IndexError          = builtinClass(vm.IndexErrorType)
	IsADirectoryError   = builtinClass(vm.IsADirectoryErrorType)
	KeyError            = builtinClass(vm.KeyErrorType)
	KeyboardInterrupt   = builtinClass(vm.KeyboardInterruptType)
	LookupError         = builtinClass(vm.LookupErrorType)
	MemoryError         = builtinClass(vm.MemoryErrorType)
	ModuleNotFoundError = builtinClass(vm.ModuleNotFoundErrorType)
	NameError           = builtinClass(vm.NameErrorType)
	NotADirectoryError  = builtinClass(vm.NotADirectoryErrorType)
	NotImplementedError = builtinClass(vm.NotImplementedErrorType)
	OSError             = builtinClass(vm.OSErrorType)
	OverflowError       = builtinClass(vm.OverflowErrorType)
	PermissionError     = builtinClass(vm.PermissionErrorType)
	RecursionError      = builtinClass(vm.RecursionErrorType)
	RuntimeError        = builtinClass(vm.RuntimeErrorType)
	StopIteration       = builtinClass(vm.StopIterationType)
	SyntaxError         = builtinClass(vm.SyntaxErrorType)
	SystemError         = builtinClass(vm.SystemErrorType)
	SystemExit          = builtinClass(vm.SystemExitType)
	TimeoutError        = builtinClass(vm.TimeoutErrorType)
	TypeError           = builtinClass(vm.TypeErrorType)
	UnboundLocalError   = builtinClass(vm.UnboundLocalErrorType)
	UnicodeError        = builtinClass(vm.UnicodeErrorType)
	UnicodeDecodeError  = builtinClass(vm.UnicodeDecodeErrorType)
	UnicodeEncodeError  = builtinClass(vm.UnicodeEncodeErrorType)
	ValueError          = builtinClass(vm.ValueErrorType)
	ZeroDivisionError   = builtinClass(vm.ZeroDivisionErrorType)
)

// Errorf returns a Python exception of class c with a formatted message,
// for Go functions to raise:
//
//	return pyjit.Null, pyjit.Errorf(pyjit.ValueError, "bad %d", n)
//
// A nil c raises RuntimeError.
func Errorf(c *ExceptionClass, format string, args ...any) error {
	t := c.Type()
	if t == nil {
		t = vm.RuntimeErrorType
	}
	return vm.Errorf(t, format, args...)
}

// Error is a Python exception that reached Go. errors.Is(err, class)
// matches it with its class and the classes it derives from; errors.As
// finds it, its *vm.Exception, and the Go error a Go function returned
// if that is what raised it.
type Error struct {
	// Exception is the Python exception object.
	Exception *vm.Exception
	// Traceback is the exception with its traceback, as CPython prints it.
	Traceback string
	// line is the traceback's "Type: message" line.
	line string
}

// Error returns the line of the traceback that names the exception's
// class and message, as CPython prints it ("KeyError: 'k'",
// "mod.MyError: it failed"): the last line of the traceback, unless the
// exception has notes, which CPython prints after it.
func (e *Error) Error() string {
	switch {
	case e == nil || e.Exception == nil:
		return "pyjit: Error without an exception"
	case e.line != "":
		return e.line
	}
	return e.Exception.Error()
}

// Unwrap returns the Python exception, whose own Unwrap returns the Go
// error it stands for when a Go function raised it.
func (e *Error) Unwrap() error {
	if e == nil || e.Exception == nil {
		return nil
	}
	return e.Exception
}

// Class returns the exception's class (nil if e holds no exception).
func (e *Error) Class() *ExceptionClass {
	if e == nil || e.Exception == nil {
		return nil
	}
	c, _ := vm.ClassOf(e.Exception.Type())
	return c
}

// TypeName is the name of the exception's class ("ValueError"; "" if e
// holds no exception).
func (e *Error) TypeName() string {
	if e == nil || e.Exception == nil {
		return ""
	}
	return e.Exception.Type().Name
}
