# getattr with a default and hasattr on every kind of receiver, the
# reduction shortcuts of object.__reduce_ex__ and __getstate__, module
# functions called through a specialized site, appends to lists and `is`.
import copy
import math
import sys
import types


class Plain:
    cls_attr = 1

    def __init__(self):
        self.a = 1


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


class WithGetattribute:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)


class Props:
    @property
    def missing(self):
        raise AttributeError("inner")

    @property
    def broken(self):
        raise ValueError("boom")

    @property
    def fine(self):
        return "fine"


class Meta(type):
    def __getattr__(cls, name):
        if name == "meta_dyn":
            return "from meta"
        raise AttributeError(name)


class WithMeta(metaclass=Meta):
    pass


class Slotted:
    __slots__ = ("x", "y")


class SubAttrError(AttributeError):
    pass


class RaisesSub:
    def __getattr__(self, name):
        raise SubAttrError(name)


class RaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)


def show(label, f):
    try:
        v = f()
        if callable(v) or isinstance(v, (dict, types.MappingProxyType)) or type(v).__name__ == "WithGetattr":
            v = "<%s>" % type(v).__name__
        print(label, repr(v))
    except Exception as e:
        print(label, type(e).__name__, e)


p = Plain()
s = Slotted()
s.x = 3
receivers = [
    ("plain", p), ("getattr", WithGetattr()), ("getattribute", WithGetattribute()),
    ("props", Props()), ("meta class", WithMeta), ("class", Plain), ("slotted", s),
    ("module", math), ("int", 5), ("none", None), ("list", [1]), ("func", show),
    ("method", p.__init__), ("type", int), ("sub error", RaisesSub()),
]
names = ["a", "cls_attr", "nope", "dyn_x", "magic", "missing", "fine", "meta_dyn",
         "x", "y", "pi", "__dict__", "__class__", "__name__", "__reduce__"]
for label, obj in receivers:
    for name in names:
        show("getattr %s.%s" % (label, name), lambda: getattr(obj, name, "<default>"))
        show("hasattr %s.%s" % (label, name), lambda: hasattr(obj, name))

show("getattr broken property", lambda: getattr(Props(), "broken", None))
show("hasattr broken property", lambda: hasattr(Props(), "broken"))
show("getattr other error", lambda: getattr(RaisesOther(), "x", None))
show("hasattr other error", lambda: hasattr(RaisesOther(), "x"))
show("getattr no default", lambda: getattr(p, "nope"))
show("getattr non-str name", lambda: getattr(p, 1, None))
show("hasattr non-str name", lambda: hasattr(p, 1))


class StrSub(str):
    pass


show("getattr str subclass name", lambda: getattr(p, StrSub("a"), None))

# A module whose __getattr__ answers missing names.
mod = types.ModuleType("dynmod")
mod.__getattr__ = lambda name: "dyn " + name
show("module __getattr__", lambda: getattr(mod, "anything", None))
show("module hasattr", lambda: hasattr(mod, "anything"))


# Reductions: a class that inherits object's, one whose instances shadow
# __reduce__ or __getstate__, one that overrides them.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


pt = Point(1, [2, 3])
print(pt.__reduce_ex__(4)[0].__name__, pt.__reduce_ex__(4)[1:3])
print(copy.copy(pt), copy.deepcopy(pt))
shadow = Point(4, 5)
shadow.__reduce__ = lambda: (Point, (7, 8))
print(shadow.__reduce_ex__(4)[0].__name__, copy.deepcopy(shadow))
shadow2 = Point(4, 5)
shadow2.__getstate__ = lambda: {"x": "state", "y": "from instance"}
print(shadow2.__reduce_ex__(2)[2], copy.deepcopy(shadow2))


class OwnReduce(Point):
    def __reduce__(self):
        return (Point, (self.y, self.x))


print(copy.deepcopy(OwnReduce(1, 2)))


class OwnState(Point):
    def __getstate__(self):
        return {"x": -self.x, "y": -self.y}


print(copy.deepcopy(OwnState(1, 2)))


class SetState(Point):
    def __setstate__(self, state):
        self.__dict__.update(state, restored=True)


print(copy.deepcopy(SetState(1, 2)).__dict__)


class MetaReduce(type):
    pass


class WithMetaReduce(Point, metaclass=MetaReduce):
    pass


print(copy.deepcopy(WithMetaReduce(3, 4)))


class SlotPoint:
    __slots__ = ("x", "y")


sp = SlotPoint()
sp.x = 1
c = copy.deepcopy(sp)
print(c.x, hasattr(c, "y"))

# Shared and recursive structures keep their shape.
shared = [1, 2]
data = {"a": (shared, shared), "b": [shared] * 3}
d2 = copy.deepcopy(data)
print(d2, d2["a"][0] is d2["a"][1], d2["b"][0] is d2["a"][0], d2["a"][0] is shared)
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2 is rec)
memo = {}
copy.deepcopy([shared, shared], memo)
print(len(memo), sorted(type(v).__name__ for v in memo.values()))


# Module functions at a call site that keeps seeing them, including after
# the module's names change.
def call_floor(m, x):
    return m.floor(x)


for i in range(40):
    call_floor(math, 2.5)
print(call_floor(math, 2.5))
fake = types.ModuleType("fake")
fake.floor = lambda x: "fake floor %r" % x
print(call_floor(fake, 2.5))
print(call_floor(math, 7.5))
saved = math.floor
math.floor = lambda x: "patched"
print(call_floor(math, 1.5))
del math.floor
show("deleted", lambda: call_floor(math, 1.5))
math.floor = saved
print(call_floor(math, 9.5))
print(call_floor(types.SimpleNamespace(floor=lambda x: "ns"), 0))

# Lists built by appends.
for n in range(0, 10):
    l = []
    for i in range(n):
        l.append(i)
    m = [i * 2 for i in range(n)]
    print(n, l, m, len(l), sys.getsizeof([]) == sys.getsizeof(list()))

# Identity of unboxed values and singletons.
nan = float("nan")
vals = [1, 1.0, True, None, NotImplemented, Ellipsis, nan, 0, False, 2 ** 70, "s", ()]
for a in vals:
    print(repr(a), [a is b for b in vals])
x = 10 ** 3
y = 1000
print(x is y, nan is nan, float("nan") is nan, None is None, ... is Ellipsis)

# str.splitlines of ASCII and non-ASCII text.
cases = ["", "a", "a\n", "a\nb", "a\r\nb\r", "\r\n\r\n", "x\x0by\x0cz\x1c\x1d\x1eq", "\n\n",
         "abc\rdef\n\rg", "\xe9\nx", "a\x85b\u2028c", "tail\r"]
for c in cases:
    print(repr(c), c.splitlines(), c.splitlines(True), c.splitlines(keepends=1))


# A method call site specialized for objects of a builtin type whose
# instances may carry a __dict__ that hides the method.
def add_note_site(e):
    return e.add_note("n")


for i in range(40):
    add_note_site(ValueError(i))
hidden = ValueError("hidden")
hidden.add_note = lambda note: "instance attribute " + note
print(add_note_site(hidden), getattr(hidden, "__notes__", None))


def get_site(d):
    return d.get("k", "default")


for i in range(40):
    get_site({})
print(get_site({"k": 1}), get_site({}))


class D(dict):
    def get(self, k, default=None):
        return "subclass get"


print(get_site(D()))


def fn_site(f):
    return f.__repr__()[:10]


def g():
    pass


for i in range(40):
    fn_site(g)
g.__repr__ = lambda: "instance repr!!!"
print(fn_site(g))


# Functions with defaults and locals, called at specialized sites.
def defaults(a, b=2, c=(3,), *, d=4):
    x = a
    y = [b, c, d]
    return x, y


def defaults2(a, b=None, c="c"):
    z = None
    w = (a, b, c)
    return w, z


for i in range(40):
    defaults(i)
    defaults2(i)
print(defaults(1), defaults(1, 5), defaults(1, 5, 6), defaults2(0), defaults2(0, 1), defaults2(0, 1, 2))


# `is` and `is not` deciding a branch.
def branch(a, b):
    out = []
    if a is b:
        out.append("is")
    else:
        out.append("not")
    if a is not b:
        out.append("isnot")
    out.append("T" if a is b else "F")
    out.append(a is b)
    out.append(not (a is not b))
    return out


for a in vals:
    print(repr(a), [branch(a, b) for b in vals][:3], sum(branch(a, b)[3] for b in vals))
node = [1, [2, [3, None]]]
count = 0
while node is not None:
    count += 1
    node = node[1]
print(count)
