# Loops that call methods of instances, functions of modules and of
# classes, which tier 2 inlines into the loop's trace behind the class's
# version: exits inside the methods rebuild their frames, and instances
# that hide a method, classes whose method is replaced midway and
# methods whose __code__ changes leave the trace exactly.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)

    def bump(self, k=1):
        self.x += k

    def ratio(self, d):
        return self.x / d


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Child(Vec):
    def norm2(self):
        return Vec.norm2(self) + 1


def dots(vs, w):
    t = 0
    for v in vs:
        t += v.dot(w)
        t += v.norm2()
        v.bump()
        v.bump(2)
    return t


vs = [Vec(i, i + 1) for i in range(200)]
w = Vec(2, 3)
print("dots", dots(vs, w), dots(vs, w), vs[0].x, vs[-1].x)
print("slots", sum(Slotted(i, 2 * i).total() for i in range(10)))


def totals(ss):
    t = 0
    for s in ss:
        t += s.total()
    return t


ss = [Slotted(i, i * i) for i in range(300)]
print("totals", totals(ss), totals(ss))

# A subclass's instance midway: its own norm2, which calls the base's.
mixed = [Vec(i, 1) for i in range(100)] + [Child(1, 1)] + [Vec(i, 2) for i in range(100)]
print("mixed", dots(mixed, w))


# An instance that hides the method with an attribute of its own.
def hidden(vs):
    t = 0
    for v in vs:
        t += v.norm2()
    return t


hs = [Vec(i, 2) for i in range(200)]
print("hidden before", hidden(hs))
hs[150].norm2 = lambda: 1000000
print("hidden after", hidden(hs))
hs[50].__dict__["norm2"] = lambda: -1000000
print("hidden dict", hidden(hs))


# The class's method replaced between calls and midway.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self, k):
        self.n += k
        return self.n


def count(cs, k):
    t = 0
    for c in cs:
        t += c.step(k)
    return t


cs = [Counter() for _ in range(200)]
print("count", count(cs, 1), count(cs, 2))
Counter.step = lambda self, k: -k
print("count replaced", count(cs, 3))


def swap_midway(c, n):
    t = 0
    for i in range(n):
        if i == 300:
            Counter.step = lambda self, k: 1000
        t += c.step(i)
    return t


del Counter.step


def step(self, k):
    self.n += k
    return self.n


Counter.step = step
print("swap", swap_midway(Counter(), 600))


# __code__ of the method assigned midway.
def alt_step(self, k):
    return k * 10


def code_midway(c, n):
    t = 0
    for i in range(n):
        if i == 200:
            step.__code__ = alt_step.__code__
        t += c.step(i)
    return t


Counter.step = step
print("code", code_midway(Counter(), 500))


# Exceptions raised inside methods inlined one and two levels deep: the
# traceback and the frames' locals are the interpreter's.
class Div:
    def __init__(self, d):
        self.d = d

    def inner(self, x):
        return x / self.d

    def outer(self, x):
        y = x + 1.0
        return self.inner(y) * 2


def divide(ds):
    t = 0.0
    for d in ds:
        t += d.outer(1.5)
    return t


ds = [Div(float(i + 1)) for i in range(300)]
ds[250].d = 0.0
try:
    divide(ds)
except ZeroDivisionError as e:
    frames = []
    tb = e.__traceback__
    while True:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        if not tb.tb_next:
            break
        tb = tb.tb_next
    print("traceback", frames)
    print("locals", sorted((k, v) for k, v in tb.tb_frame.f_locals.items() if k != "self"))
    print("back", tb.tb_frame.f_back.f_code.co_name, sorted(tb.tb_frame.f_back.f_locals))

# An attribute the method reads that changes type midway.
ds = [Div(float(i + 1)) for i in range(300)]
ds[200].d = "x"
try:
    divide(ds)
except TypeError as e:
    print("TypeError", e)


# A frame seen from inside a method the trace left.
class Probe:
    def __init__(self):
        self.seen = None

    def look(self, i):
        if i == 400:
            fr = sys._getframe(1)
            self.seen = (fr.f_code.co_name, sorted(fr.f_locals))
        return i


def probing(p, n):
    t = 0
    for i in range(n):
        t += p.look(i)
    return t


p = Probe()
print("probe", probing(p, 500), p.seen)


# Functions of modules and of classes called as attributes.
mod = type(sys)("mod")
exec("def f(x):\n    return x * 3\n", mod.__dict__)


class Tools:
    def twice(x):
        return 2 * x

    @staticmethod
    def thrice(x):
        return 3 * x


def attr_calls(n):
    t = 0
    for i in range(n):
        t += mod.f(i)
        t += Tools.twice(i)
    return t


print("attr calls", attr_calls(500))
mod.f = lambda x: -x
print("module rebound", attr_calls(500))
Tools.twice = lambda x: 0
print("class rebound", attr_calls(500))


def rebind_midway(n):
    t = 0
    for i in range(n):
        if i == 250:
            mod.f = lambda x: 1
            Tools.twice = lambda x: 1
        t += mod.f(i) + Tools.twice(i)
    return t


exec("def f(x):\n    return x * 3\n", mod.__dict__)
Tools.twice = lambda x: 2 * x
print("rebind midway", rebind_midway(500))


# isinstance of an instance and a class its class derives from, which the
# trace takes as True; instances of other classes come in midway.
class Base:
    def __init__(self, x):
        self.x = x


class Derived(Base):
    pass


class Other:
    x = 0

    def __init__(self, x=0):
        self.x = -x


def checks(xs):
    t = 0
    for x in xs:
        assert isinstance(x, Base)
        if isinstance(x, Derived):
            t += 100
        t += x.x
    return t


xs = [Derived(i) for i in range(500)]
print("isinstance", checks(xs))
xs[300] = Base(7)
print("isinstance base", checks(xs))
xs[200] = Other()
try:
    checks(xs)
except AssertionError:
    print("isinstance AssertionError")
Derived.__bases__ = (Other,)
xs = [Derived(i) for i in range(10)]
try:
    checks(xs)
except AssertionError:
    print("isinstance after __bases__ assigned")
