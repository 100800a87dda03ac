# repr of instances of subclasses of builtin types: set, frozenset,
# bytearray, deque, defaultdict, OrderedDict, Counter and array name the
# subclass, as CPython; list, dict, tuple, int, str, bytes do not.
import array
import collections


def show(base, *args):
    Sub = type("Sub" + base.__name__.capitalize(), (base,), {})
    for t in (base, Sub):
        try:
            r = repr(t(*args))
        except Exception as e:
            r = type(e).__name__
        print(f"{t.__name__}: {r}")


show(set, [1])
show(set)
show(frozenset, [1])
show(frozenset)
show(bytearray, b"ab")
show(bytearray)
show(collections.deque, [1, 2])
show(collections.deque, [1], 5)
show(collections.defaultdict, list, {1: 2})
show(collections.OrderedDict, [(1, 2)])
show(collections.OrderedDict)
show(collections.Counter, "aab")
show(array.array, "i", [1, 2])
show(array.array, "i")
show(list, [1])
show(dict, {1: 2})
show(tuple, (1,))
show(int, 5)
show(float, 1.5)
show(str, "x")
show(bytes, b"x")
show(complex, 1j)


class ReprWrapper:
    def __repr__(self):
        return repr(self.value)


for T in (set, frozenset):
    S = type("S", (T,), {})
    for tt in (T, S):
        w = ReprWrapper()
        s = tt([w])
        w.value = s
        print(repr(s))
