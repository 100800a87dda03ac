# Binary operators and comparisons whose left operand's class defines the
# method in Python, run many times at the same site (so that it is
# specialized) with the cases that must leave the fast path: NotImplemented,
# reflected methods of subclasses, in-place methods added later, methods
# replaced, errors, recursion, frames and tracing.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __sub__(self, other):
        return V(self.x - other.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x

    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x < other.x

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    def __radd__(self, other):
        return "W.__radd__"

    def __gt__(self, other):
        return "W.__gt__"


class R:
    def __radd__(self, other):
        return "R.__radd__"

    def __eq__(self, other):
        return "R.__eq__"


def add(a, b):
    return a + b


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def iadd(a, b):
    a += b
    return a


total = V(0)
for i in range(300):
    total = add(total, V(1))
    total = add(total, 1)
print(total, add(V(1), V(2)) == V(3), lt(V(1), V(2)), lt(V(2), V(1)))

# The same sites with other operands.
print(add(V(1), W(2)))          # a subclass's reflected method first
print(add(V(1), R()))           # NotImplemented, then R.__radd__
try:
    add(V(1), "x")
except TypeError as e:
    print("TypeError:", e)
print(lt(V(1), W(2)))           # W.__gt__ first
print(eq(V(1), R()))            # NotImplemented, then R.__eq__
print(eq(V(1), "s"), ne(V(1), "s"), eq(V(1), V(1)))
v = V(5)
print(eq(v, v) if False else "skip")
try:
    lt(V(1), 3)
except TypeError as e:
    print("TypeError:", e)
print(add(3, V(4)) if hasattr(V, "__radd__") else "no __radd__")


# Same-type NotImplemented: no reflected call, a TypeError.
class N:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "never"

    def __lt__(self, other):
        return NotImplemented


for i in range(100):
    try:
        add(N(), N())
    except TypeError as e:
        msg = str(e)
print(msg)
try:
    lt(N(), N())
except TypeError as e:
    print("TypeError:", e)

# In-place: __add__ until the class gets __iadd__.
x = V(0)
for i in range(200):
    x = iadd(x, 1)
print(x)
V.__iadd__ = lambda self, other: "iadd"
print(iadd(V(0), 1))
del V.__iadd__
print(iadd(V(0), 1))

# The method replaced, then given defaults (no longer two plain
# parameters), then a builtin.
for i in range(100):
    add(V(i), V(i))
V.__add__ = lambda self, other: ("lambda", self.x, other.x)
print(add(V(1), V(2)))
V.__add__ = lambda self, other=None, *rest: ("varargs", other.x)
print(add(V(1), V(2)))
V.__add__ = list.__add__ if False else (lambda *a: ("star", len(a)))
print(add(V(1), V(2)))


# Errors raised inside the method, with the traceback through the site.
class E:
    def __add__(self, other):
        raise ValueError("in __add__")

    def __eq__(self, other):
        return 1 / 0


for i in range(50):
    try:
        add(E(), E())
    except ValueError:
        pass
try:
    add(E(), 1)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", names)
try:
    eq(E(), E())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# Frames: the method's caller is the function with the operator.
class F:
    def __add__(self, other):
        return sys._getframe(1).f_code.co_name

    def __le__(self, other):
        return sys._getframe(1).f_lineno > 0


def add_f(a, b):
    return a + b


for i in range(100):
    r = add_f(F(), F())
print(r, F() <= F())


# Recursion through an operator.
class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if self.n == 0:
            return 0
        return Deep(self.n - 1) + other


print(Deep(50) + Deep(0))
try:
    Deep(100000) + Deep(0)
except RecursionError:
    print("RecursionError")


# A method that closes over a variable, and a generator-producing one.
def make():
    scale = 10

    class C:
        def __mul__(self, k):
            return scale * k

        def __sub__(self, other):
            yield from (1, 2)
    return C


C = make()
print(sum(C() * i for i in range(100)), list(C() - C()))


# A subclass of a builtin type whose method is written in Python.
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


print([add(MyInt(1), 2) for i in range(3)][-1], add(MyInt(1), MyInt(2)))


# Under a trace function.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "__add__":
        events.append(event)
    return tracer


class T:
    def __add__(self, other):
        return 1


for i in range(100):
    add(T(), T())
sys.settrace(tracer)
add(T(), T())
sys.settrace(None)
print(events)
