# object.__str__ returns __repr__'s result unchecked; attribute-name
# arguments of str subclasses; sorted() collects before checking keywords;
# memoryview keys, formats and keyword argument; object.__setattr__ on
# classes; the __new__ of None, NotImplemented and Ellipsis.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class RW:
    def __repr__(self):
        return 5
    __str__ = __repr__


class RW2:
    def __repr__(self):
        return 5


class S(str):
    pass


t(lambda: object.__str__(RW()))
t(lambda: zip.__str__(RW()))
t(lambda: str(RW2()))
t(lambda: "%s" % RW2())
t(lambda: object.__str__(RW2()))
t(lambda: object.__str__(1))
t(lambda: object.__str__([1]))
t(lambda: hasattr(0, S("ab")))
t(lambda: getattr(0, S("real")))
t(lambda: delattr(0, S("ab")))
t(lambda: sorted([3, 1], strict=1))
t(lambda: sorted([3, 1], 1))
t(lambda: sorted(iterable=[3, 1]))
t(lambda: sorted(5, strict=1))
t(lambda: sorted([1], reverse=1, key=len))
m = memoryview(bytearray(b"xyz"))
for k in [(), (1,), (-1,), (5,), (1, 2), (slice(0, 1),), (slice(0, 1), slice(0, 1)), (1, slice(0, 1)), ..., ("a",),
          (1.5,), (True,)]:
    t(lambda: m[k])

    def s():
        m[k] = 65
        return bytes(m)
    t(s)
t(lambda: memoryview(object=b"x").tobytes())
mb = memoryview(b"ab")
for f in ["ß", "\ud800", "Bx", "é", S("c")]:
    t(lambda: mb.cast(f).tolist())
for o in [S("C"), S("x"), "A", None, 1]:
    t(lambda: mb.tobytes(o))


class C:
    pass


class M(type):
    pass


class D(metaclass=M):
    pass


class M2(type):
    def __setattr__(cls, k, v):
        print("M2.setattr", k)
        super().__setattr__(k, v)


class E(metaclass=M2):
    pass


t(lambda: zip.__delattr__(int, 'x'))
t(lambda: object.__delattr__(C, 'x'))
t(lambda: object.__setattr__(C, 'x', 1))
t(lambda: object.__setattr__(D, 'x', 1))
t(lambda: type.__setattr__(C, 'x', 1))
t(lambda: C.x)
t(lambda: type.__delattr__(C, 'x'))
t(lambda: type.__setattr__(int, 'x', 1))
t(lambda: type.__setattr__(1, 'x', 1))
t(lambda: setattr(D, 'y', 2))
t(lambda: D.y)
t(lambda: setattr(E, 'z', 3))
t(lambda: E.z)
t(lambda: object.__setattr__(C(), 'q', 1))
t(lambda: object.__setattr__(C, 5, 1))
for T in [type(None), type(NotImplemented), type(...)]:
    t(lambda: T())
    t(lambda: T(1))
    t(lambda: T(x=1))
    t(lambda: T.__new__(T))
    t(lambda: T.__new__(object))
    t(lambda: T.__new__(int))
    t(lambda: T.__new__(T, 1))
    t(lambda: T.__new__())
    t(lambda: object.__new__(T))
    t(lambda: type(T.__new__).__name__)
