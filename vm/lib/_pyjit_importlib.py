"""pyjit's import system as importlib sees it.

pyjit's `import` statement runs its own importer (vm/importing.go), with
its code cache. CPython's importlib, loaded from the standard library when
a program first imports it, runs beside it; pyjit runs this module right
after, to make the two agree:

- sys.meta_path gets importlib's BuiltinImporter (pyjit's modules written
  in Go), FrozenImporter (the library modules CPython freezes, which pyjit
  runs from their files: vm/frozen.go), OwnImporter (those written in
  Python and bundled in pyjit) and PathFinder; sys.path_hooks gets
  FileFinder for source files, with a SourceFileLoader that compiles
  through pyjit's compiler and code cache, and for compiled files.
- Every module loaded so far, and from now on every module pyjit's
  importer loads, gets the __spec__ and __loader__ importlib would give it.

While sys.meta_path and sys.path_hooks hold just these, pyjit's importer
finds what importlib would; once a program changes them, `import` runs
importlib's _find_and_load, as CPython's does.
"""

import sys
import _imp
import _pyjit
from importlib import _bootstrap, _bootstrap_external

ModuleSpec = _bootstrap.ModuleSpec
BuiltinImporter = _bootstrap.BuiltinImporter
FrozenImporter = _bootstrap.FrozenImporter
PathFinder = _bootstrap_external.PathFinder
FileFinder = _bootstrap_external.FileFinder


class SourceFileLoader(_bootstrap_external.SourceFileLoader):
    """importlib's loader of source files, compiling with pyjit's compiler
    and its code cache rather than reading and writing .pyc files (those
    of py_compile and compileall are read only where there is no source,
    by SourcelessFileLoader). It is importlib.machinery.SourceFileLoader."""

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def source_to_code(self, data, path, *, _optimize=-1):
        if (_optimize == -1 and isinstance(path, str)
                and isinstance(data, (bytes, bytearray, memoryview))):
            return _pyjit.compile_module(path, data)
        return super().source_to_code(data, path, _optimize=_optimize)


# The module CPython names its frozen copy of _bootstrap_external, as
# its repr shows.
SourceFileLoader.__module__ = "_frozen_importlib_external"


class OwnImporter:
    """Finds and loads pyjit's own modules written in Python, bundled in
    its binary as CPython freezes part of its library."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        origin = _pyjit.own_module(fullname)
        if origin is None:
            return None
        return ModuleSpec(fullname, cls, origin=origin,
                          is_package=_pyjit.own_is_package(fullname))

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        code = _pyjit.own_code(module.__spec__.name)
        exec(code, module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        return _pyjit.own_code(fullname)

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return _pyjit.own_is_package(fullname)


def fix_up(module):
    """Give a module loaded by pyjit's importer its spec and loader."""
    ns = module.__dict__
    name = ns.get('__name__')
    if not isinstance(name, str) or ns.get('__spec__') is not None:
        return
    if name == '__main__':
        if ns.get('__loader__') is None:
            file = ns.get('__file__')
            if isinstance(file, str) and not file.startswith('<'):
                ns['__loader__'] = SourceFileLoader(name, file)
            else:
                ns['__loader__'] = BuiltinImporter
        return
    file = ns.get('__file__')
    if name in sys.builtin_module_names and file is None:
        spec = ModuleSpec(name, BuiltinImporter, origin='built-in')
    elif _imp.is_frozen(name) and '__origname__' in ns:
        del ns['__origname__']
        spec = FrozenImporter.find_spec(name)
    elif isinstance(file, str) and file.startswith('<pyjit>/'):
        spec = ModuleSpec(name, OwnImporter, origin=file)
        path = ns.get('__path__')
        if path is not None:
            spec.submodule_search_locations = path
    elif isinstance(file, str):
        loader = SourceFileLoader(name, file)
        spec = ModuleSpec(name, loader, origin=file)
        spec.has_location = True
        path = ns.get('__path__')
        if path is not None:
            spec.submodule_search_locations = path
        spec.cached = ns.get('__cached__')
    else:
        return
    ns['__spec__'] = spec
    ns['__loader__'] = spec.loader


def set_main_spec(module, name):
    """Give the module run as __main__ (python -m NAME, or a directory or
    zip file's __main__) the spec of name that runpy gives it."""
    parent = name.rpartition('.')[0]
    path = sys.modules[parent].__path__ if parent else None
    spec = _bootstrap._find_spec(name, path)
    if spec is not None:
        module.__spec__ = spec
        module.__loader__ = spec.loader
        module.__cached__ = spec.cached


def _install():
    # zipimport imports the bootstrap modules under the names CPython
    # gives their frozen copies.
    sys.modules.setdefault('_frozen_importlib', _bootstrap)
    sys.modules.setdefault('_frozen_importlib_external', _bootstrap_external)
    import zipimport
    meta_path = [BuiltinImporter, FrozenImporter, OwnImporter, PathFinder]
    path_hooks = [zipimport.zipimporter, FileFinder.path_hook(
        (SourceFileLoader, _bootstrap_external.SOURCE_SUFFIXES),
        (_bootstrap_external.SourcelessFileLoader,
         _bootstrap_external.BYTECODE_SUFFIXES))]
    # importlib's own functions (spec_from_file_location, FileFinder) and
    # importlib.machinery use pyjit's loader.
    _bootstrap_external.SourceFileLoader = SourceFileLoader
    sys.meta_path.extend(meta_path)
    sys.path_hooks.extend(path_hooks)
    _bootstrap._bootstrap_external = _bootstrap_external
    for module in list(sys.modules.values()):
        if isinstance(module, type(sys)):
            fix_up(module)
    _pyjit.set_import_hooks(fix_up, _bootstrap._find_and_load,
                            tuple(meta_path), tuple(path_hooks))


_install()
