# More class machinery: __slots__ with inheritance, class/static methods,
# descriptors with __set__, __class_getitem__, __init_subclass__ kwargs,
# abstract classes, __bases__ assignment, operator overloading fallbacks.
class Base:
    __slots__ = ("x",)
class Derived(Base):
    __slots__ = ("y",)
d = Derived(); d.x = 1; d.y = 2
print(d.x, d.y, hasattr(d, "__dict__"), Derived.__slots__)
class WithDict(Base):
    pass
w = WithDict(); w.z = 3; w.x = 4
print(w.z, w.x, w.__dict__)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, p.__dict__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)

class Registry:
    subclasses = []
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = prefix + cls.__name__
        Registry.subclasses.append(cls.tag)
class A(Registry, prefix="x-"):
    pass
class B(A):
    pass
print(Registry.subclasses, B.tag)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], list[int], dict[str, int])

class Temp:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c > -273.15
    @property
    def f(self):
        return self.c * 9 / 5 + 32
class SubTemp(Temp):
    pass
t = SubTemp.from_f(212)
print(type(t).__name__, t.c, t.f, Temp.valid(-300), t.valid(0))

class X: pass
class Y: pass
class Z(X): pass
Z.__bases__ = (Y,)
print(Z.__mro__ == (Z, Y, object), issubclass(Z, X), issubclass(Z, Y))

class Money:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Money) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __add__(self, o): return Money(self.v + (o.v if isinstance(o, Money) else o))
    __radd__ = __add__
    def __iadd__(self, o):
        self.v += o.v if isinstance(o, Money) else o
        return self
    def __repr__(self): return f"Money({self.v})"
m = Money(5)
m2 = m
m += 3
print(m, m2, m is m2, sum([Money(1), Money(2)]), Money(1) > Money(0), Money(2) >= Money(3) if hasattr(Money, "__ge__") else None)
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)
print(Money(1) == 1, Money(1) != Money(1), hash(Money) is not None)
try:
    hash(Money(1))
except TypeError as e:
    print("TypeError:", e)

class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("seq index out of range")
        return i * i
print(list(Seq(4)), 9 in Seq(4), list(reversed(Seq(3))), sorted(Seq(3), reverse=True), len(Seq(7)))

class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a[0])
with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)

class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), sum(tree), max(tree))
print(type(type), type(object), isinstance(type, object), isinstance(object, type), type.__mro__)
print(object.__subclasses__ is not None, int.__name__, int.__qualname__, str.__mro__, bool.__bases__)
print(vars(Person("Bo", 3)), dir(Box)[:3], sorted(vars(Temp).keys())[:4])
