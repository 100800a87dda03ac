# Binary operators on instances whose class defines the method in Python
# (raytrace's Vector and Point), in loops run as native code: every exit
# inside the method resumes at the operator, and the interpreter does it
# again: the method raises midway, returns NotImplemented midway, meets a
# subclass with a reflected method, an operand of another type, in-place
# forms, a method replaced between calls, and methods with side effects.
import sys
import traceback


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return Vec(self.x + other, self.y + other)

    def __sub__(self, other):
        other.check()
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __mod__(self, other):
        return NotImplemented if other.x == 99 else Vec(0, 0)

    def __rmod__(self, other):
        return "rmod"

    def check(self):
        return self

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Bad(Vec):
    def check(self):
        raise ValueError("bad vector %s" % self.x)


class Sub(Vec):
    def __radd__(self, other):
        return "radd"


class Counter:
    n = 0

    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        Counter.n += 1
        self.v += 1
        return Counter(self.v + other.v)


def walk(vs):
    acc = Vec(0, 0)
    for v in vs:
        acc = acc + v
        acc = acc - v * 0.5
    return acc.x, acc.y


def scaled(vs, k):
    t = 0.0
    for v in vs:
        w = v / k + 1
        t += w.dot(w)
    return t


def inplace(vs):
    acc = Vec(1, 1)
    for v in vs:
        acc += v
        acc -= v
        acc *= 1
    return acc.x, acc.y


def raises_midway(vs):
    acc = Vec(0, 0)
    try:
        for v in vs:
            acc = acc - v
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    return acc.x, acc.y


def mods(vs):
    out = []
    for v in vs:
        r = v % v
        out.append(r if isinstance(r, str) else r.x)
    return out[-3:]


def counters(cs):
    t = 0
    for c in cs:
        d = c + c
        t += d.v
    return t, Counter.n


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


vs = [Vec(i, -i) for i in range(300)]
show(walk, vs)
show(walk, vs[:100] + [Sub(1, 1)] + vs[:100])
show(scaled, vs, 4.0)
show(scaled, vs, 0.5)
show(scaled, vs, 0.0)
show(inplace, vs)
show(raises_midway, vs[:150] + [Bad(7, 7)] + vs)
show(mods, vs[:120] + [Vec(99, 0)] + vs[:10])
show(counters, [Counter(i) for i in range(200)])
show(walk, vs[:80] + ["s"])
show(walk, vs[:80] + [2.5] + vs[:10])
Vec.__add__ = lambda self, o: Vec(self.x - 1, self.y)
show(walk, vs)
