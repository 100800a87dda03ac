# Functions called often, without loops of their own: the JIT compiles
# them from their entry to their return (function-entry traces), with the
# functions they call inlined. Every result, exception, traceback and
# recursion limit must be the interpreter's.
import sys


def leaf():
    pass


def quad(a):
    leaf()
    leaf()
    leaf()
    leaf()
    return a * 4


def mid(a, b):
    x = quad(a)
    y = quad(b)
    return x + y


def top(a, b, c):
    return mid(a, b) + mid(b, c) + mid(c, a)


# Called from a module-level loop (not traced itself): the calls are.
t = 0
for i in range(300):
    t += top(i, i + 1, i + 2)
print("top", t)

# Results of every kind the trace holds, and None.
def pick(a, b):
    if a < b:
        return a
    return b


def fsum(a, b):
    return a * 0.5 + b


def nothing(a):
    leaf()


res = []
for i in range(200):
    res.append(pick(i, 100))
    res.append(fsum(i, 0.25))
    res.append(nothing(i))
print("results", sum(x for x in res if x is not None), res[-6:])

# A branch inside a callee that goes the other way midway.
def sign(x):
    if x < 0:
        return -1
    if x == 0:
        return 0
    return 1


def signs(a, b):
    return sign(a) * 10 + sign(b)


out = []
for i in range(-100, 100):
    out.append(signs(i, -i))
print("signs", sum(out), out[:3], out[98:103])

# Ints that overflow into big ints inside an entry trace.
def sq(x):
    return x * x


def sq2(x):
    return sq(x) + sq(x + 1)


big = 0
for i in range(100):
    big += sq2(3037000000 + i * 10)
print("big", big)

# Arguments of kinds the trace does not hold (str, dict), untouched or
# read, and arguments whose kind changes between calls.
def tag(s, n):
    return quad(n)


def tag2(s, n):
    return s + str(quad(n))


def poly(x):
    return quad(x) + quad(x)


acc = []
for i in range(100):
    acc.append(tag("a", i))
    acc.append(tag2("b", i))
    acc.append(poly(i if i % 3 else i * 0.5))
print("kinds", acc[:9], len(acc))

# Recursion: inlined to a depth, the deeper calls made by the
# interpreter (which enters the trace again).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(n) for n in range(20)], fib(22))


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


print("fact", fact(25), fact(30) % 1000003)


# Tail calls: an exit inside the callee leaves the caller waiting right
# before its return.
def tail(n, acc):
    if n == 0:
        return acc
    return tail(n - 1, acc + n)


print("tail", [tail(i, 0) for i in range(0, 40, 7)], tail(200, 0))


def wrapq(x):
    return quad(x)


print("wrapped", [wrapq(2**61 if i % 10 == 9 else i) for i in range(40)][-12:])


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


for i in range(60):
    depth(i)
print("depth", depth(150))


# Exceptions raised inside entry traces, one, two and three frames deep:
# the traceback, the frames' lines and locals are CPython's.
def div(a, b):
    c = a * 2.0
    return c / b


def div2(a, b):
    d = div(a, b) + 1.0
    return d


def div3(a, b):
    return div2(a, b) * 2.0


def report(e):
    frames = []
    tb = e.__traceback__
    while True:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        if not tb.tb_next:
            break
        tb = tb.tb_next
    print("traceback", frames)
    print(type(e).__name__ + ":", e)
    print("locals", sorted(tb.tb_frame.f_locals.items()))
    back = tb.tb_frame.f_back
    if back.f_code.co_name != "<module>":
        print("back", back.f_code.co_name, sorted(back.f_locals.items()))


for fn in (div, div2, div3):
    s = 0.0
    try:
        for i in range(200):
            s += fn(1.0, 5.0 - i * 0.03125)
    except ZeroDivisionError as e:
        print(fn.__name__, "after", s)
        report(e)


def type_err(a, b):
    return quad(a) + b


try:
    for i in range(100):
        type_err(i, 1 if i < 90 else "x")
except TypeError as e:
    report(e)


# Generators are not traced from their entry: their calls make a
# generator; the frame runs later.
def gen(n):
    yield leaf()
    yield quad(n)


print("gen", [list(gen(i)) for i in range(100)][-1])


# The recursion limit: RecursionError at the same depth as in the
# interpreter, with and without entry traces.
def chain(n):
    if n == 0:
        return quad(1)
    return chain(n - 1) + 0


def probe_limit():
    k = 0
    while True:
        try:
            chain(k)
        except RecursionError as e:
            tb = e.__traceback__
            frames = 0
            while tb.tb_next:
                tb = tb.tb_next
                frames += 1
            return k, str(e), tb.tb_frame.f_code.co_name, frames
        k += 1


for i in range(100):
    chain(5)
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
print("limit 120", probe_limit())
sys.setrecursionlimit(80)
print("limit 80", probe_limit())
sys.setrecursionlimit(old)


# Globals the trace took as constants, rebound between calls; a callee's
# __code__ and __defaults__ assigned.
def inc(x, d=1):
    return x + d


def use(x):
    return inc(x) + inc(x, 10)


r = []
for i in range(100):
    r.append(use(i))
    if i == 50:
        def inc(x, d=2):
            return x - d
    if i == 70:
        inc.__defaults__ = (100,)
    if i == 80:
        inc.__code__ = (lambda x, d=0: x * d).__code__
print("rebound", sum(r), r[49:52], r[69:72], r[79:82])


# Methods and functions called through locals and arguments.
class P:
    def __init__(self, x):
        self.x = x


def px(p):
    return p.x * 2 + quad(p.x)


def apply(f, v):
    return f(v) + 1


ps = [P(i) for i in range(50)] + [P(0.5)]
print("instances", sum(px(p) for p in ps))
print("apply", sum(apply(quad, i) for i in range(100)))

# A function shared by two names, and the same code with other globals.
ns = {}
exec("def same(a):\n    return quad(a) + K\n", {"quad": quad, "K": 1}, ns)
same1 = ns["same"]
ns2 = {}
exec("def same(a):\n    return quad(a) + K\n", {"quad": quad, "K": 1000}, ns2)
same2 = ns2["same"]
print("globals", sum(same1(i) + same2(i) for i in range(100)))
