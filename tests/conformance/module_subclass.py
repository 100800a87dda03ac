# Subclasses of ModuleType: module.__new__/__init__, a subclass's descriptors and
# attribute hooks, and __class__ assignment between module classes.
import types
for a in [(), (1,), ('a','b','c')]:
  try: types.ModuleType(*a)
  except TypeError as e: print(e)
try: types.ModuleType('a', foo=1)
except TypeError as e: print(e)
print(types.ModuleType('a', doc=3).__doc__)
m = types.ModuleType.__new__(types.ModuleType); print(m.__dict__)
try: types.ModuleType.__new__(int)
except TypeError as e: print(e)
import sys, types
class M(types.ModuleType):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    @property
    def prop(self):
        return "p:" + self.__name__
    def meth(self):
        return self.extra
m = M("mm", 7)
print(type(m).__name__, m.__name__, m.extra, m.prop, m.meth(), m.__dict__.keys())
print(repr(m)[:20], isinstance(m, types.ModuleType))
try:
    m.prop = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    m.nothing
except AttributeError as e:
    print("AttributeError", e)
m.__getattr__ = lambda n: "dict-getattr " + n
print(m.zzz)

class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return "type-getattr " + name
    def __setattr__(self, name, value):
        print("set", name)
        super().__setattr__(name, value)
mod = sys.modules[__name__]
mod.__class__ = Lazy
print(type(mod).__name__, mod.whatever)
mod.x = 3
print(x)
mod.__class__ = types.ModuleType
print(type(mod).__name__)
try:
    mod.__class__ = int
except TypeError as e:
    print("TypeError", e)
class Slotted(types.ModuleType):
    __slots__ = ("a",)
try:
    mod.__class__ = Slotted
except TypeError as e:
    print("TypeError", e)
class GA(types.ModuleType):
    def __getattribute__(self, name):
        if name == "special":
            return 42
        return super().__getattribute__(name)
g = GA("g")
print(g.special, g.__name__)
