# Calls an entry trace makes without inlining them: recursion, and calls
# whose inlining would make the trace too long.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


def ffib(n):
    if n < 2:
        return float(n)
    return ffib(n - 1) + ffib(n - 2)


print(ffib(18))


# The result changes kind midway: int, then float, then str.
def mixed(n):
    if n < 2:
        return kind_of_leaf(n)
    return mixed(n - 1) + mixed(n - 2)


def kind_of_leaf(n):
    return n


for k in range(3):
    print(str(mixed(15))[:20])
    if k == 0:
        def kind_of_leaf(n):
            return n * 0.5
    else:
        def kind_of_leaf(n):
            return "ab"[n]


# Exceptions deep inside called functions, with their tracebacks.
def boom(n, z):
    if n == 0:
        return 1 // z
    return boom(n - 1, z) + 1


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


for n in (1, 5, 30):
    for i in range(60):
        try:
            boom(n, 0 if i == 59 else 1)
        except ZeroDivisionError as e:
            print(n, tb_lines(e)[:4], tb_lines(e)[-2:], len(tb_lines(e)))


def safe(n):
    if n == 0:
        return 0
    try:
        return safe(n - 1) + (1 if n % 7 else 1 // 0)
    except ZeroDivisionError:
        return -1000


print([safe(n) for n in range(40)])


# RecursionError at the interpreter's depth.
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


for i in range(100):
    down(20)
sys.setrecursionlimit(200)
try:
    down(1000)
except RecursionError as e:
    print("RecursionError", e)
print(down(150))
sys.setrecursionlimit(10**5)
print(down(60000))
try:
    down(200000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# Generators and closures as callees.
def gen(n):
    for i in range(n):
        yield i


def total(n):
    if n == 0:
        return 0
    return sum(gen(n)) + total(n - 1)


print([total(n) for n in range(30)])


def make_adder(k):
    def add(n):
        if n == 0:
            return k
        return add(n - 1) + 1
    return add


adders = [make_adder(k) for k in range(5)]
print([a(20) for a in adders for _ in range(20)][::20])


# A callee rebound midway, by the callee itself.
def walk(n):
    if n == 0:
        return 0
    return step(n) + walk(n - 1)


def step(n):
    global step
    if n == 500:
        step = lambda n: 1000
    return 1


for i in range(3):
    print(walk(600))


# Deep method chains: inlining everything is too long.
class Chain:
    def __init__(self):
        self.count = 0

    def a(self, x):
        self.b(x); self.b(x); self.b(x); self.b(x); self.b(x)
        self.b(x); self.b(x); self.b(x); self.b(x); self.b(x)
        return self.count

    def b(self, x):
        self.c(x); self.c(x); self.c(x); self.c(x); self.c(x)
        self.c(x); self.c(x); self.c(x); self.c(x); self.c(x)

    def c(self, x):
        self.d(x); self.d(x); self.d(x); self.d(x); self.d(x)
        self.d(x); self.d(x); self.d(x); self.d(x); self.d(x)

    def d(self, x):
        self.e(x); self.e(x); self.e(x); self.e(x); self.e(x)
        self.e(x); self.e(x); self.e(x); self.e(x); self.e(x)

    def e(self, x):
        self.count += x


ch = Chain()
for i in range(30):
    r = ch.a(1)
print(r)


# The class of an instance the trace holds changes inside a call.
class P:
    def val(self):
        return 1

    def run(self, n):
        if n == 0:
            return 0
        return self.run(n - 1) + self.val() + switch(self, n)


class Q(P):
    def val(self):
        return 100


def switch(o, n):
    if n == 3 and flag[0]:
        o.__class__ = Q
    return 0


flag = [False]
p = P()
for i in range(50):
    p.run(10)
flag[0] = True
print(p.run(10), type(p).__name__)


# A recursive function with enough work per call for its trace to call
# itself, raising deep inside once.
def heavy(n, a, b):
    if n <= 0:
        if fail[0]:
            raise ValueError("deep")
        return a - b
    x = a + b * 3 - 7
    y = x * 2 - a + b
    z = y + x - a * 2 + b * 3
    w = z - y + x * 2 - 1
    v = w + z - y + x - a + b
    u = v - w + z - y + x - a + b - 3
    t = u + v - w + z - y + x - a + b + 5
    s = t - u + v - w + z - y + x - a - b
    a2 = s - t + u - v + w - z + y - x + 11
    b2 = a2 + s - t + u - v + w - z + y - 13
    return heavy(n - 1, b - 1, a + 1) + heavy(n - 2, a2 - b2, b - a) - 1


fail = [False]
for i in range(5):
    print(heavy(12, i, 2 * i))
print(heavy(16, 3, 4), heavy(16, 1.5, 2))
fail[0] = True
try:
    heavy(5, 1, 2)
except ValueError as e:
    print("ValueError", e, tb_lines(e)[-3:])
