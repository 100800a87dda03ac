# Classes: inheritance, MRO, super, properties, slots, class attributes.

class A:
    x = 1
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

print(D().who(), D().chain(), [k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__), issubclass(D, A), isinstance(D(), C))

try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        print("get v")
        return self._v
    @v.setter
    def v(self, val):
        print("set v", val)
        self._v = val
    @v.deleter
    def v(self):
        print("del v")

p = P()
p.v = 5
print(p.v)
del p.v

class RO:
    @property
    def r(self):
        return 1
try:
    RO().r = 2
except AttributeError as e:
    print("AttributeError:", e)

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("subclass", cls.__name__, tag)

class Sub(Base, tag="t1"):
    pass
print(Sub.tag)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "desc:" + self.name

class UsesDesc:
    attr = Desc()
print(UsesDesc().attr, type(UsesDesc.attr).__name__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {}

class WithMeta(metaclass=Meta):
    a = 1
    def f(self): pass
print(type(WithMeta).__name__)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self):
        return bool(self.x or self.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __contains__(self, v):
        return v in (self.x, self.y)

v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 2 * v, -v, v == Vec(1, 2), v != Vec(1, 2))
print(len(v), v[0], list(v), bool(Vec(0, 0)), 2 in v, sorted([Vec(3, 1), Vec(1, 5)]))
print({v: "hashable"}[Vec(1, 2)])
a, b = v
print(a, b)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v - v
except TypeError as e:
    print("TypeError:", e)
try:
    v < 3
except AttributeError as e:
    print("AttributeError:", e)

class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name
d = Dyn()
d.real = 1
print(d.real, d.missing)

class Ga:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
g = Ga()
g.x = 1
print(g.secret, g.x)

class SetAttr:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
sa = SetAttr()
sa.v = 4
print(sa.v)

class Cls:
    pass
c = Cls()
c.__class__ = type("Other", (), {})
print(type(c).__name__)
print(Cls.__name__, Cls.__qualname__, Cls.__module__, Cls.__bases__, Cls.__doc__)

class Doc:
    "docstring here"
print(Doc.__doc__)

class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
def fn():
    class Local:
        pass
    return Local
print(fn().__qualname__, repr(fn()).startswith("<class '__main__.fn.<locals>.Local'"))
class Private:
    def __init__(self):
        self.__hidden = 1
    def get(self):
        return self.__hidden
pv = Private()
print(pv.get(), pv._Private__hidden, hasattr(pv, "__hidden"))
