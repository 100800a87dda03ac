# defaultdict, namedtuple, Counter, ChainMap, OrderedDict, UserDict,
# UserList and UserString: behaviour, reprs and errors.
import copy
import pprint
from collections import (ChainMap, Counter, OrderedDict, UserDict, UserList,
                         UserString, defaultdict, namedtuple)
import collections.abc


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# defaultdict
d = defaultdict(list)
d["a"].append(1)
d["b"]
print(d, d.default_factory, "c" in d, len(d), isinstance(d, dict))
print(d.copy(), copy.copy(d), copy.deepcopy(d), d == {"a": [1], "b": []})
print(d | {"z": 1}, {"z": 1} | d, type(d | {}).__name__)
d |= {"q": 2}
print(d, d.get("nope"), d.__reduce__()[:2])
d.default_factory = None
t("missing", lambda: d["x"])
del d.default_factory
print(d.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
t("factory", lambda: defaultdict(1))
t("or", lambda: defaultdict(int) | 1)
r = defaultdict(list)
r[1] = r
print(r)


class DD(defaultdict):
    __slots__ = ("x",)


dd = DD(int)
dd.x = 5
dd[1] += 1
print(dd, dd.x, type(dd.copy()).__name__)


class Mix:
    def hello(self):
        return "hi"


class DD2(Mix, defaultdict):
    pass


m = DD2(str)
m.attr = 1
print(m[1] == "", m.default_factory, m.hello(), m.attr, m)

# namedtuple
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p.x, p.y, P._fields, P._field_defaults, P.__doc__, P.x.__doc__, P.__module__)
print(P._make([3, 4]), p._replace(x=9), p._asdict(), p == (1, 0), hash(p) == hash((1, 0)))
print(copy.copy(p), copy.deepcopy(p), P.__new__.__doc__, P.__match_args__)
t("set", lambda: setattr(p, "x", 3))
t("del", lambda: delattr(p, "x"))
t("replace bad", lambda: p._replace(z=1))
t("make bad", lambda: P._make([1, 2, 3]))
t("new bad", lambda: P(1, 2, 3))
t("kw bad", lambda: P(1, z=2))
t("name bad", lambda: namedtuple("1x", "a"))
t("field kw", lambda: namedtuple("X", "a def"))
t("field underscore", lambda: namedtuple("X", "_a"))
t("dup", lambda: namedtuple("X", "a a"))
t("defaults", lambda: namedtuple("X", "a", defaults=[1, 2]))
print(namedtuple("R", "a _b def a", rename=True)._fields)
print(namedtuple("M", ["a"], module="mod").__module__)
getter = P.x
print(type(getter).__name__, getter.__get__(None, P) is getter, getter.__reduce__())
t("getter bad", lambda: getter.__get__(1))
t("getter short", lambda: P.y.__get__((1,)))


class Pt(namedtuple("Pt", "a b")):
    __slots__ = ()

    def total(self):
        return self.a + self.b


print(Pt(1, 2).total(), Pt(1, 2))
match Pt(3, 4):
    case Pt(a, b=b):
        print("match", a, b)

# Counter
c = Counter("abracadabra")
print(c, c.most_common(2), sorted(c.elements()), c["z"], c.total())
c.update("zz")
c.subtract({"a": 10})
print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1), Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=2), Counter(a=2) & Counter(a=1, b=1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), repr(Counter()))
t("fromkeys", lambda: Counter.fromkeys("ab"))

# ChainMap
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4}), cm.parents)
cm["z"] = 0
del cm["z"]
t("chain del", lambda: cm.__delitem__("b"))
print(cm | {"q": 1}, dict(cm))

# OrderedDict
o = OrderedDict.fromkeys("abc")
o.move_to_end("a")
o.move_to_end("c", last=False)
print(o, list(reversed(o)), o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {"a": 1})
t("od missing", lambda: OrderedDict().move_to_end("x"))
t("od pop", lambda: OrderedDict().popitem())

# UserDict, UserList, UserString
ud = UserDict(a=1)
ud["b"] = 2
print(ud, ud.data, len(ud), "a" in ud, ud.copy(), ud | {"c": 3}, isinstance(ud, collections.abc.MutableMapping))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], [0] + ul, ul * 2, ul.index(2), ul == [1, 2, 3, 4], isinstance(ul, list))
us = UserString("Hello")
print(us, repr(us), us.upper(), us[1:3], type(us[1:3]).__name__, us + "!", us * 2, "ell" in us, len(us), us.split("l"))
print(isinstance(us, str), us == "Hello", us < "World", hash(us) == hash("Hello"))
pprint.pprint({"users": UserList(range(30)), "dict": UserDict(x=[1] * 3), "s": UserString("x")})
print(issubclass(defaultdict, collections.abc.MutableMapping), isinstance(deque := __import__("collections").deque(), collections.abc.MutableSequence))


class C2(Counter):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


class C3(Counter):
    def get(self, k, default=None):
        return 100


print(C2("abca"), C3("abca"), Counter(iter("xyx")))
t("count bad", lambda: Counter(5))
t("count unhashable", lambda: Counter([[1]]))
