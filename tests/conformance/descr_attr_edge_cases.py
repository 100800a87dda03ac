# __abstractmethods__ deletion, __dict__ set to a dict subclass's instance,
# a data descriptor with __set__ and no __get__, str/repr recursion through
# object.__str__, object.__new__ restored over a Python __new__, and
# __class__ assignment between classes naming the same slots.
try:
    getattr(type, "__abstractmethods__")
except AttributeError as e:
    print("AE", e)
class meta(type): pass
try:
    getattr(meta, "__abstractmethods__")
except AttributeError as e:
    print("AE", e)
class X: pass
try:
    del X.__abstractmethods__
except AttributeError as e:
    print("AE", e)
X.__abstractmethods__ = frozenset(["a"])
try:
    X()
except TypeError as e:
    print(e)
del X.__abstractmethods__
print(type(X()).__name__)

class Y(dict):
    def __init__(self):
        dict.__init__(self)
        self.__dict__ = self
y = Y(); y.attr = 42
print(y, y.attr)

class Descr(object):
    def __init__(self, name): self.name = name
    def __set__(self, obj, value): obj.__dict__[self.name] = value
descr = Descr("a")
class X(object): a = descr
for i in range(3):
    x = X()
    print(x.a is descr)
    x.a = 42
    print(x.a)
class Meta(type): pass
class X(metaclass=Meta): pass
X.a = 42
Meta.a = Descr("a")
print(X.a)

class Foo: pass
Foo.__repr__ = Foo.__str__
for f in (str, repr):
    try:
        f(Foo())
    except RecursionError:
        print("RecursionError")

class A(object):
    def __new__(cls, *args, **kwargs):
        raise AssertionError
class B(A):
    __new__ = object.__new__
    def __init__(self, foo):
        self.foo = foo
for i in range(3):
    try:
        B(3)
    except TypeError as e:
        print("TypeError", e)
class C:
    __new__ = object.__new__
    def __init__(self, foo):
        self.foo = foo
print(C(4).foo)

class G: __slots__ = ["b", "a", "__dict__", "c"]
print(list(G.__dict__))
class H(G): __slots__ = ["z", "y"]
print(list(H.__dict__))
class A: __slots__ = ["b", "a"]
class B: __slots__ = ["a", "b"]
x = A(); x.a = 1; x.b = 2
x.__class__ = B; print(x.a, x.b)
class C: __slots__ = ["a", "c"]
try:
    x.__class__ = C
except TypeError as e:
    print(e)
class Base(object): pass
class Meta1(type, Base): pass
class Meta2(Base, type): pass
class D(object, metaclass=Meta1): pass
class E(object, metaclass=Meta2): pass
for cls in D, E:
    print(type(cls.__dict__).__name__)
    try: cls.__dict__ = {}
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
    try: del cls.__dict__
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
    try: Base.__dict__["__dict__"].__set__(cls, {})
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
    try: print(Base.__dict__["__dict__"].__get__(cls))
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class Base: pass
class Exception2(Base, Exception): pass
e = Exception2()
e.__dict__ = {"a": 1}
print(e.a)
