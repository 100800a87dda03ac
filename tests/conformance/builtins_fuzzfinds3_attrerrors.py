# Errors of attribute access inside builtins (object.__dir__, isinstance
# and issubclass with classes that are not types, dict() of a mapping or
# of pairs) pass on as CPython's; only AttributeError means absent.


class Boom(Exception):
    pass


class GR:
    def __getattr__(self, name):
        raise Boom(name)

    def __getattribute__(self, name):
        if name.startswith('__') and name != '__class__':
            raise Boom(name)


class GRC:
    def __getattribute__(self, name):
        raise Boom(name)


class GRK:
    def __getattr__(self, name):
        raise Boom(name)


class GetattrRecurse:
    def __getattr__(self, name):
        return getattr(self, name + 'x')


def run(tests):
    for t in tests:
        try:
            print(t())
        except Exception as e:
            print(type(e).__name__, e)


# object.__dir__ and type.__dir__
class A:
    x = 1


class B(A):
    def m(self):
        pass


class C(B, int):
    pass


b = B()
b.y = 2


class Fake:
    __class__ = property(lambda s: int)
    __dict__ = property(lambda s: {"zz": 1})


class M(type):
    def __dir__(cls):
        return ["q", "a"]


class WithM(metaclass=M):
    pass


run([lambda: [n for n in dir(b) if not n.startswith("__")], lambda: sorted(set(object.__dir__(b)) - set(dir(object)) - {"__dict__", "__weakref__"}),
     lambda: [n for n in type.__dir__(C) if n in ("m", "x", "bit_length")], lambda: type.__dir__(0),
     lambda: int.__dir__(GR()), lambda: dir(GR()), lambda: map.__dir__(GR()), lambda: dir(3) == sorted(int.__dir__(3)),
     lambda: sorted(dir(Fake())) == sorted(set(dir(int)) | {"zz"}), lambda: dir(WithM), lambda: object.__dir__(b)[:1],
     lambda: len(dir(GetattrRecurse())) > 0])


# isinstance and issubclass
class Abs:
    def __init__(self, *bases):
        self.__bases__ = bases


AA = Abs()
AB = Abs(AA)
AC = Abs(AB, Abs())


class I:
    def __init__(self, c):
        self.c = c

    @property
    def __class__(self):
        return self.c


class Liar:
    @property
    def __class__(self):
        return int


run([lambda: isinstance(0, GR()), lambda: isinstance(GRC(), int), lambda: isinstance(GR(), int),
     lambda: issubclass(int, GR()), lambda: issubclass(GR(), int), lambda: int.__subclasscheck__(GR()),
     lambda: int.__instancecheck__(GRC()), lambda: isinstance(I(AC), AA), lambda: isinstance(I(AA), AC),
     lambda: isinstance(1, AA), lambda: issubclass(AC, AA), lambda: issubclass(AA, AC), lambda: issubclass(AC, int),
     lambda: issubclass(int, AC), lambda: issubclass(AC, (int, AA)), lambda: isinstance(Liar(), int),
     lambda: isinstance(Liar(), str), lambda: isinstance(0, 5), lambda: issubclass(5, int), lambda: issubclass(int, 5),
     lambda: issubclass(AC, int | str), lambda: isinstance(0, GetattrRecurse()),
     lambda: issubclass(int, GetattrRecurse()), lambda: isinstance(Liar(), (str, int)),
     lambda: int.__instancecheck__(Liar()), lambda: type.__subclasscheck__(int, AC)])


# dict() and dict.update()
class IterBroken:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise Boom
        return (self.n, self.n)


class IterBroken2(IterBroken):
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise Boom
        return self.n


class InstKeys:
    def __init__(self):
        self.keys = lambda: ["a"]

    def __getitem__(self, k):
        return 1


run([lambda: dict(GR()), lambda: dict(GRK()), lambda: dict(GetattrRecurse()), lambda: {}.update(GetattrRecurse()),
     lambda: dict(IterBroken()), lambda: dict(IterBroken2()), lambda: dict([(1, 2), "ab", [3, 4]]),
     lambda: dict([(1, 2), "abc"]), lambda: dict([(1, 2), 5]), lambda: dict(InstKeys()),
     lambda: {1: 2}.__class__(IterBroken2()), lambda: dict(zip("ab", "cd"), x=1)])


# vars()
class WithDict:
    def __init__(self):
        self.a = 1


run([lambda: vars(GR()), lambda: vars(GRK()), lambda: vars(5), lambda: vars(WithDict()), lambda: len(vars(GetattrRecurse())) >= 0])
