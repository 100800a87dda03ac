# Loops whose guards fail often: branches that go both ways, values that
# are None or a float, instances of two classes. The JIT records side
# traces from those exits; every result, exception and traceback must be
# the interpreter's.


def both_ways(xs):
    t = 0
    u = 0.0
    last = -1
    for x in xs:
        if x < 50:
            t += x
        else:
            t -= 1
            u += 0.5
            last = x
    return t, u, last


xs = [(i * 37) % 100 for i in range(1000)]
for k in range(30):
    r = both_ways(xs)
print("both ways", r)


# A third path off the side path, and a path that comes back to the
# first: exits of the side trace itself.
def three_ways(xs):
    a = b = c = 0
    for x in xs:
        if x < 30:
            a += x
        elif x < 90:
            b += x
        else:
            c += 1
    return a, b, c


for k in range(30):
    r = three_ways(xs)
print("three ways", r)


# None or a float.
def maybe(xs):
    s = 0.0
    n = 0
    for t in xs:
        if t is None:
            n += 1
        else:
            s += t
    return s, n


ts = [None if i % 3 == 0 else i * 0.25 for i in range(600)]
for k in range(30):
    r = maybe(ts)
print("maybe", r)


# Instances of two classes.
class A:
    def __init__(self, x):
        self.x = x


class B:
    def __init__(self, x):
        self.y = 1
        self.x = x


def xsum(ps):
    s = 0
    for p in ps:
        s += p.x
    return s


ps = [A(i) if i % 4 else B(i) for i in range(400)]
for k in range(30):
    r = xsum(ps)
print("two classes", r)


# An int that overflows on the side path only; a float division by zero
# on the side path.
def overflow(xs, big):
    t = 0
    for x in xs:
        if x < 50:
            t += x
        else:
            t += big * x
    return t


for k in range(30):
    r = overflow(xs, 1)
print("small", r)
print("big", overflow(xs, 2**62))


def divide(xs, d):
    t = 0.0
    for x in xs:
        if x < 50:
            t += x
        else:
            t += x / d
    return t


for k in range(30):
    r = divide(xs, 2.0)
print("divided", r)
try:
    divide(xs, 0.0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print("traceback", frames, e)
    print("locals", sorted((k, v) for k, v in last.tb_frame.f_locals.items() if k != "xs"))


# A global read only on the side path, rebound between calls and midway.
K = 3


def with_global(xs):
    t = 0
    for x in xs:
        if x < 50:
            t += 1
        else:
            t += K
    return t


out = []
for k in range(30):
    out.append(with_global(xs))
    if k == 20:
        K = 5
    if k == 25:
        K = 2.5
print("global", out[19:23], out[-1])


# A local written only on the side path, and one whose kind the side path
# changes (the side trace is not taken then).
def side_store(xs):
    seen = 0
    mark = 0
    for x in xs:
        if x >= 95:
            seen = x
            mark = mark + 1
    return seen, mark


def side_kind(xs):
    v = 0
    for x in xs:
        if x >= 95:
            v = 0.5
    return v


for k in range(30):
    r = side_store(xs)
print("side store", r, side_kind(xs))


# Tuples unpacked, with a branch on an item.
def pairs(ps):
    s = 0.0
    for a, b in ps:
        if a > b:
            s += a - b
        else:
            s += b * 0.5
    return s


pp = [(i * 0.5, (i * 7 % 11) * 1.0) for i in range(300)]
for k in range(30):
    r = pairs(pp)
print("pairs", r)


# Locals only the side path writes, unbound when the loop starts (the
# side trace is not entered until the interpreter has bound them).
def extra(xs):
    t = 0
    for x in xs:
        if x > 90:
            found = x
            twice = found * 2
        t += x
    return t, found, twice


for k in range(30):
    r = extra(xs)
print("extra", r)
try:
    extra([1, 2, 3])
except UnboundLocalError as e:
    print("unbound", e)
