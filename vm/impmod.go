package vm

// The _imp module: the part of CPython's import system written in C that
// importlib (CPython's Lib/importlib, run from the standard library)
// calls. pyjit's built-in modules are those written in Go; its frozen
// modules are CPython's (frozen.go), run from the standard library's
// files; it loads no C extensions, so the dynamic functions report that
// there are none.

import (
	"encoding/binary"
	"sort"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/codecache"
)

// impState is the interpreter's import lock (one thread: a depth) and the
// link to importlib once a program has imported it (importlib.go).
type impState struct {
	lockDepth int
	// fixUp gives a module pyjit's importer loads its __spec__ and
	// __loader__ (_pyjit_importlib.fix_up); Null until importlib is
	// loaded.
	fixUp Value
	// metaPath and pathHooks are the finders and hooks importlib was set
	// up with; while sys.meta_path and sys.path_hooks hold just these,
	// pyjit's importer finds what importlib's would.
	metaPath, pathHooks []Value
	// findAndLoad is importlib._bootstrap._find_and_load.
	findAndLoad Value
	// installing is set while _pyjit_importlib runs, loading while
	// pyjit's importer loads importlib for finders a program installed.
	installing, loading bool
	// settingUp is set while importlib's package runs: its
	// _bootstrap._setup gives the frozen modules already loaded the spec
	// of modules CPython's start-up left without __file__, which pyjit's
	// have from the start, so _imp.is_frozen denies them to it and
	// _pyjit_importlib gives them their spec instead.
	settingUp bool
	// frozenOverride is _imp._override_frozen_modules_for_tests' setting.
	frozenOverride int
	// opening holds the archives on sys.path whose importer importlib is
	// making (sys.path_importer_cache has none yet): the imports that
	// runs (zipimport's reading of the archive) look past them.
	opening map[string]bool
}

func makeImpModule(th *Thread) (*Module, error) {
	in := th.interp
	m := newNativeModule("_imp", map[string]BuiltinFunc{
		"acquire_lock": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := noArgs("acquire_lock", args); err != nil {
				return Null, err
			}
			in.imp.lockDepth++
			return None, nil
		},
		"release_lock": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := noArgs("release_lock", args); err != nil {
				return Null, err
			}
			if in.imp.lockDepth == 0 {
				return Null, Errorf(RuntimeErrorType, "not holding the import lock")
			}
			in.imp.lockDepth--
			return None, nil
		},
		"lock_held": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := noArgs("lock_held", args); err != nil {
				return Null, err
			}
			return Bool(in.imp.lockDepth > 0), nil
		},
		"is_builtin":     impIsBuiltin,
		"create_builtin": impCreateBuiltin,
		"exec_builtin":   impExecModule("exec_builtin"),
		"exec_dynamic":   impExecModule("exec_dynamic"),
		"create_dynamic": impCreateDynamic,
		"extension_suffixes": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := noArgs("extension_suffixes", args); err != nil {
				return Null, err
			}
			return Obj(NewList(nil)), nil
		},
		"is_frozen": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			name, err := impNameArg("is_frozen", args, kw)
			if err != nil {
				return Null, err
			}
			_, ok := th.interp.frozenFile(name)
			return Bool(ok && !th.interp.imp.settingUp), nil
		},
		"find_frozen": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var name, withdata Value
			if err := unpackArgs("find_frozen", args, kw, 1, []string{"name", "$withdata"}, &name, &withdata); err != nil {
				return Null, err
			}
			s, ok := unwrap(name).o.(*Str)
			if !ok {
				return Null, Errorf(TypeErrorType, "find_frozen() argument 1 must be str, not %s", name.Type().Name)
			}
			co, ok, err := th.frozenCode(s.s)
			if err != nil || !ok {
				return None, err
			}
			data := None
			if !withdata.IsNull() {
				if truth, err := th.Truth(withdata); err != nil {
					return Null, err
				} else if truth {
					b, err := th.marshalDumps(Obj(co), Null)
					if err != nil {
						return Null, err
					}
					bs := &Bytes{b: b}
					data = Obj(newByteView(bs, Obj(bs), len(b)))
				}
			}
			// (data, ispkg, origname): none of the modules is a package.
			return TupleOf(data, False, name), nil
		},
		"init_frozen": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if _, err := impNameArg("init_frozen", args, kw); err != nil {
				return Null, err
			}
			return None, nil
		},
		"get_frozen_object": impGetFrozenObject,
		"is_frozen_package": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			name, err := impNameArg("is_frozen_package", args, kw)
			if err != nil {
				return Null, err
			}
			if _, ok := th.interp.frozenFile(name); !ok {
				return Null, noFrozen(name)
			}
			return False, nil
		},
		"_frozen_module_names": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			var items []Value
			for _, n := range th.interp.frozenModuleNames() {
				items = append(items, String(n))
			}
			return Obj(NewList(items)), nil
		},
		"_override_frozen_modules_for_tests": func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "_override_frozen_modules_for_tests() takes exactly one argument (%d given)", len(args))
			}
			n, err := th.intArg(args[0])
			if err != nil {
				return Null, err
			}
			// 1 forces the frozen modules on, -1 off, 0 leaves them to
			// -X frozen_modules.
			th.interp.imp.frozenOverride = max(-1, min(1, n))
			return None, nil
		},
		"source_hash":      impSourceHash,
		"_fix_co_filename": impFixCoFilename,
	})
	m.Dict.SetStr("__doc__", String("(Extremely) low-level import machinery bits as used by importlib and imp."))
	m.Dict.SetStr("check_hash_based_pycs", String("default"))
	return m, nil
}

// builtinModuleNames is sys.builtin_module_names: the modules written in Go.
func (in *Interpreter) builtinModuleNames() Value {
	names := make([]string, 0, len(in.nativeModules)+1)
	for n := range in.nativeModules {
		names = append(names, n)
	}
	names = append(names, "builtins")
	sort.Strings(names)
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = String(n)
	}
	return Obj(NewTuple(items))
}

func noArgs(fname string, args []Value) error {
	if len(args) > 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, len(args))
	}
	return nil
}

// impNameArg reads the one str argument of the functions that take a
// module name.
func impNameArg(fname string, args []Value, kw []string) (string, error) {
	if len(kw) > 0 {
		return "", Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	if len(args) != 1 {
		return "", Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	s, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument must be str, not %s", fname, args[0].Type().Name)
	}
	return s.s, nil
}

// impIsBuiltin is _imp.is_builtin: 1 for a module written in Go, -1 for
// those that cannot be initialized again (sys, builtins), 0 for others.
func impIsBuiltin(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name, err := impNameArg("is_builtin", args, kw)
	if err != nil {
		return Null, err
	}
	if name == "sys" || name == "builtins" {
		return Int(-1), nil
	}
	if _, ok := th.interp.nativeModules[name]; ok {
		return Int(1), nil
	}
	return Int(0), nil
}

// impCreateBuiltin is _imp.create_builtin(spec): the module written in
// Go named spec.name. A module made before is returned again, as CPython
// does for its single-phase modules; sys and builtins always are.
func impCreateBuiltin(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "create_builtin() takes exactly one argument (%d given)", len(args))
	}
	nv, err := th.GetAttr(args[0], intern("name"))
	if err != nil {
		return Null, err
	}
	ns, ok := nv.o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "name must be string, not %s", nv.Type().Name)
	}
	name := ns.s
	in := th.interp
	if m, ok := in.modules.GetStr(name); ok {
		if _, isMod := m.o.(*Module); isMod && (name == "sys" || name == "builtins" || in.nativeModules[name] != nil) {
			return m, nil
		}
	}
	if name == "builtins" {
		return Obj(&Module{Name: "builtins", Dict: in.builtins}), nil
	}
	mk, ok := in.nativeModules[name]
	if !ok {
		// As CPython: a name that is no built-in module gives None.
		return None, nil
	}
	mod, err := mk(th)
	if err != nil {
		return Null, err
	}
	return Obj(mod), nil
}

// impExecModule is exec_builtin and exec_dynamic: pyjit's built-in
// modules are complete when created, so there is nothing to run.
func impExecModule(fname string) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
		}
		return Int(0), nil
	}
}

// impCreateDynamic is _imp.create_dynamic: pyjit loads no C extensions
// (extension_suffixes() is empty, so importlib's finders never ask).
func impCreateDynamic(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) < 1 || len(args) > 2 || len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "create_dynamic expected 1 or 2 arguments, got %d", len(args))
	}
	name, _ := th.GetAttr(args[0], intern("name"))
	origin, _ := th.GetAttr(args[0], intern("origin"))
	if name.IsNull() {
		name = None
	}
	if origin.IsNull() {
		origin = None
	}
	msg := "pyjit cannot load C extension modules"
	e := NewException(ImportErrorType, String(msg))
	e.fields = []Value{String(msg), name, origin}
	return Null, e
}

// impGetFrozenObject is _imp.get_frozen_object(name, data=None): the
// code of a frozen module, or the code marshalled in data.
func impGetFrozenObject(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "get_frozen_object() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return Null, Errorf(TypeErrorType, "get_frozen_object expected 1 or 2 arguments, got %d", len(args))
	}
	name, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "get_frozen_object() argument 1 must be str, not %s", args[0].Type().Name)
	}
	if len(args) == 2 && !args[1].IsNone() {
		data, err := th.bytesLikeArg("get_frozen_object", args[1])
		if err != nil {
			return Null, err
		}
		r := &marshalReader{th: th, data: data}
		return r.load()
	}
	co, ok, err := th.frozenCode(name.s)
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, noFrozen(name.s)
	}
	return Obj(co), nil
}

// noFrozen is the ImportError for a name that is no frozen module.
func noFrozen(name string) error {
	msg := "No such frozen object named " + code.StrRepr(name)
	e := NewException(ImportErrorType, String(msg))
	e.fields = []Value{String(msg), String(name), None}
	return e
}

// impSourceHash is _imp.source_hash(key, source): the SipHash-1-3 of the
// source keyed by key, as the 8 little-endian bytes hash-based .pyc files
// record.
func impSourceHash(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var keyV, srcV Value
	if err := unpackArgs("source_hash", args, kw, 2, []string{"key", "source"}, &keyV, &srcV); err != nil {
		return Null, err
	}
	key, err := th.sizeArg(keyV)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
			return Null, Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		return Null, err
	}
	src, err := th.bytesLikeArg("source_hash", srcV)
	if err != nil {
		return Null, err
	}
	h := siphash13Keyed(uint64(key), 0, src)
	return bytesResult(binary.LittleEndian.AppendUint64(nil, h)), nil
}

// impFixCoFilename is _imp._fix_co_filename(code, path): it renames the
// file of a code object and of the code objects it contains.
func impFixCoFilename(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 || len(kw) > 0 {
		return Null, Errorf(TypeErrorType, "_fix_co_filename expected 2 arguments, got %d", len(args))
	}
	co, ok := args[0].o.(*CodeObj)
	if !ok {
		return Null, Errorf(TypeErrorType, "_fix_co_filename() argument 1 must be code, not %s", args[0].Type().Name)
	}
	path, ok := unwrap(args[1]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "_fix_co_filename() argument 2 must be str, not %s", args[1].Type().Name)
	}
	codecache.SetFilename(co.Code, path.s)
	return None, nil
}
