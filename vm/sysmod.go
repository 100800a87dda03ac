package vm

// The sys module and the text streams behind sys.stdin, sys.stdout and
// sys.stderr (the reading side is in stdin.go).

import (
	"bufio"
	"io"
	"math"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/pyjit/pyjit/vm/codecache"
)

// TextStream is a standard stream: sys.stdout and sys.stderr write to a
// Go writer, sys.stdin reads from the interpreter's buffered input.
type TextStream struct {
	w      io.Writer
	r      *bufio.Reader // sys.stdin's input; nil for the output streams
	name   string
	in     *Interpreter
	closed bool
	buffer *StdBuffer // the binary layer, made when first asked for
}

// Type implements Object.
func (*TextStream) Type() *Type { return TextStreamType }

// TextStreamType is the type of sys.stdin, sys.stdout and sys.stderr.
var TextStreamType *Type

// textStreamOnce creates TextStreamType once for all interpreters.
var textStreamOnce sync.Once

func initTextStreamType() { textStreamOnce.Do(newTextStreamType) }

func newTextStreamType() {
	t := newBuiltinType("TextIOWrapper", ObjectType)
	t.Dict.SetStr("__module__", String("_io"))
	// Streams are made only by the runtime: TextIOWrapper() and its
	// subclasses need a buffer, which pyjit does not offer.
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "TextIOWrapper() missing required argument 'buffer' (pos 1)")
	}}))
	method(t, "write", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Null, Errorf(TypeErrorType, "write() takes exactly one argument (%d given)", len(args))
		}
		s, ok := unwrap(args[0]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
		}
		ts := self.o.(*TextStream)
		if ts.r != nil && !ts.closed {
			return Null, th.ioUnsupported("not writable")
		}
		if err := th.encodedWrite(ts, s); err != nil {
			return Null, err
		}
		return Int(int64(s.Len())), nil
	})
	method(t, "writelines", ioBaseWritelines)
	method(t, "flush", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, self.o.(*TextStream).in.flushStdout()
	})
	method(t, "isatty", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		ts := self.o.(*TextStream)
		return Bool(ts.r != nil && ts.in.stdinIsTerminal()), nil
	})
	method(t, "writable", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Bool(self.o.(*TextStream).r == nil), nil
	})
	method(t, "fileno", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		switch self.o.(*TextStream).name {
		case "<stdin>":
			return Int(0), nil
		case "<stderr>":
			return Int(2), nil
		}
		return Int(1), nil
	})
	textStreamReading(t)
	getset(t, "name", func(th *Thread, v Value) (Value, error) { return String(v.o.(*TextStream).name), nil })
	getset(t, "buffer", func(th *Thread, v Value) (Value, error) {
		ts := v.o.(*TextStream)
		if ts.buffer == nil {
			ts.buffer = &StdBuffer{ts: ts}
		}
		return Obj(ts.buffer), nil
	})
	getset(t, "encoding", func(th *Thread, v Value) (Value, error) { return String(v.o.(*TextStream).in.stdio.name()), nil })
	getset(t, "errors", func(th *Thread, v Value) (Value, error) { return String(v.o.(*TextStream).errors()), nil })
	TextStreamType = t
}

func (ts *TextStream) write(s string) error {
	if ts.name == "<stderr>" {
		ts.in.stdout.Flush()
		_, err := io.WriteString(ts.w, s)
		return streamError(err)
	}
	_, err := ts.in.stdout.WriteString(s)
	if err == nil && ts.in.unbuffered {
		err = ts.in.stdout.Flush()
	}
	return streamError(err)
}

// flushStdout writes out what sys.stdout holds.
func (in *Interpreter) flushStdout() error { return streamError(in.stdout.Flush()) }

// streamError is the OSError of a standard stream's failed write (a
// BrokenPipeError once the reader of a pipe is gone), or nil.
func streamError(err error) error {
	if err == nil {
		return nil
	}
	return osError(err, Null, Null)
}

// errors is the error handler of the stream's encoding, as CPython's
// under a C.UTF-8 locale: stdout escapes the surrogates that stand for
// undecodable bytes, stderr backslash-escapes; PYTHONIOENCODING may set
// stdin's and stdout's.
func (ts *TextStream) errors() string {
	if ts.name == "<stderr>" {
		return "backslashreplace"
	}
	if e := ts.in.stdio.errors; e != "" {
		return e
	}
	return "surrogateescape"
}

// encodedWrite writes s encoded as the stream encodes it: a lone
// surrogate it cannot encode raises UnicodeEncodeError and writes nothing.
func (th *Thread) encodedWrite(ts *TextStream, s *Str) error {
	if ts.closed {
		return ioClosedError()
	}
	if ts.in.stdio.codec == nil && !hasSurrogate(s.s) {
		return ts.write(s.s)
	}
	b, err := th.encodeStr("write", s, Obj(s), String(ts.in.stdio.name()), String(ts.errors()))
	if err != nil {
		return err
	}
	return ts.write(string(b.b))
}

// writeTo writes s to a file-like object.
func (th *Thread) writeTo(file Value, s string) error {
	if ts, ok := file.o.(*TextStream); ok {
		return th.encodedWrite(ts, NewStr(s))
	}
	w, err := th.GetAttr(file, intern("write"))
	if err != nil {
		return err
	}
	_, err = th.Call(w, []Value{String(s)}, nil)
	return err
}

// sysAttr reads an attribute of the sys module.
// sysAttrPresent returns sys's attribute name, and false when sys has
// none (a program deleted it).
func (in *Interpreter) sysAttrPresent(name string) (Value, bool) {
	if m, ok := in.modules.GetStr("sys"); ok {
		if mm, ok := m.o.(*Module); ok {
			return mm.Dict.GetStr(name)
		}
	}
	return Null, false
}

func (in *Interpreter) sysAttr(name string) Value {
	if m, ok := in.modules.GetStr("sys"); ok {
		if mm, ok := m.o.(*Module); ok {
			if v, ok := mm.Dict.GetStr(name); ok {
				return v
			}
		}
	}
	if name == "stderr" {
		return Obj(&TextStream{w: in.stderr, name: "<stderr>", in: in})
	}
	return Obj(&TextStream{w: in.rawStdout, name: "<stdout>", in: in})
}

func (in *Interpreter) sysPath() []string {
	v := in.sysAttr("path")
	l, ok := v.o.(*List)
	if !ok {
		return in.path
	}
	var out []string
	for _, it := range l.items {
		if s, ok := it.o.(*Str); ok {
			out = append(out, s.s)
		}
	}
	return out
}

func (th *Thread) printExpr(v Value) error {
	m, ok := th.interp.modules.GetStr("sys")
	mod, isMod := m.o.(*Module)
	if !ok || !isMod {
		_, err := displayHook(th, Null, []Value{v}, nil)
		return err
	}
	hook, ok := mod.Dict.GetStr("displayhook")
	if !ok {
		return Errorf(RuntimeErrorType, "lost sys.displayhook")
	}
	_, err := th.Call(hook, []Value{v}, nil)
	return err
}

// displayHook is sys.displayhook (and sys.__displayhook__): the repr of a
// value other than None on sys.stdout, kept as builtins._.
func displayHook(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	v := args[0]
	if v.IsNone() {
		return None, nil
	}
	th.interp.builtins.SetStr("_", None)
	s, err := th.Repr(v)
	if err != nil {
		return Null, err
	}
	out, ok := th.interp.sysAttrPresent("stdout")
	if !ok || out.IsNone() {
		return Null, Errorf(RuntimeErrorType, "lost sys.stdout")
	}
	if err := th.writeTo(out, s+"\n"); err != nil {
		return Null, err
	}
	th.interp.builtins.SetStr("_", v)
	return None, nil
}

func makeSysModule(th *Thread) (*Module, error) {
	in := th.interp
	initTextStreamType()
	m := &Module{Name: "sys", Dict: NewDict()}
	d := m.Dict
	d.SetStr("__name__", String("sys"))
	stdout := Obj(&TextStream{w: in.rawStdout, name: "<stdout>", in: in})
	stderr := Obj(&TextStream{w: in.stderr, name: "<stderr>", in: in})
	d.SetStr("stdout", stdout)
	d.SetStr("stderr", stderr)
	d.SetStr("__stdout__", stdout)
	d.SetStr("__stderr__", stderr)
	stdin := Obj(&TextStream{r: in.stdin, name: "<stdin>", in: in})
	d.SetStr("stdin", stdin)
	d.SetStr("__stdin__", stdin)
	display := Obj(&Builtin{Name: "displayhook", mod: "sys", Fn: displayHook, spec: moduleArgSpec("sys", "displayhook")})
	d.SetStr("displayhook", display)
	d.SetStr("__displayhook__", display)
	argv := make([]Value, len(in.argv))
	for i, a := range in.argv {
		argv[i] = String(a)
	}
	if len(argv) == 0 {
		argv = []Value{String("")}
	}
	d.SetStr("argv", Obj(NewList(argv)))
	orig := append([]Value{String("pyjit")}, argv...)
	if in.origArgv != nil {
		orig = make([]Value, len(in.origArgv))
		for i, a := range in.origArgv {
			orig[i] = String(a)
		}
	}
	d.SetStr("orig_argv", Obj(NewList(orig)))
	warn := make([]Value, len(in.warnOptions))
	for i, w := range in.warnOptions {
		warn[i] = String(w)
	}
	d.SetStr("warnoptions", Obj(NewList(warn)))
	xopts := NewDict()
	for _, x := range in.xOptions {
		if name, value, ok := strings.Cut(x, "="); ok {
			xopts.SetStr(name, String(value))
		} else {
			xopts.SetStr(x, True)
		}
	}
	d.SetStr("_xoptions", Obj(xopts))
	path := make([]Value, len(in.path))
	for i, p := range in.path {
		path[i] = String(p)
	}
	d.SetStr("path", Obj(NewList(path)))
	d.SetStr("modules", Obj(in.modules))
	d.SetStr("maxsize", Int(math.MaxInt64))
	d.SetStr("byteorder", String("little"))
	d.SetStr("platform", String("linux"))
	d.SetStr("version", String(sysVersion()))
	// _git is CPython's (name, branch, revision) of its source tree; a
	// release has no branch or revision.
	d.SetStr("_git", Obj(NewTuple([]Value{String("pyjit"), String(""), String("")})))
	d.SetStr("copyright", String(pythonCopyright))
	d.SetStr("abiflags", String("")) // a release build: no d, no t
	d.SetStr("hexversion", Int(0x030b07f0))
	d.SetStr("executable", String(in.executable))
	// The installation prefix, as CPython's: the directory whose
	// lib/python3.11 is the standard library.
	prefix := ""
	if dir, ok := strings.CutSuffix(filepath.ToSlash(in.stdlibDir), "/lib/python3.11"); ok && in.stdlib != nil {
		prefix = dir
	}
	// _stdlib_dir is the standard library's directory (None when it is
	// not one on disk), where site looks for the license text.
	stdlibDir := None
	if in.stdlib != nil && filepath.IsAbs(in.stdlibDir) {
		stdlibDir = String(in.stdlibDir)
	}
	d.SetStr("_stdlib_dir", stdlibDir)
	for _, n := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		d.SetStr(n, String(prefix))
	}
	d.SetStr("platlibdir", String("lib"))
	d.SetStr("abiflags", String(""))
	d.SetStr("dont_write_bytecode", Bool(in.noWriteBytecode))
	d.SetStr("builtin_module_names", in.builtinModuleNames())
	// importlib fills these when a program imports it (importlib.go).
	d.SetStr("meta_path", Obj(NewList(nil)))
	d.SetStr("path_hooks", Obj(NewList(nil)))
	d.SetStr("path_importer_cache", Obj(NewDict()))
	d.SetStr("pycache_prefix", None)
	d.SetStr("version_info", noInstances(makeStructSeq("version_info",
		[]string{"major", "minor", "micro", "releaselevel", "serial"},
		[]Value{Int(3), Int(11), Int(7), String("final"), Int(0)})))
	d.SetStr("implementation", Obj(newNamespace([]string{"name", "cache_tag", "version", "hexversion", "_multiarch"},
		[]Value{String("pyjit"), String(codecache.Tag), d.mustGet("version_info"), Int(0x030B07F0), String(multiarch())})))
	d.SetStr("flags", noInstances(in.sysFlags()))
	d.SetStr("int_info", makeStructSeq("int_info",
		[]string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
		[]Value{Int(30), Int(4), Int(defaultMaxStrDigits), Int(strDigitsCheckThreshold)}))
	d.SetStr("float_info", makeStructSeq("float_info",
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
		[]Value{Float(math.MaxFloat64), Int(1024), Int(308), Float(2.2250738585072014e-308),
			Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)}))
	// The parameters of numeric hashing, which pyjit's hash() follows
	// (hash(x) == hash(Fraction(x)) for every number).
	in.addSysExtras(d)
	d.SetStr("hash_info", makeStructSeq("hash_info",
		[]string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
		[]Value{Int(64), Int(hashModulus), Int(314159), Int(0), Int(1000003), String("siphash13"), Int(64), Int(128), Int(0)}))
	fns := map[string]BuiltinFunc{
		"unraisablehook": sysUnraisableHook,
		"excepthook": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 3 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "excepthook expected 3 arguments, got %d", len(args))
			}
			exc, ok := args[1].o.(*Exception)
			if !ok {
				th.interp.stdout.Flush()
				return None, th.writeTo(th.interp.sysAttr("stderr"), "TypeError: print_exception(): Exception expected for value, "+args[1].Type().Name+" found\n")
			}
			th.PrintException(exc)
			return None, nil
		},
		"set_asyncgen_hooks":                  sysSetAsyncgenHooks,
		"set_coroutine_origin_tracking_depth": sysSetCoroutineOriginTrackingDepth,
		"get_coroutine_origin_tracking_depth": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Int(int64(th.coroOriginDepth)), nil
		},
		"get_asyncgen_hooks": sysGetAsyncgenHooks,
		"getfilesystemencoding": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return String("utf-8"), nil
		},
		"getfilesystemencodeerrors": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return String("surrogateescape"), nil
		},
		"audit": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "sys.audit() takes no keyword arguments")
			}
			if len(args) == 0 {
				return Null, Errorf(TypeErrorType, "audit() missing 1 required positional argument: 'event'")
			}
			// Without hooks CPython returns before it looks at the event.
			hooks := th.interp.auditHooks
			if len(hooks) == 0 {
				return None, nil
			}
			if _, ok := unwrap(args[0]).o.(*Str); !ok {
				return Null, Errorf(TypeErrorType, "expected str for argument 'event', not %s", args[0].Type().Name)
			}
			rest := Obj(NewTuple(append([]Value(nil), args[1:]...)))
			for _, h := range hooks {
				if _, err := th.Call(h, []Value{args[0], rest}, nil); err != nil {
					return Null, err
				}
			}
			return None, nil
		},
		"addaudithook": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var hook Value
			if err := unpackArgs("addaudithook", args, kw, 1, []string{"hook"}, &hook); err != nil {
				return Null, err
			}
			th.interp.auditHooks = append(th.interp.auditHooks, hook)
			return None, nil
		},
		"exit": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) > 1 {
				return Null, Errorf(TypeErrorType, "exit expected at most 1 argument, got %d", len(args))
			}
			// As PyErr_SetObject, a tuple is the exception's arguments
			// and None none.
			if len(args) == 1 {
				if t, ok := args[0].o.(*Tuple); ok && args[0].Type() == TupleType {
					return Null, NewException(SystemExitType, t.items...)
				}
				if args[0].IsNone() {
					return Null, NewException(SystemExitType)
				}
			}
			return Null, NewException(SystemExitType, args...)
		},
		"gettrace":   func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return th.hookValue(false), nil },
		"getprofile": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) { return th.hookValue(true), nil },
		"settrace": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			th.setHook(false, args[0])
			return None, nil
		},
		"setprofile": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			th.setHook(true, args[0])
			return None, nil
		},
		"is_finalizing": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return Null, Errorf(TypeErrorType, "is_finalizing() takes no arguments (%d given)", len(args))
			}
			return Bool(th.interp.finalizing), nil
		},
		"getrecursionlimit": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Int(int64(th.interp.recursionLimit)), nil
		},
		"setrecursionlimit": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || !isIntLike(args[0]) {
				return Null, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", argTypeName(args))
			}
			n, err := th.cIntArg(args[0])
			if err != nil {
				return Null, err
			}
			if n < 1 {
				return Null, Errorf(ValueErrorType, "recursion limit must be greater or equal than 1")
			}
			if int(n) <= th.depth {
				return Null, Errorf(RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, th.depth)
			}
			// A host that embeds the interpreter bounds how deep a script
			// may make it recurse.
			if max := th.interp.maxRecursionLimit; max > 0 && n > int64(max) {
				n = int64(max)
			}
			th.interp.recursionLimit = int(n)
			return None, nil
		},
		"getsizeof": sysGetSizeOf,
		"exc_info": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			e := th.handledException()
			if e == nil {
				return TupleOf(None, None, None), nil
			}
			var tb Value = None
			if e.tb != nil {
				tb = Obj(e.tb)
			}
			return TupleOf(Obj(e.typ), Obj(e), tb), nil
		},
		"exception": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if e := th.handledException(); e != nil {
				return Obj(e), nil
			}
			return None, nil
		},
		"intern": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, argCountError("intern", 1, 1, len(args)+len(kw))
			}
			if !args[0].Type().IsSubtype(StrType) {
				return Null, Errorf(TypeErrorType, "intern() argument must be str, not %s", args[0].Type().Name)
			}
			s, ok := args[0].o.(*Str)
			if !ok || args[0].Type() != StrType {
				return Null, Errorf(TypeErrorType, "can't intern %s", args[0].Type().Name)
			}
			return Obj(internStr(s)), nil
		},
		"getswitchinterval": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Float(th.interp.switchInterval().Seconds()), nil
		},
		"setswitchinterval": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "setswitchinterval() takes exactly one argument (%d given)", len(args)+len(kw))
			}
			d, err := th.floatArg("setswitchinterval", args[0])
			if err != nil {
				return Null, err
			}
			if !(d > 0) {
				return Null, Errorf(ValueErrorType, "switch interval must be strictly positive")
			}
			th.interp.setSwitchInterval(d)
			return None, nil
		},
		"getdefaultencoding": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return String("utf-8"), nil
		},
		"_getframe": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "_getframe() takes no keyword arguments")
			}
			if len(args) > 1 {
				return Null, Errorf(TypeErrorType, "_getframe expected at most 1 argument, got %d", len(args))
			}
			depth := 0
			if len(args) > 0 {
				n, err := th.cIntArg(args[0])
				if err != nil {
					return Null, err
				}
				depth = int(n)
			}
			f := th.frame
			for i := 0; i < depth && f != nil; i++ {
				f = f.back
			}
			if f == nil {
				return Null, Errorf(ValueErrorType, "call stack is not deep enough")
			}
			return Obj(f.object()), nil
		},
		"set_int_max_str_digits": sysSetIntMaxStrDigits,
		"get_int_max_str_digits": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Int(int64(th.interp.maxStrDigits)), nil
		},
	}
	for n, f := range fns {
		d.SetStr(n, Obj(&Builtin{Name: n, Fn: f, mod: "sys", spec: moduleArgSpec("sys", n)}))
	}
	hook, _ := d.GetStr("unraisablehook")
	d.SetStr("__unraisablehook__", hook)
	hook, _ = d.GetStr("excepthook")
	d.SetStr("__excepthook__", hook)
	return m, nil
}

func argTypeName(args []Value) string {
	if len(args) == 0 {
		return "NoneType"
	}
	return args[0].Type().Name
}

// sysGetSizeOf is sys.getsizeof(object[, default]): object.__sizeof__()
// plus the garbage collector's header, or default when __sizeof__ fails
// with a TypeError.
func sysGetSizeOf(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var obj, dflt Value
	if err := unpackArgs("getsizeof", args, kw, 1, []string{"object", "default"}, &obj, &dflt); err != nil {
		return Null, err
	}
	m := obj.Type().Lookup("__sizeof__")
	if m.o == nil {
		return Null, Errorf(TypeErrorType, "Type %s doesn't define __sizeof__", obj.Type().Name)
	}
	r, err := th.callSpecial(m, obj)
	var n int64
	if err == nil {
		n, err = ssizeState(r)
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && dflt.o != nil && e.typ.IsSubtype(TypeErrorType) {
			return dflt, nil
		}
		return Null, err
	}
	if n < 0 {
		return Null, Errorf(ValueErrorType, "__sizeof__() should return >= 0")
	}
	if gcTracked(obj) {
		n += 16
	}
	if t := obj.Type(); t.heap && t.hasDict {
		n += 16 // the pointers to the instance's dict and values
	}
	return Int(n), nil
}

// gcTracked reports whether CPython's cyclic garbage collector tracks
// objects like v, which adds its header to sys.getsizeof.
func gcTracked(v Value) bool {
	switch solidBase(v.Type()) {
	case IntType, BoolType, FloatType, StrType, BytesType, ByteArrayType, NoneType, RangeType, SliceType,
		NotImplementedType, EllipsisType:
		return v.Type().heap && v.Type().hasDict
	}
	return true
}

// makeStructSeq builds a sys struct sequence such as sys.version_info: an
// instance of a final tuple subclass sys.name whose items are also read
// as the named attributes.
// noInstances makes the type of v, a struct sequence of sys's, refuse to
// make instances, as CPython does for sys.flags and sys.version_info.
func noInstances(v Value) Value {
	t := v.Type()
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot create '%s' instances", t.QualName)
	}}))
	return v
}

func makeStructSeq(name string, fields []string, items []Value) Value {
	t := &Type{Name: name, QualName: "sys." + name, Bases: []*Type{TupleType}, Dict: NewDict(),
		version: nextTypeVersion(), layout: TupleType, Base: TupleType, final: true}
	t.computeMRO()
	for i, n := range fields {
		t.addGetSet(n, func(th *Thread, v Value) (Value, error) { return tupleSelf(v).items[i], nil }, nil)
	}
	method(t, "__repr__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		var sb strings.Builder
		sb.WriteString("sys." + name + "(")
		for i, item := range tupleSelf(self).items {
			if i > 0 {
				sb.WriteString(", ")
			}
			r, err := th.Repr(item)
			if err != nil {
				return Null, err
			}
			sb.WriteString(fields[i] + "=" + r)
		}
		sb.WriteString(")")
		return String(sb.String()), nil
	})
	return newSubclassInstance(t, Obj(NewTuple(items)))
}

// sysSetIntMaxStrDigits implements sys.set_int_max_str_digits(maxdigits),
// the interpreter's limit on the digits of int<->str conversions.
func sysSetIntMaxStrDigits(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var v Value
	if err := unpackArgs("set_int_max_str_digits", args, kw, 1, []string{"maxdigits"}, &v); err != nil {
		return Null, err
	}
	n, err := th.cIntArg(v)
	if err != nil {
		return Null, err
	}
	if n != 0 && n < strDigitsCheckThreshold {
		return Null, Errorf(ValueErrorType, "maxdigits must be 0 or larger than %d", strDigitsCheckThreshold)
	}
	th.interp.maxStrDigits = int(n)
	return None, nil
}

// Version is pyjit's own version number.
const Version = "0.1"

// sysVersion is sys.version: the Python version, then pyjit's name and
// version where CPython has its build (branch, date and time), then the
// Go release where CPython has its C compiler. platform.py parses it as
// it parses CPython's: python_build() is ("pyjit 0.1", ""), and
// python_compiler() is "Go 1.x.y".
func sysVersion() string {
	return "3.11.7 (pyjit " + Version + ") [Go " + strings.TrimPrefix(runtime.Version(), "go") + "]"
}

// multiarch is sys.implementation._multiarch, the platform triplet.
func multiarch() string {
	if runtime.GOARCH == "arm64" {
		return "aarch64-linux-gnu"
	}
	return "x86_64-linux-gnu"
}

func nativeModules() map[string]func(*Thread) (*Module, error) {
	return map[string]func(*Thread) (*Module, error){
		"sys":              makeSysModule,
		"math":             makeMathModule,
		"cmath":            makeCmathModule,
		"time":             makeTimeModule,
		"_pyjit":           makePyjitModule,
		"_random":          makeRandomModule,
		"_lsprof":          makeLsprofModule,
		"_codecs":          makeCodecsModule,
		"_json":            makeJSONModule,
		"_io":              makeIOModule,
		"gc":               makeGCModule,
		"atexit":           makeAtexitModule,
		"_contextvars":     makeContextvarsModule,
		"_sre":             makeSREModule,
		"_weakref":         makeWeakrefModule,
		"_signal":          makeSignalModule,
		"faulthandler":     makeFaulthandlerModule,
		"_thread":          makeThreadModule,
		"_struct":          makeStructModule,
		"binascii":         makeBinasciiModule,
		"zlib":             makeZlibModule,
		"_collections":     makeCollectionsModule,
		"_operator":        makeOperatorModule,
		"_functools":       makeFunctoolsModule,
		"errno":            makeErrnoModule,
		"_ast":             makeASTModule,
		"posix":            makePosixModule,
		"unicodedata":      makeUnicodedataModule,
		"_imp":             makeImpModule,
		"_warnings":        makeWarningsModule,
		"marshal":          makeMarshalModule,
		"select":           makeSelectModule,
		"_socket":          makeSocketModule,
		"_string":          makeStringModule,
		"_posixsubprocess": makePosixSubprocessModule,
		"_bisect":          makeBisectModule,
		"_stat":            makeStatModule,
		"_heapq":           makeHeapqModule,
		"_abc":             makeAbcModule,
		"_md5":             makeHashModule("_md5", []string{"md5"}, map[string]string{"MD5Type": "md5"}),
		"_sha1":            makeHashModule("_sha1", []string{"sha1"}, map[string]string{"SHA1Type": "sha1"}),
		"_sha256":          makeHashModule("_sha256", []string{"sha224", "sha256"}, map[string]string{"SHA224Type": "sha224", "SHA256Type": "sha256"}),
		"_sha512":          makeHashModule("_sha512", []string{"sha384", "sha512"}, map[string]string{"SHA384Type": "sha384"}),
		"_sha3":            makeSHA3Module,
		"_blake2":          makeBlake2Module,
		"array":            makeArrayModule,
		"itertools":        makeItertoolsModule,
		"_csv":             makeCSVModule,
		"pyexpat":          makePyexpatModule,
		"termios":          makeTermiosModule,
		"pwd":              makePwdModule,
		"grp":              makeGrpModule,
		"resource":         makeResourceModule,
		"fcntl":            makeFcntlModule,
	}
}

func newNativeModule(name string, fns map[string]BuiltinFunc) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", String(name))
	for n, f := range fns {
		m.Dict.SetStr(n, Obj(&Builtin{Name: n, Fn: f, mod: name, spec: moduleArgSpec(name, n)}))
	}
	return m
}

// makePyjitModule exposes runtime internals used by the Python-level library.
func makePyjitModule(th *Thread) (*Module, error) {
	m := newNativeModule("_pyjit", map[string]BuiltinFunc{
		"type_set_abstract": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 2 || !args[1].IsSmallInt() {
				return Null, Errorf(TypeErrorType, "type_set_abstract() takes a type and an int")
			}
			t, ok := args[0].o.(*Type)
			if !ok {
				return Null, Errorf(TypeErrorType, "type_set_abstract() argument 1 must be type, not %s", args[0].Type().Name)
			}
			t.abstract = int(int64(args[1].n))
			return None, nil
		},
		"abc_tpflags":        abcTpflags,
		"abc_register_flags": abcRegisterFlags,
		"str_repr": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			s, err := th.Repr(args[0])
			return String(s), err
		},
		"float_repr": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return String(floatRepr(args[0].UncheckedFloat())), nil
		},
		"is_heaptype": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			t, ok := args[0].o.(*Type)
			return Bool(ok && t.heap), nil
		},
		"format_exception": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			e, ok := args[0].o.(*Exception)
			if !ok {
				return Null, Errorf(TypeErrorType, "format_exception() argument must be an exception")
			}
			return String(th.FormatException(e)), nil
		},
		"format_exception_only": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			e, ok := args[0].o.(*Exception)
			if !ok {
				return Null, Errorf(TypeErrorType, "format_exception_only() argument must be an exception")
			}
			return String(th.formatExceptionOnly(e, &printCtx{})), nil
		},
		"format_tb": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			tb, ok := args[0].o.(*Traceback)
			if !ok {
				return String(""), nil
			}
			return String(th.formatStack(&Exception{tb: tb})), nil
		},
		"getline": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			f, _ := args[0].o.(*Str)
			if f == nil || !args[1].IsSmallInt() {
				return String(""), nil
			}
			line, ok := th.interp.sourceLine(f.s, int(int64(args[1].n)))
			if !ok {
				return String(""), nil
			}
			return String(line + "\n"), nil
		},
		"lowercase_ascii": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Null, argCountError("lowercase_ascii", 1, 1, len(args))
			}
			s, ok := unwrap(args[0]).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "lowercase_ascii() argument must be str, not %s", args[0].Type().Name)
			}
			return String(strings.ToLower(s.s)), nil
		},
	})
	// The functions take positional arguments only: one, or two for these.
	two := map[string]bool{"type_set_abstract": true, "getline": true, "abc_tpflags": true, "abc_register_flags": true}
	m.Dict.Items(func(k, v Value) bool {
		if b, ok := v.o.(*Builtin); ok {
			n := 1
			if two[b.Name] {
				n = 2
			}
			b.spec = &argSpec{style: stylePos, min: n, max: n, maxPos: n, name: b.Name, qual: "_pyjit." + b.Name}
		}
		return true
	})
	addImportFuncs(m)
	return m, nil
}

// pythonCopyright is sys.copyright: the notice of the Python release
// whose language and library pyjit follows.
const pythonCopyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."
