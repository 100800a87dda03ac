# type.__basicsize__ and __itemsize__ (approximate: the builtin ones and how
# classes add to them), read-only type attributes, a metaclass property,
# and repetition by 1 of immutable sequences giving the sequence itself.
for t in (object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, type, range, slice):
    print(t.__name__, t.__basicsize__, t.__itemsize__)
class A: pass
class B(tuple): pass
class C: __slots__ = ('a', 'b')
class D(C): __slots__ = ('c',)
class E(A): pass
class F(int): pass
print(A.__basicsize__, A.__itemsize__, B.__basicsize__, B.__itemsize__, C.__basicsize__, D.__basicsize__, E.__basicsize__, F.__itemsize__)
try:
    A.__basicsize__ = 3
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class A2: pass
for n in ("__mro__", "__basicsize__", "__itemsize__", "__base__"):
    try:
        setattr(A2, n, 3)
        print(n, "set", A2.__dict__.get(n))
    except (AttributeError, TypeError) as e:
        print(n, type(e).__name__, e)
for n in ("__dict__", "__doc__"):
    try:
        setattr(A2, n, "x")
        print(n, "set", A2.__doc__)
    except (AttributeError, TypeError) as e:
        print(n, type(e).__name__, e)
class M(type):
    @property
    def x(cls):
        return 1
class B(metaclass=M):
    pass
try:
    B.x = 5
except AttributeError as e:
    print(e)
print(B.x)
lst = [0]
size = (2**64 - 1) // 2
for op in (lambda: lst * size, lambda: (0,) * size, lambda: "a" * size, lambda: b"a" * size, lambda: bytearray(b"a") * size):
    try:
        op()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
l2 = [0, 1]
try:
    l2 *= size
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
for s in ((1, 2), "ab", b"ab", ()):
    print(type(s).__name__, s * 1 is s, s * 0 is s, s * 2 is s)
class T(tuple): pass
print(T((1,)) * 1 is T((1,)), type(T((1,)) * 1).__name__)
