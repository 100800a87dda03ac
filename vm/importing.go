package vm

// The import system: sys.modules, Go-native modules, modules written in
// Python embedded in the binary (vm/lib), and .py files on sys.path.

import (
	"embed"
	"fmt"
	"os"
	"strings"

	"github.com/pyjit/pyjit/vm/code"
)

//go:embed lib/*.py
var libFS embed.FS

// importName implements IMPORT_NAME: __import__(name, fromlist, level),
// relative to f's globals. An exception leaving it loses its importlib
// frames, as in CPython.
func (th *Thread) importName(f *Frame, name string, fromlist, level Value) (Value, error) {
	var globals *Dict
	if f != nil {
		globals = f.globals
	}
	return th.importNameIn(globals, name, fromlist, level)
}

// importNameIn is __import__(name, globals, None, fromlist, level); globals
// is nil when none was given.
func (th *Thread) importNameIn(globals *Dict, name string, fromlist, level Value) (Value, error) {
	m, err := th.importNameLevel(globals, name, fromlist, level)
	if err != nil {
		stripImportlibFrames(err)
	}
	return m, err
}

func (th *Thread) importNameLevel(globals *Dict, name string, fromlist, level Value) (Value, error) {
	lvl := 0
	if level.IsSmallInt() {
		lvl = int(int64(level.n))
	}
	if lvl < 0 {
		return Null, Errorf(ValueErrorType, "level must be >= 0")
	}
	if lvl > 0 {
		abs, err := th.resolveName(name, globals, lvl)
		if err != nil {
			return Null, err
		}
		name = abs
	}
	if name == "" {
		return Null, Errorf(ValueErrorType, "Empty module name")
	}
	// Import each package along the dotted path.
	parts := strings.Split(name, ".")
	var top, mod Value
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		m, err := th.importModule(full)
		if err != nil {
			return Null, err
		}
		if i > 0 {
			parent := mod
			if pm, ok := parent.o.(*Module); ok {
				if _, has := pm.Dict.GetStr(parts[i]); !has {
					pm.Dict.SetStr(parts[i], m)
				}
			}
		}
		if i == 0 {
			top = m
		}
		mod = m
	}
	hasFrom := false
	if fromlist.o != nil && !fromlist.IsNone() {
		if n, err := th.Len(fromlist); err == nil && n > 0 {
			hasFrom = true
		}
	}
	if hasFrom {
		// from pkg import submodule
		if m, ok := mod.o.(*Module); ok {
			if _, isPkg := m.Dict.GetStr("__path__"); isPkg {
				items, _ := th.iterateToSlice(fromlist)
				if err := th.handleFromlist(m, name, items, false); err != nil {
					return Null, err
				}
			}
		}
		return mod, nil
	}
	if lvl > 0 {
		return mod, nil
	}
	return top, nil
}

// handleFromlist imports the submodules of package m (named name) that
// a fromlist names, as CPython's _handle_fromlist: "*" stands for the
// package's __all__ (recursive is set while its names are handled).
func (th *Thread) handleFromlist(m *Module, name string, items []Value, recursive bool) error {
	for _, it := range items {
		s, ok := unwrap(it).o.(*Str)
		if !ok {
			where := "``from list''"
			if recursive {
				where = name + ".__all__"
			}
			return Errorf(TypeErrorType, "Item in %s must be str, not %s", where, it.Type().Name)
		}
		if s.s == "*" {
			if recursive {
				continue
			}
			all, ok := m.Dict.GetStr("__all__")
			if !ok {
				continue
			}
			names, err := th.iterateToSlice(all)
			if err != nil {
				return err
			}
			if err := th.handleFromlist(m, name, names, true); err != nil {
				return err
			}
			continue
		}
		if _, has := m.Dict.GetStr(s.s); !has {
			subName := name + "." + s.s
			if sub, err := th.importModule(subName); err == nil {
				m.Dict.SetStr(s.s, sub)
			} else if !isModuleNotFound(err, subName) {
				// As CPython's _handle_fromlist: only the
				// submodule's own absence is left to
				// IMPORT_FROM to report.
				return err
			}
		}
	}
	return nil
}

// importModule imports one fully-qualified module (its parent is already imported).
func (th *Thread) importModule(name string) (Value, error) {
	in := th.interp
	if m, ok := in.modules.GetStr(name); ok {
		if m.IsNone() {
			return Null, moduleNotFound(name)
		}
		return m, nil
	}
	if in.importTime != nil {
		return in.importTime.measure(name, func() (Value, error) { return th.loadModule(name) })
	}
	return th.loadModule(name)
}

// loadModule finds and loads a module that is not in sys.modules.
func (th *Thread) loadModule(name string) (Value, error) {
	in := th.interp
	if custom, err := th.importlibFinders(); err != nil {
		return Null, err
	} else if custom {
		return th.importWithImportlib(name)
	}
	// Files on sys.path (and inside the parent package) come first, so a
	// program can shadow a library module, as in CPython.
	var searchPath []string
	notPackage := false
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, _ := in.modules.GetStr(name[:i])
		pm, ok := parent.o.(*Module)
		if !ok {
			return Null, moduleNotFound(name)
		}
		if pathV, ok := pm.Dict.GetStr("__path__"); ok {
			items, _ := th.iterateToSlice(pathV)
			for _, it := range items {
				if s, ok := it.o.(*Str); ok {
					searchPath = append(searchPath, s.s)
				}
			}
		} else {
			notPackage = true
		}
	} else {
		searchPath = in.sysPath()
	}
	short := name[strings.LastIndexByte(name, '.')+1:]
	if file, ok := in.frozenFile(name); ok {
		// CPython's frozen modules come before sys.path.
		if src, err := in.readModuleFile(file); err == nil {
			return th.execModuleSource(name, file, src, nil)
		}
	}
	ownTried, namespace := false, false
	for _, dir := range searchPath {
		if strings.HasPrefix(dir, "<lib>") {
			continue
		}
		if dir == in.stdlibDir && in.stdlib != nil && !ownTried {
			// pyjit's own modules come before CPython's library, as
			// CPython's builtin and frozen modules do.
			ownTried = true
			if m, ok, err := th.importOwn(name); ok {
				return m, err
			}
		}
		if _, host := in.fsys.(HostFS); host {
			if dir == "" {
				// As in CPython, modules found through '' (the working
				// directory) get absolute file names.
				if wd, err := os.Getwd(); err == nil {
					dir = wd
				}
			} else if info, err := os.Stat(dir); err == nil && info.Mode().IsRegular() {
				// A file on sys.path is an archive: importlib's
				// zipimporter reads it, and importlib goes on with the
				// entries after it.
				if in.imp.loading || in.imp.installing || in.imp.opening[dir] {
					continue
				}
				return th.importFromArchive(name, dir)
			}
		}
		pkgInit := pathJoin(dir, short, "__init__.py")
		if src, err := in.readModuleFile(pkgInit); err == nil {
			return th.execModuleSource(name, pkgInit, src, []string{pathJoin(dir, short)})
		}
		file := pathJoin(dir, short+".py")
		if src, err := in.readModuleFile(file); err == nil {
			return th.execModuleSource(name, file, src, nil)
		}
		if hasCompiledModule(in, dir, short) && !in.imp.loading && !in.imp.installing {
			// Only compiled code (py_compile or compileall -b left a
			// .pyc where there is no source): importlib's sourceless
			// loader reads it.
			return th.importThroughImportlib(name)
		}
		if !namespace {
			namespace = isHostDir(in, pathJoin(dir, short))
		}
	}
	if !ownTried {
		if m, ok, err := th.importOwn(name); ok {
			return m, err
		}
	}
	if namespace && !in.imp.loading && !in.imp.installing {
		// A directory without __init__.py and no module of the name: a
		// namespace package (PEP 420), whose portions and dynamic
		// __path__ importlib's path finder makes.
		return th.importThroughImportlib(name)
	}
	if notPackage {
		i := strings.LastIndexByte(name, '.')
		return Null, NewModuleNotFound(name, "No module named "+code.StrRepr(name)+"; "+code.StrRepr(name[:i])+" is not a package")
	}
	return Null, moduleNotFound(name)
}

// hasCompiledModule reports whether the host directory dir holds the
// compiled code of module short (short.pyc) or of package short
// (short/__init__.pyc).
func hasCompiledModule(in *Interpreter, dir, short string) bool {
	if _, host := in.fsys.(HostFS); !host {
		return false
	}
	for _, p := range []string{pathJoin(dir, short+".pyc"), pathJoin(dir, short, "__init__.pyc")} {
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// isHostDir reports whether path is a directory of the host's file
// system, where the interpreter reads its modules from it.
func isHostDir(in *Interpreter, path string) bool {
	if _, host := in.fsys.(HostFS); !host {
		return false
	}
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// importOwn imports name from pyjit's own modules: those written in Go,
// then those bundled as Python source. ok is false when there is none.
func (th *Thread) importOwn(name string) (m Value, ok bool, err error) {
	in := th.interp
	if mk, ok := in.nativeModules[name]; ok {
		mod, err := mk(th)
		if err != nil {
			return Null, true, err
		}
		for _, attr := range []string{"__package__", "__loader__", "__spec__"} {
			if _, ok := mod.Dict.GetStr(attr); !ok {
				mod.Dict.SetStr(attr, None)
			}
		}
		if v, _ := mod.Dict.GetStr("__package__"); v.IsNone() && !strings.Contains(name, ".") {
			mod.Dict.SetStr("__package__", String(""))
		}
		mod.native = true
		in.modules.SetStr(name, Obj(mod))
		if err := th.fixUpModule(mod); err != nil {
			in.modules.DelStr(name)
			return Null, true, err
		}
		return Obj(mod), true, nil
	}
	if src, ok := ownSource(name); ok {
		var path []string
		if ownIsPackage(name) {
			path = []string{}
		}
		m, err := th.execModuleSource(name, ownOrigin(name), src, path)
		return m, true, err
	}
	return Null, false, nil
}

// isModuleNotFound reports whether err is the ModuleNotFoundError of
// module name itself (not of a module it imports).
func isModuleNotFound(err error, name string) bool {
	e, ok := err.(*Exception)
	if !ok || !e.typ.IsSubtype(ModuleNotFoundErrorType) || len(e.fields) < 2 {
		return false
	}
	s, ok := e.fields[1].o.(*Str)
	return ok && s.s == name
}

func moduleNotFound(name string) error {
	return NewModuleNotFound(name, "No module named "+code.StrRepr(name))
}

// NewModuleNotFound builds a ModuleNotFoundError with its name attribute.
func NewModuleNotFound(name, msg string) error {
	e := NewException(ModuleNotFoundErrorType, String(msg))
	e.fields = []Value{String(msg), String(name), Null}
	return e
}

// execModuleSource compiles and runs a module's source, registering it in
// sys.modules first (so circular imports see the partial module). path is
// a package's __path__ (nil for a module that is no package).
func (th *Thread) execModuleSource(name, file string, src []byte, path []string) (Value, error) {
	in := th.interp
	frozen := in.isFrozenModule(name, file)
	var co *CodeObj
	var err error
	if frozen {
		co, err = in.compileFrozen(name, file, src)
	} else {
		co, err = in.compileModule(codeFilename(name, file), src)
	}
	if err != nil {
		return Null, err
	}
	m := in.NewModule(name)
	m.Dict.SetStr("__file__", String(file))
	if frozen {
		// As CPython's PyImport_ImportFrozenModuleObject, for importlib's
		// FrozenImporter._fix_up_module.
		m.Dict.SetStr("__origname__", String(name))
	} else if cached := in.cachedPath(file); cached != "" {
		m.Dict.SetStr("__cached__", String(cached))
	}
	if path != nil {
		items := make([]Value, len(path))
		for i, p := range path {
			items[i] = String(p)
		}
		m.Dict.SetStr("__path__", Obj(NewList(items)))
		m.Dict.SetStr("__package__", String(name))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		m.Dict.SetStr("__package__", String(name[:i]))
	} else {
		m.Dict.SetStr("__package__", String(""))
	}
	if err := th.fixUpModule(m); err != nil {
		in.modules.DelStr(name)
		return Null, err
	}
	m.initializing = true
	settingUp := in.imp.settingUp
	in.imp.settingUp = settingUp || name == "importlib"
	_, err = th.ExecCode(co, m.Dict, m.Dict)
	in.imp.settingUp = settingUp
	m.initializing = false
	if err != nil {
		in.modules.DelStr(name)
		return Null, err
	}
	if name == "importlib" {
		if err := th.importlibLoaded(); err != nil {
			return Null, err
		}
	}
	// A module may replace itself in sys.modules.
	if v, ok := in.modules.GetStr(name); ok {
		return v, nil
	}
	return Obj(m), nil
}

// importFrom implements IMPORT_FROM.
func (th *Thread) importFrom(mod Value, name string) (Value, error) {
	v, err := th.GetAttr(mod, intern(name))
	if err == nil {
		return v, nil
	}
	if !isAttributeError(err) {
		return Null, err
	}
	m, ok := mod.o.(*Module)
	if !ok {
		return Null, Errorf(ImportErrorType, "cannot import name '%s' from '<unknown module name>' (unknown location)", name)
	}
	pkg := m.Name
	if n, ok := m.Dict.GetStr("__name__"); ok {
		if s, ok := n.o.(*Str); ok {
			pkg = s.s
		}
	}
	if sub, ok := th.interp.modules.GetStr(pkg + "." + name); ok {
		return sub, nil
	}
	file := moduleFile(m)
	var msg string
	if m.initializing {
		msg = fmt.Sprintf("cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, pkg, file)
	} else {
		msg = fmt.Sprintf("cannot import name '%s' from '%s' (%s)", name, pkg, file)
	}
	e := NewException(ImportErrorType, String(msg))
	pathV := None
	if file != "unknown location" {
		pathV = String(file)
	}
	e.fields = []Value{String(msg), String(pkg), pathV}
	return Null, e
}

func moduleFile(m *Module) string {
	if f, ok := m.Dict.GetStr("__file__"); ok {
		if s, ok := f.o.(*Str); ok {
			return s.s
		}
	}
	return "unknown location"
}

// importStar implements `from mod import *`.
func (th *Thread) importStar(f *Frame, mod Value) error {
	m, ok := mod.o.(*Module)
	if !ok {
		return Errorf(TypeErrorType, "import * requires a module")
	}
	if all, ok := m.Dict.GetStr("__all__"); ok {
		names, err := th.iterateToSlice(all)
		if err != nil {
			return err
		}
		for _, n := range names {
			s, ok := unwrap(n).o.(*Str)
			if !ok {
				return Errorf(TypeErrorType, "Item in %s.__all__ must be str, not %s", m.Name, n.Type().Name)
			}
			v, err := th.GetAttr(mod, s)
			if err != nil {
				return err
			}
			if err := th.storeName(f, s, v); err != nil {
				return err
			}
		}
		return nil
	}
	var names []*Str
	var vals []Value
	m.Dict.Items(func(k, v Value) bool {
		if s, ok := k.o.(*Str); ok && !strings.HasPrefix(s.s, "_") {
			names = append(names, s)
			vals = append(vals, v)
		}
		return true
	})
	for i, s := range names {
		if err := th.storeName(f, s, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// pathJoin joins a sys.path entry and names under it as importlib's
// _path_join does: the separators ending each part are dropped and
// nothing else is cleaned, so that the entry "./lib/" gives
// "./lib/mod.py" as in CPython. Empty parts are left out.
func pathJoin(parts ...string) string {
	var sb strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('/')
		}
		sb.WriteString(strings.TrimRight(p, "/"))
	}
	return sb.String()
}

// resolveName is the absolute name of the module name imported level
// levels up from the package of the module whose globals are given
// (CPython's resolve_name): __package__, else __spec__.parent, else, with
// an ImportWarning, __name__ (its parent unless it has a __path__).
func (th *Thread) resolveName(name string, globals *Dict, level int) (string, error) {
	if globals == nil {
		return "", Errorf(KeyErrorType, "'__name__' not in globals")
	}
	pkgV, _ := globals.GetStr("__package__")
	if pkgV.IsNone() {
		pkgV = Null
	}
	spec, _ := globals.GetStr("__spec__")
	hasSpec := spec.o != nil && !spec.IsNone()
	var pkg string
	switch {
	case pkgV.o != nil:
		s, ok := unwrap(pkgV).o.(*Str)
		if !ok {
			return "", Errorf(TypeErrorType, "package must be a string")
		}
		pkg = s.s
		if hasSpec {
			parent, err := th.GetAttr(spec, intern("parent"))
			if err != nil {
				return "", err
			}
			equal, err := th.Equal(pkgV, parent)
			if err != nil {
				return "", err
			}
			if !equal {
				if err := th.warn(ImportWarningType, "__package__ != __spec__.parent"); err != nil {
					return "", err
				}
			}
		}
	case hasSpec:
		parent, err := th.GetAttr(spec, intern("parent"))
		if err != nil {
			return "", err
		}
		s, ok := unwrap(parent).o.(*Str)
		if !ok {
			return "", Errorf(TypeErrorType, "__spec__.parent must be a string")
		}
		pkg = s.s
	default:
		if err := th.warn(ImportWarningType, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__"); err != nil {
			return "", err
		}
		n, ok := globals.GetStr("__name__")
		if !ok {
			return "", Errorf(KeyErrorType, "'__name__' not in globals")
		}
		s, isStr := unwrap(n).o.(*Str)
		if !isStr {
			return "", Errorf(TypeErrorType, "__name__ must be a string")
		}
		pkg = s.s
		if _, isPkg := globals.GetStr("__path__"); !isPkg {
			i := strings.LastIndexByte(pkg, '.')
			if i < 0 {
				return "", Errorf(ImportErrorType, "attempted relative import with no known parent package")
			}
			pkg = pkg[:i]
		}
	}
	if pkg == "" {
		return "", Errorf(ImportErrorType, "attempted relative import with no known parent package")
	}
	last := len(pkg)
	for up := 1; up < level; up++ {
		last = strings.LastIndexByte(pkg[:last], '.')
		if last < 0 {
			return "", Errorf(ImportErrorType, "attempted relative import beyond top-level package")
		}
	}
	if name == "" {
		return pkg[:last], nil
	}
	return pkg[:last] + "." + name, nil
}
