package vm

// The Go side of the call protocol: Go functions callable from Python in
// CPython's calling conventions, calls from Go into Python, and the
// conversion of errors between the two.

import (
	"context"
	"errors"
	"io/fs"
)

// Go functions callable from Python, one type per calling convention of
// CPython's built-in functions. th is the calling thread, through which
// the function can call back into Python.
type (
	// NoArgsFunc takes no arguments (METH_NOARGS).
	NoArgsFunc func(th *Thread) (Value, error)
	// OneArgFunc takes exactly one positional argument (METH_O).
	OneArgFunc func(th *Thread, arg Value) (Value, error)
	// FastFunc takes positional arguments (METH_FASTCALL).
	FastFunc func(th *Thread, args []Value) (Value, error)
	// FastKwFunc takes positional arguments followed by the values of the
	// keyword arguments named by kwnames (METH_FASTCALL|METH_KEYWORDS).
	FastKwFunc func(th *Thread, args []Value, kwnames []string) (Value, error)
)

// NewNoArgsFunc returns a built-in function named name that calls fn.
// Python sees it as a builtin_function_or_method, and calls to it take the
// interpreter's built-in call paths (specialized at tier 1).
func NewNoArgsFunc(name string, fn NoArgsFunc) Value {
	return goBuiltin(name, func(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		if len(args) != 0 {
			return Null, Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
		}
		return fromGo(fn(th))
	})
}

// NewOneArgFunc returns a built-in function of one positional argument.
func NewOneArgFunc(name string, fn OneArgFunc) Value {
	return goBuiltin(name, func(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) != 0 {
			return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return fromGo(fn(th, args[0]))
	})
}

// NewFastFunc returns a built-in function of positional arguments.
func NewFastFunc(name string, fn FastFunc) Value {
	return goBuiltin(name, func(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) != 0 {
			return Null, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		return fromGo(fn(th, args))
	})
}

// NewFastKwFunc returns a built-in function of positional and keyword
// arguments.
func NewFastKwFunc(name string, fn FastKwFunc) Value {
	return goBuiltin(name, func(th *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		return fromGo(fn(th, args, kwnames))
	})
}

func goBuiltin(name string, fn BuiltinFunc) Value {
	return Obj(&Builtin{Name: name, Fn: fn})
}

func fromGo(v Value, err error) (Value, error) {
	if err != nil {
		return Null, FromGoError(err)
	}
	if v.o == nil {
		// A Go function that returns the zero Value returns None.
		return None, nil
	}
	return v, nil
}

// FromGoError converts an error returned by Go code called from Python
// into what Python sees: a Python exception passes through (also when
// wrapped), a *LimitError keeps stopping the script, fs errors become the
// matching OSError subclass, and any other error a RuntimeError carrying
// the Go error, which errors.Unwrap returns if it reaches Go again.
func FromGoError(err error) error {
	var exc *Exception
	var le *LimitError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &le):
		return le
	case errors.As(err, &exc):
		return exc
	}
	var e *Exception
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe):
		e = fileError(pe.Err, pe.Path)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		e = NewException(TimeoutErrorType, String(err.Error()))
	default:
		e = NewException(RuntimeErrorType, String(err.Error()))
	}
	e.goErr = err
	return e
}

// Unwrap returns the Go error a Go function returned, for exceptions made
// by FromGoError.
func (e *Exception) Unwrap() error { return e.goErr }

// Callable reports whether v can be called, as Python's callable().
func Callable(v Value) bool { return (*Thread)(nil).callable(v) }

// CallKw calls callable with positional arguments and the items of
// kwargs (which may be nil) as keyword arguments, as Python's
// callable(*args, **kwargs).
func (th *Thread) CallKw(callable Value, args []Value, kwargs *Dict) (Value, error) {
	if kwargs == nil || kwargs.Len() == 0 {
		return th.Call(callable, args, nil)
	}
	all := make([]Value, len(args), len(args)+kwargs.Len())
	copy(all, args)
	kwnames := make([]string, 0, kwargs.Len())
	var err error
	kwargs.Items(func(k, v Value) bool {
		s, ok := unwrap(k).o.(*Str)
		if !ok {
			err = Errorf(TypeErrorType, "keywords must be strings")
			return false
		}
		kwnames = append(kwnames, s.s)
		all = append(all, v)
		return true
	})
	if err != nil {
		return Null, err
	}
	return th.Call(callable, all, kwnames)
}

// CallMethod calls obj.name(*args).
func (th *Thread) CallMethod(obj Value, name string, args ...Value) (Value, error) {
	m, err := th.GetAttr(obj, NewStr(name))
	if err != nil {
		return Null, err
	}
	return th.Call(m, args, nil)
}

// DefineBuiltin adds (or replaces) a name in the builtins module, visible
// to every module of the interpreter.
func (in *Interpreter) DefineBuiltin(name string, v Value) { in.builtins.SetStr(name, v) }

// DefineModule registers a module whose members are defined in Go; Python
// code imports it by name.
func (in *Interpreter) DefineModule(name string, members map[string]Value) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", String(name))
	m.Dict.SetStr("__doc__", None)
	setModuleImportAttrs(m.Dict)
	for k, v := range members {
		if b, ok := v.o.(*Builtin); ok && b.mod == "" {
			b.mod = name
		}
		m.Dict.SetStr(k, v)
	}
	in.modules.SetStr(name, Obj(m))
	return m
}

// Import imports a module by its absolute name, as `import name` does,
// and returns it.
func (th *Thread) Import(name string) (Value, error) { return th.importModule(name) }

// String formats v as str() does, for Go's fmt. It runs no Python code:
// objects whose str() would call a __str__ or __repr__ written in Python
// show as <type object>.
func (v Value) String() string { return strNoThread(v) }
