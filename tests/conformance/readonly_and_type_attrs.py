# Attributes CPython keeps in read-only members say "readonly attribute";
# a class's __name__, __qualname__, __module__, __doc__ and __bases__ may be
# set (a str subclass too) but not deleted, a builtin type's not at all; a
# bound method names its function by __qualname__, else __name__, else ?.
def f(): pass
class K:
    def m(self): pass
objs = {"slice": (slice(1,2,3), ["start", "stop", "step"]), "range": (range(3), ["start", "stop", "step"]),
        "classmethod": (classmethod(f), ["__func__"]), "staticmethod": (staticmethod(f), ["__func__"]),
        "method": (K().m, ["__self__", "__func__"]), "function": (f, ["__globals__", "__closure__", "__builtins__"]),
        "property": (property(f), ["fget", "fset", "fdel"]), "complex": (1j, ["real", "imag"]),
        "int": (1, ["real", "imag", "numerator", "denominator"]), "float": (1.0, ["real", "imag"]),
        "memoryview": (memoryview(b"x"), ["obj", "nbytes", "readonly", "format"]),
        "super": (super(K, K()), ["__thisclass__", "__self__", "__self_class__"]),
        "exc": (StopIteration(1), ["value"]), "oserror": (OSError(1, "x"), ["errno"]),
        "frame": (__import__("sys")._getframe(), ["f_code", "f_back", "f_globals"]),
        "gen": ((x for x in ()), ["gi_code", "gi_frame", "gi_running"]),
        "cell": ((lambda: f).__closure__, []),
       }
for name, (o, attrs) in objs.items():
    for a in attrs:
        for op in ("set", "del"):
            try:
                if op == "set": setattr(o, a, 1)
                else: delattr(o, a)
                print(name, a, op, "ok")
            except (AttributeError, TypeError) as e:
                print(name, a, op, type(e).__name__, e)
class S(str): pass
class X:
    "doc"
for name, val in [("__name__", S("N")), ("__qualname__", S("Q")), ("__module__", 5), ("__doc__", "d"), ("__name__", 3), ("__qualname__", None)]:
    try:
        setattr(X, name, val); print(name, repr(getattr(X, name)))
    except TypeError as e:
        print(name, e)
for name in ["__name__", "__qualname__", "__module__", "__doc__", "__bases__"]:
    try:
        delattr(X, name); print("deleted", name)
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
    for T in (int, type):
        try:
            setattr(T, name, "x")
        except (TypeError, AttributeError) as e:
            print(T.__name__, name, type(e).__name__, e)
print(X.__name__, X.__qualname__, X.__module__, X.__doc__)
import types


class MyCallable:
    def __call__(self, arg):
        pass


func = MyCallable()
m = types.MethodType(func, 5)
print(repr(m))
func.__name__ = "name"
print(repr(m))
func.__qualname__ = "qualname"
print(repr(m))
func.__qualname__ = 3
print(repr(m))
try:
    type(list).__dict__["__doc__"].__set__(list, "blah")
except TypeError as e:
    print(e)
