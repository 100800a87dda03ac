# pkgutil and importlib.resources over the modules the import statement
# loads, and inspect's functions that find a module's file.
import inspect
import os
import sys

here = sys.path[0] + "/modules"
sys.path.insert(0, here)
import importlib.resources
import pkgutil

print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([here])))
print(sorted(m.name for m in pkgutil.walk_packages([here]) if m.name.startswith("pkg")))
import pkg
print(sorted(m.name for m in pkgutil.iter_modules(pkg.__path__, "pkg.")))
print(pkgutil.get_data("pkg", "sub.py").splitlines()[0])
loader = pkgutil.get_loader("helper")
print(type(loader).__name__, os.path.basename(loader.get_filename("helper")))
print(pkgutil.resolve_name("pkg.sub:twice")(21))
files = importlib.resources.files("pkg")
print(sorted(p.name for p in files.iterdir() if p.name.endswith(".py")))
print(files.joinpath("sub.py").read_text().splitlines()[1])
with importlib.resources.as_file(files / "__init__.py") as p:
    print(os.path.basename(p), p.exists())

import helper
print(inspect.getmodule(helper.greet) is helper, inspect.getmodule(helper) is helper)
print(os.path.basename(inspect.getfile(helper)), os.path.basename(inspect.getsourcefile(helper.greet)))
print(inspect.getmodulename("/x/y/z.py"), inspect.getmodulename("/x/y/z.txt"))
print(inspect.getmodule(len) is sys.modules["builtins"])
try:
    inspect.getfile(sys)
except TypeError as e:
    print(type(e).__name__, e)
try:
    inspect.getfile(1)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.ismethoddescriptor(str.upper), inspect.ismethoddescriptor(len),
      inspect.ismethodwrapper(object().__str__), inspect.iscode(helper.greet.__code__))
