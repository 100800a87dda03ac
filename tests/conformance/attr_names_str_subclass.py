# Attribute names that are instances of a str subclass work wherever a
# str does: setattr/getattr/delattr, the object and type methods,
# __setstate__ of exceptions, SimpleNamespace, abstract methods, __slots__,
# operator.attrgetter, and the errors for names that are not strs.
import abc
import operator
import types


class S(str):
    pass


class O:
    pass


o = O()
setattr(o, S("x"), 1)
print(o.x, getattr(o, S("x")), hasattr(o, S("x")), getattr(o, S("nope"), "dflt"))
delattr(o, S("x"))
print(hasattr(o, "x"))
object.__setattr__(o, S("y"), 2)
print(object.__getattribute__(o, S("y")), sorted(vars(o)))
object.__delattr__(o, S("y"))
print(vars(o))

setattr(O, S("cls_attr"), 3)
print(O.cls_attr, type.__getattribute__(O, S("cls_attr")))
type.__setattr__(O, S("other"), 4)
print(O.other)
type.__delattr__(O, S("other"))
print(hasattr(O, "other"))

e = Exception()
e.__setstate__({S("a"): 5, "b": 6})
print(e.a, e.b)

ns = types.SimpleNamespace()
setattr(ns, S("q"), 7)
print(ns, ns.q)

f = lambda: 0
setattr(f, S("fa"), 8)
print(f.fa)


class Base:
    def m(self):
        return "base"


class Derived(Base):
    def m(self):
        return getattr(super(), S("m"))() + "+derived"


print(Derived().m())
print(operator.attrgetter(S("real"))(5))


class Slotted:
    __slots__ = (S("p"), "q")


sl = Slotted()
sl.p = 9
setattr(sl, S("q"), 10)
print(sl.p, sl.q, getattr(sl, S("p")))


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


Abstract.__abstractmethods__ = frozenset({S("run")})
try:
    Abstract()
except TypeError as ex:
    print("TypeError:", ex)

for bad in [1, b"x", None, 2.5]:
    for call in [lambda: setattr(o, bad, 1), lambda: getattr(o, bad),
                 lambda: delattr(o, bad), lambda: hasattr(o, bad),
                 lambda: e.__setstate__({bad: 1}),
                 lambda: object.__getattribute__(o, bad),
                 lambda: object.__setattr__(o, bad, 1)]:
        try:
            call()
            print("no error")
        except TypeError as ex:
            print("TypeError:", ex)

# __setstate__ walks the dict as it is, item by item (CPython 3.11's
# gh-97591 case: a key whose __hash__ clears the dict).
state = {}


class ClearingKey(str):
    def __hash__(self):
        state.clear()
        return super().__hash__()


state[ClearingKey("k1")] = "v1"
ex = Exception("e")
ex.__setstate__(state)
print(ex.k1)
