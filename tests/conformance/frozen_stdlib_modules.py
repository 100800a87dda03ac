# The standard library modules CPython 3.11 freezes (os, posixpath, stat,
# codecs, abc, runpy, ...) name their code "<frozen NAME>": tracebacks show
# that name and no source line, the module keeps __file__ but has no
# __cached__, and importlib gives it FrozenImporter's spec.
import os
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(line for line in lines if "<frozen" in line or not line.startswith("  ")))


show(lambda: os.environ["NO_SUCH_VARIABLE_HERE"])
show(lambda: os.path.join(None, "x"))
show(lambda: os.makedirs(""))
show(lambda: os.path.getsize("/no/such/file"))
print(os.makedirs.__code__.co_filename, os.path.join.__code__.co_filename)
print(hasattr(os, "__cached__"), os.__file__.endswith("os.py"))

import _imp
import importlib
import importlib.util
import json
import runpy
import stat

print([_imp.is_frozen(n) for n in ("os", "stat", "posixpath", "json", "sys")])
print(_imp.find_frozen("runpy"), _imp.find_frozen("json"))
for m in (os, stat, runpy, importlib.util):
    spec = m.__spec__
    print(m.__name__, spec.origin, spec.loader.__name__, spec.has_location,
          spec.loader_state.origname, spec.loader_state.filename == m.__file__)
print(json.__spec__.origin == json.__file__, importlib.util.find_spec("os").origin)
print(_imp.get_frozen_object("stat").co_filename)
try:
    _imp.get_frozen_object("json")
except ImportError as e:
    print("ImportError:", e)
print(importlib.reload(stat) is stat, "__origname__" in vars(os))
print(sorted(k for k in vars(runpy) if k.startswith("__")))
