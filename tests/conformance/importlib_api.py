# importlib on modules the import statement loads: import_module, reload,
# find_spec, module_from_spec, the __spec__ and __loader__ of modules, and
# finders a program puts in sys.meta_path.
import os
import sys
import tempfile

sys.path.insert(0, sys.path[0] + "/modules")
import importlib
import importlib.machinery
import importlib.util

print(__spec__, __name__)

# import_module gives the module the import statement gives.
import helper
print(importlib.import_module("helper") is helper)
sub = importlib.import_module(".sub", "pkg")
import pkg.sub
print(sub is pkg.sub, sub.twice(4))
for args in [("no_such_module_x",), ("pkg.nope",), ("helper.nope",)]:
    try:
        importlib.import_module(*args)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".sub")
except TypeError as e:
    print(type(e).__name__, e)

# The spec and loader of modules loaded by import.
for mod in [helper, pkg, pkg.sub]:
    spec = mod.__spec__
    print(spec.name, spec.parent, os.path.basename(spec.origin), spec.has_location,
          mod.__loader__ is spec.loader,
          isinstance(spec.loader, importlib.machinery.SourceFileLoader),
          spec.submodule_search_locations is getattr(mod, "__path__", None),
          spec.loader.is_package(spec.name), os.path.basename(spec.loader.get_filename(spec.name)))
print(pkg.__spec__.submodule_search_locations == pkg.__path__)
print(helper.__spec__.loader.get_source("helper").splitlines()[0])
print(sys.__spec__.origin, sys.__spec__.loader is importlib.machinery.BuiltinImporter,
      sys.__loader__ is importlib.machinery.BuiltinImporter)
import time
print(time.__spec__.name, time.__spec__.origin, time.__spec__.has_location)
import marshal
print(marshal.__spec__.origin, marshal.__loader__ is importlib.machinery.BuiltinImporter)

# find_spec: imported modules give their own spec; others are found.
print(importlib.util.find_spec("helper") is helper.__spec__)
print(importlib.util.find_spec("no_such_module_x"), importlib.util.find_spec("pkg.nope"))
spec = importlib.util.find_spec("cyclic_b")
print(spec.name, os.path.basename(spec.origin), "cyclic_b" in sys.modules)
spec = importlib.util.find_spec("errno")
print(spec.name, spec.origin, spec.loader is importlib.machinery.BuiltinImporter)
try:
    importlib.util.find_spec("helper.x")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    importlib.util.find_spec(".x")
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.util.find_spec(".sub", "pkg").name)

# Loading a file through importlib.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "loaded_mod.py")
    with open(path, "w") as f:
        f.write("X = 1\nprint('loaded_mod runs as', __name__)\n")
    spec = importlib.util.spec_from_file_location("loaded_mod", path)
    mod = importlib.util.module_from_spec(spec)
    print(mod.__spec__ is spec, mod.__file__ == path, "loaded_mod" in sys.modules)
    spec.loader.exec_module(mod)
    print(mod.X)

    # reload re-runs a module's (changed) source in the same module.
    sys.path.insert(0, d)
    import loaded_mod
    print(loaded_mod is mod, loaded_mod.X)
    with open(path, "w") as f:
        f.write("Y = 2\nprint('loaded_mod runs again')\n")
    importlib.invalidate_caches()
    again = importlib.reload(loaded_mod)
    print(again is loaded_mod, again.X, again.Y)
    sys.path.remove(d)
    del sys.modules["loaded_mod"]
print(importlib.reload(time) is time)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)


# A finder of the program's own runs before the standard ones.
class StringLoader:
    sources = {"virtual_mod": "WHERE = 'virtual'\n"}

    def find_spec(self, name, path=None, target=None):
        if name in self.sources:
            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.sources[module.__name__], module.__dict__)


finder = StringLoader()
sys.meta_path.insert(0, finder)
import virtual_mod
print(virtual_mod.WHERE, virtual_mod.__spec__.loader is finder, virtual_mod.__spec__.origin)
import cyclic_b
print(cyclic_b.__spec__.name, cyclic_b.__loader__.name)
sys.meta_path.remove(finder)
del sys.modules["virtual_mod"]
try:
    import virtual_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# The repr of modules comes from their spec, file or loader.
import types
m = types.ModuleType("plain")
print(m, sys, time)
m.__file__ = "/a/b.py"
print(m)
m.__loader__ = "a loader"
del m.__file__
print(m)
print(importlib.util.module_from_spec(importlib.util.spec_from_loader("z", None, origin="somewhere")))
print(importlib.util.module_from_spec(importlib.util.spec_from_loader("z", finder)).__repr__().startswith("<module 'z' (<__main__.StringLoader object"))
print(repr(helper).replace(os.path.dirname(helper.__file__), "DIR"))

# Tracebacks through importlib: its frames are <frozen ...> ones; an import
# statement drops them, as CPython's does.
import traceback
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "raising_mod.py"), "w") as f:
        f.write("x = 1\nraise ValueError('boom')\n")
    with open(os.path.join(d, "importing_mod.py"), "w") as f:
        f.write("import no_such_module_zz\n")
    sys.path.insert(0, d)

    def frames(exc):
        return [(os.path.basename(f.filename) if not f.filename.startswith("<") else f.filename, f.name)
                for f in traceback.extract_tb(exc.__traceback__)]

    for name in ["raising_mod", "importing_mod"]:
        try:
            importlib.import_module(name)
        except Exception as e:
            print(type(e).__name__, frames(e))
        try:
            __import__(name)
        except Exception as e:
            print(type(e).__name__, frames(e))
    sys.meta_path.insert(0, finder)
    for name in ["raising_mod", "importing_mod"]:
        try:
            exec("import " + name)
        except Exception as e:
            print(type(e).__name__, frames(e))
    sys.meta_path.remove(finder)
    sys.path.remove(d)
