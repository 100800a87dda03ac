# The operations that size their result from an iterable's length
# estimate (list(), tuple(), sorted(), bytes(), str.join, f(*x), ...) pass
# on what __len__ or __length_hint__ raises, other than TypeError.


class Boom(Exception):
    pass


class LenRaise:
    def __len__(self):
        raise Boom

    def __getitem__(self, i):
        raise IndexError


class LenNegative(str):
    def __len__(self):
        return -5


class LenWrong:
    def __len__(self):
        return "many"

    def __iter__(self):
        return iter([1, 2])


class LenBig:
    def __len__(self):
        return 1 << 70

    def __iter__(self):
        return iter([3])


def hinted(h):
    class H:
        def __iter__(self):
            return iter([4, 5])

        def __length_hint__(self):
            if isinstance(h, type) and issubclass(h, BaseException):
                raise h
            return h
    return H()


def f(*a):
    return a


ops = [("list", list), ("tuple", tuple), ("sorted", sorted), ("bytes", bytes), ("bytearray", bytearray),
       ("join", "".join), ("star", lambda x: f(*x)), ("listext", lambda x: [].extend(x)),
       ("bytearrayext", lambda x: bytearray().extend(x)), ("display", lambda x: [*x]),
       ("set", set), ("frozenset", frozenset), ("dictkeys", dict.fromkeys), ("enumerate", lambda x: list(enumerate(x))),
       ("slice", lambda x: [1, 2].__setitem__(slice(0, 1), x)), ("args", lambda x: setattr(Exception(), "args", x))]
values = [("LenRaise", LenRaise), ("LenNegative", lambda: LenNegative("ab")), ("LenWrong", LenWrong),
          ("LenBig", LenBig), ("hintBoom", lambda: hinted(Boom)), ("hintType", lambda: hinted(TypeError)),
          ("hintStr", lambda: hinted("x")), ("hintNeg", lambda: hinted(-1)), ("hintBig", lambda: hinted(1 << 70)),
          ("hintNI", lambda: hinted(NotImplemented)), ("hintTrue", lambda: hinted(True))]
for vname, mk in values:
    for oname, op in ops:
        try:
            r = op(mk())
            r = "ok" if r is None else type(r).__name__
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(vname, oname, r)
try:
    SyntaxError("m", LenRaise())
except Boom:
    print("SyntaxError Boom")


class O:
    pass


class R:
    def __radd__(self, o):
        return "R.radd"


class LS(list):
    pass


for s in [(1, 2), [1], "ab", b"ab", bytearray(b"ab"), LS([1])]:
    for arg in [O(), R(), LenWrong()]:
        try:
            r = s.__add__(arg)
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(type(s).__name__, "__add__", r)
        try:
            r = s + arg
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(type(s).__name__, "+", r)
for op in [list, tuple, "".join, lambda x: [*x]]:
    try:
        print(op(iter(LenRaise())))
    except Boom:
        print("Boom")
