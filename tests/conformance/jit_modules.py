# Module attributes in loops tier 2 compiles: math.sqrt (inlined), math.pi,
# a sqrt imported by name, with the module's attributes and the globals
# rebound between calls.
import math
from math import sqrt


def norms(ps):
    t = 0.0
    for x, y in ps:
        t += math.sqrt(x * x + y * y)
    return t


def circles(rs):
    t = 0.0
    for r in rs:
        t = t + math.pi * r * r
    return t


def roots(xs):
    t = 0.0
    for x in xs:
        t += sqrt(x)
    return t


def show(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


pts = [(i * 0.5, 3.0 - i) for i in range(100)]
show("norms", norms, pts)
show("norms ints", norms, [(i, 2 * i) for i in range(100)])
show("circles", circles, [i * 0.25 for i in range(100)])
show("circles ints", circles, list(range(100)))
show("roots", roots, [float(i) for i in range(100)])
show("roots ints", roots, list(range(100)))
show("roots -0.0 inf", roots, [1.0] * 50 + [-0.0, float("inf")])
show("roots negative", roots, [float(i) for i in range(60)] + [-1.0])
show("roots big", roots, list(range(60)) + [10**40, 10**400])
show("roots str", roots, list(range(60)) + ["s"])

# Rebinding between calls: the module's attributes, then the global.
saved_sqrt, saved_pi = math.sqrt, math.pi
math.sqrt = lambda x: -x
show("sqrt rebound", norms, pts)
math.sqrt = saved_sqrt
show("sqrt restored", norms, pts)
math.pi = 3
show("pi rebound", circles, [i * 0.25 for i in range(100)])
del math.pi
show("pi deleted", circles, [i * 0.25 for i in range(100)])
math.pi = saved_pi


class FakeMath:
    pi = 4.0

    @staticmethod
    def sqrt(x):
        return 1.0


real_math = math
math = FakeMath()
show("math rebound", norms, pts)
show("math rebound circles", circles, [i * 0.25 for i in range(100)])
math = real_math
show("math restored", norms, pts)
sqrt = abs
show("sqrt global rebound", roots, [float(i) for i in range(100)])
