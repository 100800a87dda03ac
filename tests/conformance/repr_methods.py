# Every value's __repr__ and __str__ methods agree with repr() and str(),
# including the values whose repr the runtime builds natively.
import sys
d = {1: 2}


def g():
    yield 1


vals = [None, NotImplemented, ..., 1, True, 1.5, 2**80, 'a', b'a', bytearray(b'a'), [1], (1,), {1}, frozenset({1}),
        d, d.keys(), d.values(), d.items(), range(3), slice(1), len, [].append, g(), g, object(), property(),
        staticmethod(len), classmethod(len), iter([]), iter(()), iter(''), iter(d), zip(), map(len, []),
        filter(None, []), enumerate([]), memoryview(b"a"), ValueError(1), sys, list.append,
        g.__code__, Exception.__new__]
for v in vals:
    print(type(v).__name__, repr(v) == v.__repr__(), str(v) == v.__str__())
print(repr(staticmethod(len)), repr(classmethod(len)), str(staticmethod(len)))
print(None.__repr__(), NotImplemented.__repr__(), Ellipsis.__repr__(), repr(range(1, 5, 2).__repr__()))
print(object.__repr__(None).startswith('<NoneType object at 0x'))
