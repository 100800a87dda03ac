# Every kind of callable: functions, builtins, bound methods, classes,
# callable instances, generator and coroutine functions, descriptors.

def func(x):
    return x * 2

print(func(21))
print(len([1, 2, 3]), abs(-4), isinstance(3, int), min(4, 2, 8))
xs = []
xs.append(1)
print(xs, type(xs.append).__name__)

class C:
    def __init__(self, value):
        print("init", value)
        self.value = value
    def method(self, x):
        return self.value + x
    @staticmethod
    def smeth(x):
        return ("static", x)
    @classmethod
    def cmeth(cls, x):
        return (cls.__name__, x)

obj = C(10)
print(obj.method(5))
bound = obj.method
print(bound(6), bound.__self__ is obj, bound.__func__ is C.method)
print(C.method(obj, 7))
print(C.smeth(1), obj.smeth(2), C.cmeth(3), obj.cmeth(4))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return self.n + x

add10 = Adder(10)
print(add10(5), callable(add10), callable(3))
print(type(add10).__call__(add10, 1))

def gen():
    print("gen started")
    yield 1

g = gen()
print(type(g).__name__)
print(next(g))

async def fetch():
    return 1

coro = fetch()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)

class New:
    def __new__(cls, value):
        print("new", cls.__name__, value)
        obj = super().__new__(cls)
        return obj
    def __init__(self, value):
        print("init", value)
        self.value = value

n = New(3)
print(n.value)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")

print(Other())

class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class WithMeta(metaclass=Meta):
    def __init__(self, a, b=0):
        self.a, self.b = a, b

w = WithMeta(1, b=2)
print(w.a, w.b)

three, abc = 3, "abc"
try:
    three()
except TypeError as e:
    print(e)
try:
    abc()
except TypeError as e:
    print(e)
try:
    obj()
except TypeError as e:
    print(e)
try:
    C()
except TypeError as e:
    print(e)
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)

class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print(e)

import types
m = types.MethodType(func, obj)
print(m())
print(int("12"), str(5), float("1.5"), list("ab"), tuple([1]), dict(a=1))
print(type(3), type("x"), type(None))
print(type("T", (), {"x": 1})().x)
