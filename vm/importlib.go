package vm

// The link between pyjit's importer and CPython's importlib.
//
// pyjit imports with its own importer (importing.go): it needs no Python
// code at startup and compiles through the code cache. importlib is loaded
// from the standard library only when a program imports it; right after,
// pyjit runs its module _pyjit_importlib (vm/lib), which puts importlib's
// finders in sys.meta_path and sys.path_hooks, gives the modules loaded
// so far their __spec__ and __loader__, and registers (set_import_hooks)
// the function that does so for the modules loaded after. Once a program
// puts finders or hooks of its own in sys.meta_path or sys.path_hooks,
// pyjit's importer hands imports to importlib (_find_and_load), since only
// importlib knows how to run them.

import (
	"io/fs"
	"path/filepath"
	"strings"
)

// addImportFuncs adds to the _pyjit module the functions
// _pyjit_importlib uses.
func addImportFuncs(m *Module) {
	fns := []struct {
		name  string
		nargs int
		fn    BuiltinFunc
	}{
		{"compile_module", 2, pyjitCompileModule},
		{"own_module", 1, pyjitOwnModule},
		{"own_code", 1, pyjitOwnCode},
		{"own_is_package", 1, pyjitOwnIsPackage},
		{"set_import_hooks", 4, pyjitSetImportHooks},
	}
	for _, f := range fns {
		spec := &argSpec{style: stylePos, min: f.nargs, max: f.nargs, maxPos: f.nargs, name: f.name, qual: "_pyjit." + f.name}
		m.Dict.SetStr(f.name, Obj(&Builtin{Name: f.name, Fn: f.fn, mod: "_pyjit", spec: spec}))
	}
}

// pyjitCompileModule is _pyjit.compile_module(path, source): the code of
// a module's source file, from the code cache or compiled now.
func pyjitCompileModule(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	path, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "compile_module() argument 1 must be str, not %s", args[0].Type().Name)
	}
	src, err := th.bytesLikeArg("compile_module", args[1])
	if err != nil {
		return Null, err
	}
	co, err := th.interp.compileModule(path.s, src)
	if err != nil {
		return Null, err
	}
	return Obj(co), nil
}

// ownSource returns the source of pyjit's own Python module name.
func ownSource(name string) ([]byte, bool) {
	src, err := fs.ReadFile(libFS, "lib/"+strings.ReplaceAll(name, ".", "_")+".py")
	return src, err == nil
}

// ownIsPackage reports whether pyjit's own Python module name has
// submodules of its own (collections.abc, bundled as collections_abc.py):
// it is then a package, whose __path__ is empty as a frozen package's.
func ownIsPackage(name string) bool {
	prefix := strings.ReplaceAll(name, ".", "_") + "_"
	entries, _ := fs.ReadDir(libFS, "lib")
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".py"); ok && strings.HasPrefix(n, prefix) {
			return true
		}
	}
	return false
}

// ownOrigin is the __file__ of pyjit's own Python module name.
func ownOrigin(name string) string { return "<pyjit>/" + name + ".py" }

// pyjitOwnModule is _pyjit.own_module(name): the origin of pyjit's own
// Python module name, or None if there is none.
func pyjitOwnModule(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "own_module() argument must be str, not %s", args[0].Type().Name)
	}
	if _, ok := ownSource(name.s); !ok {
		return None, nil
	}
	return String(ownOrigin(name.s)), nil
}

// pyjitOwnIsPackage is _pyjit.own_is_package(name).
func pyjitOwnIsPackage(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "own_is_package() argument must be str, not %s", args[0].Type().Name)
	}
	return Bool(ownIsPackage(name.s)), nil
}

// pyjitOwnCode is _pyjit.own_code(name): the code of pyjit's own Python
// module name.
func pyjitOwnCode(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name, ok := unwrap(args[0]).o.(*Str)
	if !ok {
		return Null, Errorf(TypeErrorType, "own_code() argument must be str, not %s", args[0].Type().Name)
	}
	src, ok := ownSource(name.s)
	if !ok {
		return Null, moduleNotFound(name.s)
	}
	co, err := th.interp.compileModule(ownOrigin(name.s), src)
	if err != nil {
		return Null, err
	}
	return Obj(co), nil
}

// pyjitSetImportHooks is _pyjit.set_import_hooks(fix_up, find_and_load,
// meta_path, path_hooks).
func pyjitSetImportHooks(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	st := &th.interp.imp
	mp, ok1 := args[2].o.(*Tuple)
	ph, ok2 := args[3].o.(*Tuple)
	if !ok1 || !ok2 {
		return Null, Errorf(TypeErrorType, "set_import_hooks() takes two tuples of finders and hooks")
	}
	st.fixUp, st.findAndLoad = args[0], args[1]
	st.metaPath = append([]Value(nil), mp.items...)
	st.pathHooks = append([]Value(nil), ph.items...)
	return None, nil
}

// importlibLoaded runs when the module importlib has been loaded: it links
// importlib to pyjit's importer.
func (th *Thread) importlibLoaded() error {
	st := &th.interp.imp
	if !st.fixUp.IsNull() || st.installing {
		return nil
	}
	st.installing = true
	defer func() { st.installing = false }()
	_, err := th.importModule("_pyjit_importlib")
	return err
}

// fixUpModule gives a module pyjit's importer loads its __spec__ and
// __loader__, once importlib is loaded.
func (th *Thread) fixUpModule(m *Module) error {
	fix := th.interp.imp.fixUp
	if fix.IsNull() {
		return nil
	}
	_, err := th.Call(fix, []Value{Obj(m)}, nil)
	return err
}

// importlibFinders reports whether sys.meta_path or sys.path_hooks hold
// finders or hooks other than those importlib was set up with: imports
// must then run importlib's machinery. Before importlib is loaded, both
// lists are empty for pyjit's importer; anything put there loads
// importlib, which runs it.
func (th *Thread) importlibFinders() (bool, error) {
	in := th.interp
	st := &in.imp
	if st.installing || st.loading {
		return false, nil
	}
	mp, _ := in.sysAttr("meta_path").o.(*List)
	ph, _ := in.sysAttr("path_hooks").o.(*List)
	if st.fixUp.IsNull() {
		if (mp == nil || len(mp.items) == 0) && (ph == nil || len(ph.items) == 0) {
			return false, nil
		}
		st.loading = true
		_, err := th.importModule("importlib")
		st.loading = false
		if err != nil {
			return false, err
		}
		if st.fixUp.IsNull() {
			return false, nil
		}
		mp, _ = in.sysAttr("meta_path").o.(*List)
		ph, _ = in.sysAttr("path_hooks").o.(*List)
	}
	same := func(l *List, want []Value) bool {
		if l == nil || len(l.items) != len(want) {
			return false
		}
		for i, v := range l.items {
			if !v.Is(want[i]) {
				return false
			}
		}
		return true
	}
	return !same(mp, st.metaPath) || !same(ph, st.pathHooks), nil
}

// importThroughImportlib imports name with importlib's _find_and_load,
// loading importlib first if no program has.
func (th *Thread) importThroughImportlib(name string) (Value, error) {
	st := &th.interp.imp
	if st.fixUp.IsNull() {
		st.loading = true
		_, err := th.importModule("importlib")
		st.loading = false
		if err != nil {
			return Null, err
		}
		if st.fixUp.IsNull() {
			return Null, moduleNotFound(name)
		}
	}
	return th.importWithImportlib(name)
}

// importFromArchive imports name with importlib, for the archive on
// sys.path at path. While importlib makes the archive's importer, the
// imports that runs do not come back to it.
func (th *Thread) importFromArchive(name, path string) (Value, error) {
	in := th.interp
	if cache, ok := in.sysAttr("path_importer_cache").o.(*Dict); ok {
		if _, found := cache.GetStr(path); !found {
			if in.imp.opening == nil {
				in.imp.opening = map[string]bool{}
			}
			in.imp.opening[path] = true
			defer delete(in.imp.opening, path)
		}
	}
	return th.importThroughImportlib(name)
}

// importWithImportlib imports name with importlib's _find_and_load.
func (th *Thread) importWithImportlib(name string) (Value, error) {
	return th.Call(th.interp.imp.findAndLoad, []Value{String(name), th.interp.importFunc}, nil)
}

// setModuleImportAttrs sets the attributes of a new module that the
// import system fills, to None, as CPython's module() does.
func setModuleImportAttrs(d *Dict) {
	for _, name := range []string{"__package__", "__loader__", "__spec__"} {
		d.SetStr(name, None)
	}
}

// The file names of importlib's bootstrap modules' code: CPython freezes
// them under these names, which its tracebacks show (without source lines)
// and its import looks for to drop their frames.
const (
	frozenBootstrap         = "<frozen importlib._bootstrap>"
	frozenBootstrapExternal = "<frozen importlib._bootstrap_external>"
)

// codeFilename is the file name the code of module name, read from file,
// is compiled under.
func codeFilename(name, file string) string {
	switch name {
	case "importlib._bootstrap":
		return frozenBootstrap
	case "importlib._bootstrap_external":
		return frozenBootstrapExternal
	}
	return file
}

// stripImportlibFrames removes importlib's frames from the traceback of an
// exception leaving an import, as CPython's import does: each run of them
// that ends in _call_with_frames_removed (the call of the module's code, or
// of a loader's), and every one when the exception is an ImportError.
func stripImportlibFrames(err error) {
	e, ok := err.(*Exception)
	if !ok || e.tb == nil {
		return
	}
	always := e.typ.IsSubtype(ImportErrorType)
	head := e.tb
	prev, outer := &head, &head
	inImportlib := false
	for tb := head; tb != nil; {
		next := tb.Next
		now := tb.Code != nil && (tb.Code.Filename == frozenBootstrap || tb.Code.Filename == frozenBootstrapExternal)
		if now && !inImportlib {
			outer = prev
		}
		inImportlib = now
		if inImportlib && (always || tb.Code.Name == "_call_with_frames_removed") {
			*outer = next
			prev = outer
		} else {
			prev = &tb.Next
		}
		tb = next
	}
	e.tb = head
}

// setMainSpec gives the module run as __main__ from file (-m, or a
// directory or zip file run as the program), of package pkg, the
// __spec__ and __loader__ CPython's runpy gives it: importlib's spec of
// the module's own name (pkg.mod, pkg.__main__, or __main__ for a
// directory or zip file). importlib is loaded for it.
func (th *Thread) setMainSpec(m *Module, pkg, file string) error {
	name := filepath.Base(file)
	name = strings.TrimSuffix(name, filepath.Ext(name))
	if pkg != "" {
		name = pkg + "." + name
	}
	if _, err := th.importModule("importlib"); err != nil {
		return err
	}
	link, err := th.importModule("_pyjit_importlib")
	if err != nil {
		return err
	}
	set, err := th.GetAttr(link, intern("set_main_spec"))
	if err != nil {
		return err
	}
	_, err = th.Call(set, []Value{Obj(m), String(name)}, nil)
	return err
}
