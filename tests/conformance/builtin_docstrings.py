# The docstrings of builtin functions, of the common builtin types and of
# their methods and attributes are CPython's.
import builtins

for name in ("len", "print", "abs", "isinstance", "sorted", "iter", "next", "max", "getattr", "hash", "repr", "round"):
    print(name, repr(getattr(builtins, name).__doc__))

for t in (int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, object, enumerate, zip, map, filter, reversed, classmethod, staticmethod, super):
    print(t.__name__, repr(t.__doc__))
    for name in sorted(vars(t)):
        if not name.startswith("__"):
            print("   ", name, repr(getattr(t, name).__doc__))

# Bound methods and classmethods answer as their descriptors do.
print(repr("x".join.__doc__ == str.join.__doc__), repr([].append.__doc__))
print(repr(int.from_bytes.__doc__ == vars(int)["from_bytes"].__doc__), repr(dict.fromkeys.__doc__[:30]))
print(repr((1).real.__class__), repr(int.real.__doc__))

# Classes of the program keep their own docstrings (or None).
class MyInt(int):
    "mine"
class Plain(int):
    pass
print(MyInt.__doc__, Plain.__doc__)
