// Package pyjit embeds the pyjit Python runtime in Go programs.
//
// An Interpreter runs Python source in its __main__ module, with tier-1
// specialization on unless Options.NoSpecialize is set. Go code calls
// Python callables (Call, Vectorcall, CallMethod), reads and writes the
// module's globals, converts values both ways (ToValue, ToGo), reads them
// with checked accessors (Value.AsInt64, AsFloat, AsString, AsBytes),
// uses Python's object protocol (GetAttr, GetItem, Len, Iterate, ...) and
// defines built-in functions and modules in CPython's calling
// conventions, which Python calls through the same fast paths as its own
// built-ins; UnpackArgs binds their arguments. For the simple cases, Func
// and ToValue bind plain Go functions and struct pointers by reflection,
// and ExportTo converts a Python value into a Go variable.
//
// Python exceptions reach Go as *Error, with the traceback as CPython would
// print it, and errors.Is matches them with exception classes
// (errors.Is(err, pyjit.KeyError)); errors returned by Go functions reach
// Python as exceptions and come back out, unchanged, for errors.Is and
// errors.As.
//
// For untrusted scripts, every call that runs Python code takes a context
// that cancels it, and Options set a step limit, a memory limit and the
// file system the script may read (none by default). A script stopped by
// any of them returns a *LimitError, which Python code cannot catch, and
// the interpreter stays usable.
//
// An Interpreter is not safe for concurrent use.
package pyjit

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/pyjit/pyjit/jit"
	"github.com/pyjit/pyjit/specialize"
	"github.com/pyjit/pyjit/stdlib"
	"github.com/pyjit/pyjit/vm"
	"github.com/pyjit/pyjit/vm/codecache"
	"github.com/pyjit/pyjit/vm/compile"
)

// Python values and the types of the Go functions Python can call.
type (
	// Value is a Python value (see vm.Value).
	Value = vm.Value
	// Dict is a Python dict.
	Dict = vm.Dict
	// Thread is the thread a Go function is called on; its methods run
	// Python code (Call, CallMethod, GetAttr, …) from inside a call.
	Thread = vm.Thread
	// NoArgsFunc is a Go function taking no arguments (METH_NOARGS).
	NoArgsFunc = vm.NoArgsFunc
	// OneArgFunc is a Go function taking one argument (METH_O).
	OneArgFunc = vm.OneArgFunc
	// FastFunc is a Go function taking positional arguments (METH_FASTCALL).
	FastFunc = vm.FastFunc
	// FastKwFunc is a Go function taking positional and keyword arguments
	// (METH_FASTCALL|METH_KEYWORDS).
	FastKwFunc = vm.FastKwFunc
	// LimitError stops a script that reached a limit of its host.
	LimitError = vm.LimitError
	// Unpacker is a Go variable UnpackArgs can store an argument into.
	Unpacker = vm.Unpacker
)

// Reasons a *LimitError wraps (besides the context's error).
var (
	ErrStepLimit   = vm.ErrStepLimit
	ErrMemoryLimit = vm.ErrMemoryLimit
)

// None is Python's None.
var None = vm.None

// Null is the zero Value, returned with an error.
var Null Value

// Constructors of Python values and Go functions.
var (
	Int            = vm.Int
	Float          = vm.Float
	Bool           = vm.Bool
	String         = vm.String
	NewDict        = vm.NewDict
	NewNoArgsFunc  = vm.NewNoArgsFunc
	NewOneArgFunc  = vm.NewOneArgFunc
	NewFastFunc    = vm.NewFastFunc
	NewFastKwFunc  = vm.NewFastKwFunc
	Callable       = vm.Callable
	ToGo           = vm.ToGo
	UnpackArgs     = vm.UnpackArgs
	HostFileSystem = vm.HostFS{}
)

// Options configure an Interpreter. The zero value is a sandbox: no file
// access, no limits but the recursion limit, no input, output to
// os.Stdout and os.Stderr.
type Options struct {
	// Stdout and Stderr receive the script's output (default os.Stdout
	// and os.Stderr).
	Stdout, Stderr io.Writer
	// Stdin is what sys.stdin and input() read, as UTF-8 text; nil gives
	// the script an empty input (input() raises EOFError).
	Stdin io.Reader
	// Argv is sys.argv.
	Argv []string
	// Path is the module search path, read through FS.
	Path []string
	// FS is the file system imports and open() read (read-only); nil
	// grants no file access. HostFileSystem grants the host's, and with it
	// the os module's calls (files, directories, environment, process);
	// under any other FS they raise PermissionError.
	FS fs.FS
	// Stdlib lends imports CPython 3.11's standard library (the contents
	// of a lib/python3.11 directory), read-only and whatever FS grants.
	// Its modules are found after Path's and pyjit's own. Nil means the
	// library installed on the machine (see StandardLibrary), if any.
	Stdlib fs.FS
	// StdlibDir is Stdlib's name on sys.path and in its modules'
	// __file__ ("<stdlib>" when empty).
	StdlibDir string
	// NoStdlib lends no standard library: only pyjit's own modules and
	// those the host provides can be imported.
	NoStdlib bool
	// CodeCacheDir, if set, keeps the compiled code of imported modules
	// in files under that directory (at each module's path, as
	// CPython's PYTHONPYCACHEPREFIX), so that later processes load it
	// rather than compile the module again; the directory is written
	// whatever FS grants. Without it, the code is cached in memory for
	// the life of the process and shared by its interpreters. A cached
	// module behaves exactly as one compiled anew.
	CodeCacheDir string
	// NoCodeCache compiles every imported module anew.
	NoCodeCache bool
	// NoSpecialize runs the generic interpreter, without tier 1.
	NoSpecialize bool
	// JIT runs hot loops as native code (tier 2; amd64 and arm64, ignored
	// elsewhere). The interpreter's Close frees the code.
	JIT bool
	// JITThreshold is how many times a loop's back edge runs before the
	// loop is compiled (default 50).
	JITThreshold int
	// RecursionLimit is the depth of Python calls (default 1000); Go
	// functions calling back into Python count in it.
	RecursionLimit int
	// MaxRecursionLimit is the most a script can raise the recursion
	// limit to with sys.setrecursionlimit (a larger request sets this);
	// it defaults to RecursionLimit.
	MaxRecursionLimit int
	// NestingLimit bounds how deeply Go code nests on the Go stack
	// (builtins and special methods calling back into Python, iterators
	// wrapping iterators, repr of nested containers); past it a script
	// gets RecursionError. Scripts cannot change it. Zero means
	// vm.DefaultNestingLimit; each level takes a few kilobytes of stack.
	NestingLimit int
	// StepLimit, if positive, stops each call into Python after that many
	// steps (loop iterations and calls of Python functions).
	StepLimit int64
	// MemoryLimit, if positive, stops each call into Python whose heap
	// grows by more than that many bytes. The heap measured is the
	// process's Go heap, polled every millisecond.
	MemoryLimit int64
}

// StandardLibrary finds CPython 3.11's standard library installed on the
// machine (PYJIT_STDLIB, Debian's /usr/lib/python3.11, ...) and returns it
// for Options.Stdlib, with its directory for Options.StdlibDir. ok is
// false when there is none.
func StandardLibrary() (lib fs.FS, dir string, ok bool) {
	dir, ok = stdlib.Find()
	if !ok {
		return nil, "", false
	}
	return os.DirFS(dir), dir, true
}

// Interpreter is an isolated Python runtime with a __main__ module.
type Interpreter struct {
	vm   *vm.Interpreter
	main *vm.Module
	jit  *jit.JIT
}

// New creates an interpreter.
func New(opts Options) *Interpreter {
	lib, libDir := opts.Stdlib, opts.StdlibDir
	if lib == nil && !opts.NoStdlib {
		lib, libDir, _ = StandardLibrary()
	}
	if opts.NoStdlib {
		lib, libDir = nil, ""
	}
	in := &Interpreter{vm: vm.New(vm.Options{
		Stdout:            opts.Stdout,
		Stderr:            opts.Stderr,
		Stdin:             opts.Stdin,
		Argv:              opts.Argv,
		Path:              opts.Path,
		FS:                opts.FS,
		Stdlib:            lib,
		StdlibDir:         libDir,
		RecursionLimit:    opts.RecursionLimit,
		MaxRecursionLimit: max(opts.MaxRecursionLimit, opts.RecursionLimit, 1000),
		NestingLimit:      opts.NestingLimit,
		StepLimit:         opts.StepLimit,
		MemoryLimit:       opts.MemoryLimit,
		CodeCache:         codeCache(opts),
	})}
	if !opts.NoSpecialize {
		specialize.Install(in.vm)
	}
	if opts.JIT {
		in.jit = jit.Install(in.vm, jit.Config{Threshold: opts.JITThreshold})
	}
	in.main = in.vm.NewModule("__main__")
	return in
}

// memoryCache is the code cache the process's interpreters share by
// default.
var memoryCache codecache.Memory

// codeCache is the code cache opts ask for.
func codeCache(opts Options) codecache.Cache {
	switch {
	case opts.NoCodeCache:
		return nil
	case opts.CodeCacheDir != "":
		return &codecache.Dir{Prefix: opts.CodeCacheDir}
	}
	return &memoryCache
}

// VM returns the underlying interpreter, for what this package does not
// cover (statistics, profiling hooks).
func (in *Interpreter) VM() *vm.Interpreter { return in.vm }

// run runs f under ctx and the limits, flushes the script's output, and
// turns a Python exception into an *Error.
func (in *Interpreter) run(ctx context.Context, f func(th *Thread) error) error {
	var traceback, line string
	err := in.vm.Run(ctx, func(th *Thread) error {
		if _, err := th.Import("sys"); err != nil {
			return err
		}
		err := f(th)
		var exc *vm.Exception
		if errors.As(err, &exc) {
			// Formatting runs the exception's __str__: under the same
			// limits as the script.
			var ferr error
			if traceback, line, ferr = th.FormatExceptionLine(exc); ferr != nil {
				return ferr
			}
		}
		return err
	})
	in.vm.Flush()
	var exc *vm.Exception
	if errors.As(err, &exc) {
		return &Error{Exception: exc, Traceback: traceback, line: line}
	}
	return err
}

// Exec runs Python source in the __main__ module. filename appears in
// tracebacks.
func (in *Interpreter) Exec(ctx context.Context, filename, src string) error {
	return in.run(ctx, func(th *Thread) error {
		co, err := in.vm.Compile(filename, []byte(src), compile.ExecMode)
		if err != nil {
			return err
		}
		_, err = th.ExecCode(co, in.main.Dict, in.main.Dict)
		return err
	})
}

// Close ends the interpreter as Python's shutdown does: it calls the
// functions registered with atexit, newest first, then the finalizers
// (__del__ methods, the closing of suspended generators) of the objects
// that need them, under ctx and the limits. Exceptions they raise are
// reported on stderr, not returned; a limit that stops them is. The
// interpreter must not be used afterwards.
func (in *Interpreter) Close(ctx context.Context) error {
	err := in.run(ctx, func(th *Thread) error { return in.vm.Finalize() })
	if in.jit != nil {
		in.vm.SetJIT(nil)
		in.jit.Close()
		in.jit = nil
	}
	return err
}

// Eval evaluates a Python expression in the __main__ module.
func (in *Interpreter) Eval(ctx context.Context, expr string) (Value, error) {
	var result Value
	err := in.run(ctx, func(th *Thread) error {
		co, err := in.vm.Compile("<string>", []byte(expr), compile.EvalMode)
		if err != nil {
			return err
		}
		result, err = th.ExecCode(co, in.main.Dict, in.main.Dict)
		return err
	})
	return result, err
}

// Import imports a module, as `import name` does, and returns it.
func (in *Interpreter) Import(ctx context.Context, name string) (Value, error) {
	var m Value
	err := in.run(ctx, func(th *Thread) (err error) {
		m, err = th.Import(name)
		return err
	})
	return m, err
}

// Global returns a global variable of the __main__ module.
func (in *Interpreter) Global(name string) (Value, bool) { return in.main.Dict.GetStr(name) }

// SetGlobal sets a global variable of the __main__ module; Null sets
// it to None, as ToValue converts it.
func (in *Interpreter) SetGlobal(name string, v Value) {
	if v.IsNull() {
		v = None
	}
	in.main.Dict.SetStr(name, v)
}

// Call calls callable(*args, **kwargs), as CPython's PyObject_Call;
// kwargs may be nil.
func (in *Interpreter) Call(ctx context.Context, callable Value, args []Value, kwargs *Dict) (Value, error) {
	if err := checkValues(append([]Value{callable}, args...)...); err != nil {
		return Null, err
	}
	var result Value
	err := in.run(ctx, func(th *Thread) (err error) {
		result, err = th.CallKw(callable, args, kwargs)
		return err
	})
	return result, err
}

// Vectorcall calls callable with args holding the positional arguments
// followed by the values of the keyword arguments named by kwnames, as
// CPython's PyObject_Vectorcall. This is the form calls take inside the
// interpreter: no dict is built.
func (in *Interpreter) Vectorcall(ctx context.Context, callable Value, args []Value, kwnames []string) (Value, error) {
	if err := checkValues(append([]Value{callable}, args...)...); err != nil {
		return Null, err
	}
	if len(kwnames) > len(args) {
		return Null, errors.New("pyjit: Vectorcall has more keyword names than arguments")
	}
	var result Value
	err := in.run(ctx, func(th *Thread) (err error) {
		result, err = th.Call(callable, args, kwnames)
		return err
	})
	return result, err
}

// CallMethod calls obj.name(*args).
func (in *Interpreter) CallMethod(ctx context.Context, obj Value, name string, args ...Value) (Value, error) {
	if err := checkValues(append([]Value{obj}, args...)...); err != nil {
		return Null, err
	}
	var result Value
	err := in.run(ctx, func(th *Thread) (err error) {
		result, err = th.CallMethod(obj, name, args...)
		return err
	})
	return result, err
}

// DefineBuiltin makes v visible under name in every module, like the
// functions of Python's builtins module.
func (in *Interpreter) DefineBuiltin(name string, v Value) { in.vm.DefineBuiltin(name, v) }

// DefineModule registers a module with the given members, which Python
// code imports by name.
func (in *Interpreter) DefineModule(name string, members map[string]Value) {
	in.vm.DefineModule(name, members)
}
