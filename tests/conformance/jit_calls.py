# Loops whose bodies call small Python functions, which tier 2 inlines
# into the loop's trace: exits inside the calls rebuild the callees'
# frames, which the interpreter resumes.
import sys


def add(a, b=2):
    return a + b


def scale(x, k=0.5):
    return x * k


def inner(x):
    return x + 1


def middle(x):
    return inner(x) * 2


def outer(x):
    return middle(x) - inner(x)


def sums(n):
    total = 0
    f = 0.0
    for i in range(n):
        total = add(total, i)
        total = add(total)
        f = f + scale(i) + scale(f, 0.25)
        total += outer(i)
    return total, f


print("sums", sums(300), sums(1000))


# A call that returns None, discarded, and one whose result is tested.
def nothing():
    pass


def nothing_too(x):
    return None


def discards(n):
    c = 0
    for i in range(n):
        nothing()
        nothing_too(i)
        if nothing_too(i):
            c += 100
        c += 1
    return c


print("discards", discards(500))


# A branch inside the callee that turns midway: the exit resumes inside
# the callee's rebuilt frame.
def clamp(x, hi):
    if x > hi:
        return hi
    return x


def clamps(n, hi):
    t = 0
    for i in range(n):
        t += clamp(i, hi)
    return t


print("clamps", clamps(400, 250), clamps(400, 1000), clamps(400, 10))


# Big ints born inside a callee.
def square(x):
    return x * x


def squares(n, start):
    t = 0
    x = start
    for i in range(n):
        x = square(x) + 1
        if x > 10**12:
            x = i
        t += 1
    return t, x


print("squares", squares(200, 2))


# Exceptions raised inside inlined calls at several depths keep
# CPython's traceback.
def div(a, b):
    return a / b


def div2(a, b):
    return div(a, b) + 1.0


def div3(a, b):
    return div2(a, b) * 2.0


def divides(n):
    t = 0.0
    d = 5.0
    for i in range(n):
        t += fn(1.0, d)
        d -= 0.03125
    return t


for fn in (div, div2, div3):
    try:
        divides(400)
    except ZeroDivisionError as e:
        frames = []
        tb = e.__traceback__
        while True:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            if not tb.tb_next:
                break
            tb = tb.tb_next
        print("traceback", fn.__name__, frames)
        print(type(e).__name__ + ":", e)
        print("locals", sorted(tb.tb_frame.f_locals.items()))
        print("back", tb.tb_frame.f_back.f_code.co_name, sorted(tb.tb_frame.f_back.f_locals))


# Frames seen from inside a callee the trace left: sys._getframe, f_back,
# f_locals, f_lineno.
seen = []


def probe(a, b):
    c = a * 2
    if a == 123:
        fr = sys._getframe()
        seen.append([kv for kv in sorted(fr.f_locals.items()) if kv[0] != "fr"])
        back = sys._getframe(1)
        seen.append((back.f_code.co_name, back.f_lineno - probe_loop.__code__.co_firstlineno,
                     sorted(back.f_locals.items())))
        names = []
        while fr is not None:
            names.append(fr.f_code.co_name)
            fr = fr.f_back
        seen.append(names)
    d = c + b
    return d


def probe_mid(a):
    return probe(a, 7) - 1


def probe_loop(n):
    acc = 0
    for i in range(n):
        acc = acc + probe_mid(i)
    return acc


print("probe", probe_loop(300))
for s in seen:
    print(" ", s)


# Rebinding the global, assigning __code__ and __defaults__ midway.
def one(x):
    return x + 1


def two(x):
    return x * 2


def three(x, y=3):
    return x - y


def rebinds(n):
    global one
    t = 0
    for i in range(n):
        t += one(i)
        if i == 150:
            one = two
    return t


print("rebind", rebinds(300), rebinds(300))


def recodes(n):
    t = 0
    for i in range(n):
        t += three(i)
        if i == 100:
            three.__code__ = two.__code__
        if i == 200:
            three.__code__ = three_code
            three.__defaults__ = (10,)
    return t


three_code = three.__code__
print("recode", recodes(300), recodes(300))


# Recursion: inlined to a depth, deeper calls abort or exit.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def recursion(n):
    t = 0
    j = 0
    for i in range(n):
        t += fact(3) + fact(j)
        j += 1
        if j == 6:
            j = 0
    u = 0
    for i in range(n):
        u += fib(j)
        j += 1
        if j == 8:
            j = 0
    return t, u


print("recursion", recursion(300))


# Near the recursion limit: the loop's calls raise RecursionError exactly
# where the interpreter's would. The first iteration's calls nest less
# deep than the others, which the trace (recorded at a shallower depth)
# inlines.
def chain1(x):
    return chain2(x) + 1


def chain2(x):
    if x > 0:
        return chain3(x) + 1
    return 1


def chain3(x):
    return x + 1


def looper(n):
    t = 0
    for i in range(n):
        t += chain1(i)
    return t


def descend(k):
    if k == 0:
        return looper(300)
    return descend(k - 1)


sys.setrecursionlimit(200)
k = 0
while True:
    try:
        r = descend(k)
    except RecursionError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("recursion limit", str(e), "after", r, "in", tb.tb_frame.f_code.co_name)
        break
    k += 1
last = k - 1
print("depth below the limit", descend(last) == r)
try:
    descend(last + 1)
except RecursionError:
    print("raises again")
sys.setrecursionlimit(1000)


# Lists and tuples through calls.
def first(xs):
    return xs[0]


def pair(a, b):
    return (a, b)


def seqs(n):
    xs = [1, 2, 3]
    t = 0
    for i in range(n):
        t += first(xs) + len(xs)
        xs[0] = i
    return t


print("seqs", seqs(300))


# A profile function installed midway sees every call the interpreter
# would make: traces are not entered while it is there.
events = []


def prof(frame, event, arg):
    if frame.f_code.co_name == "add":
        events.append(event)


def profiled(n):
    t = 0
    for i in range(n):
        t = add(t, i)
        if i == 100:
            sys.setprofile(prof)
        if i == 200:
            sys.setprofile(None)
    return t


print("profiled", profiled(400), len(events), events[:3])


# Functions held in locals and passed as arguments; None and bool
# defaults.
def combine(a, b, extra=None, flip=False):
    if extra:
        return a + b + extra
    if flip:
        return a - b
    return a + b


def apply(fn, a, b):
    return fn(a, b)


def twice(fn, x):
    return fn(fn(x, 1), 1)


def minus(a, b):
    return a - b


def passes(n, op):
    t = 0
    for i in range(n):
        t = op(t, i)
        t = apply(op, t, 1)
        t = twice(combine, t)
        t = combine(t, 1, None, True)
        t = combine(t, 1, 2)
    return t


print("passes", passes(300, combine), passes(300, minus), passes(300, combine))
