package vm

// The standard library's frozen modules. CPython 3.11 builds some of its
// library into its executable (Python/frozen.c) and imports them from
// there, ahead of sys.path: their code names its file "<frozen os>", so
// tracebacks through them show that name and no source line; the module
// still has its __file__ but no __cached__, and importlib gives it
// FrozenImporter's spec (origin "frozen"). pyjit runs the same modules
// from the library's files and presents them the same way, unless
// -X frozen_modules=off asks for plain modules, as it does of CPython.
//
// importlib._bootstrap and _bootstrap_external are frozen too, and
// handled where importlib is loaded (importlib.go); io is pyjit's own.

import (
	"sort"
	"strings"

	"github.com/pyjit/pyjit/vm/codecache"
)

// frozenStdlib is the set of modules CPython 3.11 freezes that pyjit runs
// from the standard library's files.
var frozenStdlib = map[string]bool{
	"zipimport": true, "abc": true, "codecs": true, "_collections_abc": true,
	"_sitebuiltins": true, "genericpath": true, "ntpath": true, "posixpath": true,
	"os": true, "site": true, "stat": true, "importlib.util": true,
	"importlib.machinery": true, "runpy": true,
}

// frozenModules reports whether the standard library's frozen modules are
// presented as frozen: there is a standard library, and -X frozen_modules
// is not off.
func (in *Interpreter) frozenModules() bool {
	if in.stdlib == nil {
		return false
	}
	if o := in.imp.frozenOverride; o != 0 {
		return o > 0
	}
	for _, x := range in.xOptions {
		if v, ok := strings.CutPrefix(x, "frozen_modules="); ok {
			return v != "off"
		}
	}
	return true
}

// frozenFile returns the standard library file of frozen module name.
func (in *Interpreter) frozenFile(name string) (string, bool) {
	if !frozenStdlib[name] || !in.frozenModules() {
		return "", false
	}
	return pathJoin(in.stdlibDir, strings.ReplaceAll(name, ".", "/")+".py"), true
}

// isFrozenModule reports whether file is the file of frozen module name.
func (in *Interpreter) isFrozenModule(name, file string) bool {
	f, ok := in.frozenFile(name)
	return ok && f == file
}

// frozenCodeName is the file name the code of frozen module name has.
func frozenCodeName(name string) string { return "<frozen " + name + ">" }

// frozenModuleNames is _imp._frozen_module_names(): CPython's list, as
// far as pyjit freezes its modules.
func (in *Interpreter) frozenModuleNames() []string {
	if !in.frozenModules() {
		return nil
	}
	names := []string{"_frozen_importlib", "_frozen_importlib_external"}
	for n := range frozenStdlib {
		names = append(names, n)
	}
	sort.Strings(names[2:])
	return names
}

// frozenCode is _imp.get_frozen_object(name): the code of frozen module
// name, under its frozen file name.
func (th *Thread) frozenCode(name string) (*CodeObj, bool, error) {
	in := th.interp
	file, ok := in.frozenFile(name)
	if !ok {
		return nil, false, nil
	}
	src, err := in.readModuleFile(file)
	if err != nil {
		return nil, false, nil
	}
	co, err := in.compileFrozen(name, file, src)
	return co, true, err
}

// compileFrozen compiles (or loads from the code cache, under its real
// file) the code of frozen module name and gives it its frozen name.
func (in *Interpreter) compileFrozen(name, file string, src []byte) (*CodeObj, error) {
	co, err := in.compileModule(file, src)
	if err != nil {
		return nil, err
	}
	codecache.SetFilename(co.Code, frozenCodeName(name))
	return co, nil
}
