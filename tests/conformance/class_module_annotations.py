# __annotations__ of classes and modules: created empty on first access
# (not inherited), settable and deletable; builtin types have none.
class B:
    x: int
class C(B):
    pass
print(C.__annotations__, B.__annotations__, '__annotations__' in C.__dict__)
class D: pass
a = D.__annotations__
print(a, D.__annotations__ is a, D().__annotations__ is a)
D.__annotations__ = {'y': str}
print(D.__annotations__)
del D.__annotations__
try:
    del D.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(D.__annotations__)
for t in (int, object):
    try:
        t.__annotations__
    except AttributeError as e:
        print(e)
    try:
        t.__annotations__ = {}
    except TypeError as e:
        print(e)
class E:
    pass
try:
    E().__annotations__
except AttributeError as e:
    print(e)
import types
m = types.ModuleType("m")
print(m.__annotations__)
def f(): pass
print(f.__annotations__)
m.__annotations__ = {'a': 1}
print(m.__annotations__, m.__dict__['__annotations__'])
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError", e)
m2 = types.ModuleType("m2")
m2.__getattr__ = lambda name: "via getattr " + name
print(m2.__annotations__, m2.other)
print(sorted(k for k in dir(m2) if k.startswith('__a')))
