# Classmethods, staticmethods and class attributes holding values
# (deltablue's Strength.REQUIRED and Strength.stronger) in loops run as
# native code: the class's attributes are rebound between calls and
# midway, an instance held by a class changes class, a classmethod raises
# two frames deep, and a guard fails between LOAD_METHOD and CALL.
import sys
import traceback


class Strength:
    SCALE = 3
    RATIO = 0.5

    def __init__(self, v, name):
        self.v = v
        self.name = name

    @classmethod
    def stronger(cls, a, b):
        return a.v < b.v

    @classmethod
    def scaled(cls, x):
        return x * cls.SCALE

    @staticmethod
    def plus(a, b):
        return a + b

    @classmethod
    def checked(cls, x):
        return cls.inner(x)

    @classmethod
    def inner(cls, x):
        return 100 // x


Strength.REQUIRED = Strength(0, "required")
Strength.WEAK = Strength(5, "weak")


class Sub(Strength):
    SCALE = 10


class Odd(Strength):
    pass


def count_stronger(items):
    n = 0
    for s in items:
        if Strength.stronger(s, Strength.WEAK):
            n += 1
        if s is Strength.REQUIRED:
            n += 100
    return n


def scale_sum(cls, n):
    t = 0
    for i in range(n):
        t += cls.scaled(i) + Strength.plus(i, 1) + Strength.SCALE
    return t


def ratio_sum(n):
    t = 0.0
    for i in range(n):
        t += Strength.RATIO * i
    return t


def rebind_midway(n):
    t = 0
    for i in range(n):
        t += Strength.SCALE
        if i == n // 2:
            Strength.SCALE = 7
    Strength.SCALE = 3
    return t


def required_changes_class(items):
    n = 0
    for k, s in enumerate(items):
        if Strength.REQUIRED.v == 0:
            n += 1
        if k == 60:
            Strength.REQUIRED.__class__ = Odd
    Strength.REQUIRED.__class__ = Strength
    return n


def raise_inside(xs):
    t = 0
    try:
        for x in xs:
            t += Strength.checked(x)
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
    return t


def guard_between(items):
    n = 0
    for s in items:
        if Strength.stronger(s, s.name):
            n += 1
    return n


items = [Strength(i % 10, "s") for i in range(200)] + [Strength.REQUIRED] * 3
print(count_stronger(items))
print(scale_sum(Strength, 500), scale_sum(Sub, 500))
print(ratio_sum(300))
print(rebind_midway(400), rebind_midway(10))
print(required_changes_class(items))
print(raise_inside(list(range(50, 0, -1)) + [0, 3]))


class Named:
    def __init__(self, v):
        self.v = v


def stronger_named(a, b):
    return a.v < b.v


pairs = [Strength(i, Named(i + 1)) for i in range(100)]
print(guard_between(pairs))
pairs[50].name = Named(1.5)
pairs[70].name = Strength(2.5, "x")
print(guard_between(pairs))
pairs[80].name = "str"
try:
    guard_between(pairs)
except AttributeError as e:
    print("AttributeError", e)
Strength.stronger = classmethod(lambda cls, a, b: a.v < b.v)
print(count_stronger(items))
Strength.WEAK = Strength(2, "weaker")
print(count_stronger(items))
Strength.plus = staticmethod(lambda a, b: a - b)
print(scale_sum(Strength, 100))
