# A weak proxy forwards attribute lookups made by getattr with a default (pickle
# and copy use it) to its referent; builtin static methods and __new__
# reduce to getattr(type, name), so that they pickle.
import weakref, copy, pickle
class A:
    def m(self, x=1): return ("m", x, self is a)
    def __reduce_ex__(self, proto): return (A, ())
a = A(); a.z = 3; p = weakref.proxy(a)
print(p.m(), p.m(2), getattr(p, "m")(), getattr(p, "m", None)(), getattr(p, "zz", "dflt"))
print(hasattr(p, "z"), getattr(p, "z", 0), getattr(p, "__class__", None), getattr(p, "__dict__", None))
print(type(copy.copy(p)).__name__, type(pickle.loads(pickle.dumps(p))).__name__)
print(dir(p) == dir(a), vars(p) is vars(a) if hasattr(p, "__dict__") else None)
del a
import gc
gc.collect()
try:
    getattr(p, "z", 0)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    hasattr(p, "z")
except ReferenceError as e:
    print("ReferenceError:", e)

class MyComplex(complex):
    sample = 1 + 2j
class MyFloat(float):
    sample = 1.5
class MyStr(str):
    sample = "x"
class MyList(list):
    sample = [1]
class MyDict(dict):
    sample = {1: 2}
for C in (MyComplex, MyFloat, MyStr, MyList, MyDict):
    x = C(C.sample); x.foo = 42
    p = weakref.proxy(x)
    for proto in (0, 2, 4):
        try:
            y = pickle.loads(pickle.dumps(p, proto))
            print(C.__name__, proto, type(y).__name__, C.__base__(y) == C.__base__(x), y.__dict__)
        except Exception as e:
            print(C.__name__, proto, type(e).__name__, e)

for f in [bytes.maketrans, bytearray.maketrans, str.maketrans, dict.fromkeys, int.from_bytes, object.__new__, int.__new__, float.fromhex]:
    print(f.__qualname__, f.__self__, f.__reduce__() if not isinstance(f.__reduce__(), tuple) else f.__reduce__()[0].__name__, f.__reduce__()[1] if isinstance(f.__reduce__(), tuple) else "")
    for proto in (0, 2, 4):
        try:
            print(" ", proto, pickle.loads(pickle.dumps(f, proto)) is f or pickle.loads(pickle.dumps(f, proto)) == f)
        except Exception as e:
            print(" ", proto, type(e).__name__, e)
