# Class patterns: __match_args__, keyword sub-patterns, builtins that match themselves.
import collections
import collections.abc
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(0, 0, 1), 5]:
    print(where(p))

# Builtins with one positional sub-pattern match the subject itself.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [9, 8], (1, 2), {"k": 0}, {1, 2}, frozenset(), None, []]:
    print(repr(v), "->", kind(v))


class MyInt(int):
    pass


class MyStr(str):
    __match_args__ = ("upper",)


match MyInt(5):
    case MyInt(x):
        print("subclass of int matches self:", x, type(x).__name__)

match MyStr("ab"):
    case MyStr(u):
        print("own __match_args__ wins:", u())

match 5:
    case int(real=r, imag=i):
        print("keywords on int", r, i)

# Dataclasses get __match_args__.
@dataclasses.dataclass
class Circle:
    r: float


@dataclasses.dataclass
class Rect:
    w: float
    h: float


for s in [Circle(1.0), Rect(2, 3), Rect(4, 4)]:
    match s:
        case Circle(r):
            print("circle", r)
        case Rect(w, h) if w == h:
            print("square", w)
        case Rect(w=w, h=h):
            print("rect", w, h)

print(Rect.__match_args__)

# namedtuple: __match_args__ and sequence.
Pair = collections.namedtuple("Pair", "left right")
match Pair(1, 2):
    case Pair(l, r):
        print("namedtuple", l, r)
match Pair(1, 2):
    case (a, b):
        print("namedtuple as sequence", a, b)

# Missing attributes make the pattern fail; other errors propagate.
class Partial:
    __match_args__ = ("a", "b")
    a = 1


match Partial():
    case Partial(a, b):
        print("matched?!")
    case Partial(a):
        print("only a", a)


class Raises:
    @property
    def boom(self):
        raise ValueError("boom")

    @property
    def missing(self):
        raise AttributeError("missing")


match Raises():
    case Raises(missing=_):
        print("matched?!")
    case _:
        print("AttributeError from a property means no match")

try:
    match Raises():
        case Raises(boom=_):
            pass
except ValueError as e:
    print("ValueError", e)

# isinstance goes through __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", obj)
        return obj == "anything"


class Anything(metaclass=Meta):
    pass


for v in ["anything", "else"]:
    match v:
        case Anything():
            print("Anything matched", v)
        case _:
            print("Anything did not match", v)

# Attributes are read in order, each once.
class Loud:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print("  getattr", name)
        if name == "c":
            raise AttributeError(name)
        return name.upper()


match Loud():
    case Loud(x, y, c=z):
        print("matched?!")
    case Loud(x, y, d=z):
        print("Loud", x, y, z)

# Runtime errors.
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)


class NotTupleArgs:
    __match_args__ = ["a"]


class BadElem:
    __match_args__ = ("a", 1)
    a = 0


class NoArgs:
    pass


def t1():
    match 5:
        case len():
            pass


def t2():
    match NotTupleArgs():
        case NotTupleArgs(x):
            pass


def t3():
    match NoArgs():
        case NoArgs(x):
            pass


def t4():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass


def t5():
    match Point(1, 2):
        case Point(a, x=b):
            pass


def t6():
    match BadElem():
        case BadElem(a, b):
            pass


def t7():
    match 5:
        case int(1, 2):
            pass


def t8():
    not_a_class = 3
    match 5:
        case not_a_class.real():
            pass


def t9():
    match "x":
        case collections.abc.Sequence():
            print("  str is a Sequence instance")
    match NoArgs():
        case NoArgs(a=1):
            pass
        case _:
            print("  missing keyword attribute: no match")


for i, f in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9], 1):
    attempt(f"t{i}", f)

# Point(x) with subject not a Point: no attribute access, no error.
match 5:
    case Point(1, 2, 3):
        print("matched?!")
    case _:
        print("isinstance fails before __match_args__ is checked")
