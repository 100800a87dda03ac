import types
m = types.ModuleType("x"); m.a = 1
m.__dir__ = lambda: ['z', 'b']
print(dir(m))
class M(types.ModuleType):
    def __dir__(self): return ['q', 'p']
print(dir(M("y")))
import sys
print(len(dir(sys)) > 10)
class M2(types.ModuleType):
    @property
    def __dict__(self): return "Not a dict!"
try:
    dir(M2("m2"))
except TypeError as e:
    print("TypeError", e)
class ANotMeta:
    def __new__(mcls, *args, **kwargs):
        print("ANotMeta.__new__")
        return super().__new__(mcls)
class BNotMeta(ANotMeta):
    def __new__(mcls, *args, **kwargs):
        print("BNotMeta.__new__")
        return super().__new__(mcls)
class A(metaclass=ANotMeta): pass
class B(metaclass=BNotMeta): pass
class C(A, B): pass
print(type(C).__name__)
