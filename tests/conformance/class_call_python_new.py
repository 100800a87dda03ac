# Calls of classes whose __new__ is written in Python, many times at the
# same site: namedtuples, classes that make their instances with
# object.__new__ themselves, __new__ returning other objects, __init__
# after __new__, changes to the class, errors and recursion.
import sys
from collections import namedtuple

P = namedtuple("P", "x y")


def make_p(a, b):
    return P(a, b)


total = 0
for i in range(300):
    p = make_p(i, -i)
    total += p.x + p.y * 2
print(total, make_p(1, 2), type(make_p(1, 2)).__name__)
for args in [(1,), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)
print(P(y=2, x=1), P(1, y=2))


class Counted:
    made = 0

    def __new__(cls, *args):
        Counted.made += 1
        return object.__new__(cls)


class Point:
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self


class WithInit:
    def __new__(cls, v):
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v * 10


def build(cls, *args):
    return cls(*args)


def pt(x, y):
    return Point(x, y)


def wi(v):
    return WithInit(v)


s = 0
for i in range(200):
    s += pt(i, 1).x + wi(i).v
print(s, vars(pt(3, 4)), wi(5).v)


# __new__ returning something else: no __init__ unless it is an instance
# of the class.
class Odd:
    def __new__(cls, kind):
        if kind == 0:
            return [kind]
        if kind == 1:
            return object.__new__(OddSub)
        return object.__new__(cls)

    def __init__(self, kind):
        self.kind = ("Odd", kind)


class OddSub(Odd):
    def __init__(self, kind):
        self.kind = ("OddSub", kind)


def odd(k):
    return Odd(k)


for i in range(100):
    r = [odd(0), odd(1), odd(2)]
print(r[0], type(r[1]).__name__, r[1].kind, type(r[2]).__name__, r[2].kind)


# __init__ returning a value.
class BadInit:
    def __new__(cls, v):
        return object.__new__(cls)

    def __init__(self, v):
        return v


def bad(v):
    return BadInit(v)


for i in range(100):
    bad(None)
try:
    bad(1)
except TypeError as e:
    print("TypeError:", e)


# The class changed after the site is warm.
def point_site(x):
    return Point(x, x)


for i in range(100):
    point_site(i)
Point.__init__ = lambda self, x, y: setattr(self, "z", x + y)
print(vars(point_site(2)))
Point.__new__ = staticmethod(lambda cls, x, y: ("replaced", x, y))
print(point_site(3))
Point.__new__ = staticmethod(lambda cls, x, y: object.__new__(cls))
print(vars(point_site(4)))


# Errors in __new__, with the traceback through the call site.
class Raises:
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return object.__new__(cls)


def raises(v):
    return Raises(v)


for i in range(100):
    raises(i)
try:
    raises(-1)
except ValueError as e:
    tb, names = e.__traceback__, []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)


# object.__new__ given the arguments.
class Extra:
    def __new__(cls, v):
        return object.__new__(cls, v)


for i in range(3):
    try:
        Extra(i)
    except TypeError as e:
        print("TypeError:", e)


# Frames, closures, inheritance of __new__, recursion.
def make_class():
    tag = "closure"

    class C:
        def __new__(cls, depth):
            self = object.__new__(cls)
            self.tag = tag
            self.caller = sys._getframe(1).f_code.co_name
            self.child = cls(depth - 1) if depth > 0 else None
            return self
    return C


C = make_class()


class D(C):
    pass


def chain(cls, n):
    return cls(n)


for i in range(100):
    c = chain(D, 3)
print(c.tag, c.caller, c.child.caller, type(c.child.child).__name__)
try:
    chain(C, 100000)
except RecursionError:
    print("RecursionError")

print(Counted.made, [build(Counted, i) is not None for i in range(3)], Counted.made)
