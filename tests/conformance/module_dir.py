import types, sys
class Foo(types.ModuleType):
    __dict__ = 8
f = Foo("foo")
try: print(dir(f))
except TypeError as e: print("TypeError", e)
class Bar(types.ModuleType):
    @property
    def __dict__(self): return {'a': 1, 'b': 2}
print(dir(Bar("bar")))
class Baz(types.ModuleType):
    def __dir__(self): return ['z', 'y']
print(dir(Baz("baz")))
m = types.ModuleType("m"); m.__dir__ = lambda: ['q']; print(dir(m))
# A module's own __dir__ function (PEP 562), as a module file defines it.
mod = types.ModuleType("pep562")
exec("def __dir__():\n    return ['b', 'a', 'c']\nx = 1\n", mod.__dict__)
print(dir(mod))
print(types.ModuleType.__dir__(mod))
import math
print(dir(math) == sorted(vars(math)))
