# Importing modules and packages from a directory on sys.path, with
# __name__ semantics, caching in sys.modules, relative imports and cycles.
import sys
sys.path.insert(0, sys.path[0] + "/modules")
print(__name__)
import helper
import helper as again
print(helper.VALUE, helper.greet("you"), helper is again, "helper" in sys.modules)
from helper import greet, VALUE as V
print(greet("x"), V)
import pkg
print(pkg.twice(21), pkg.sub_alias.twice(2), pkg.sub.__name__)
from pkg.sub import twice
print(twice(5))
import cyclic_a
print(cyclic_a.use(), cyclic_a.cyclic_b.B)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
mod = __import__("helper")
print(mod.VALUE)
def f():
    import helper as h
    return h.VALUE
print(f())
