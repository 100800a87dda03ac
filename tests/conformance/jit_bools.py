# Loops over bools held in locals, attributes, list items and cells,
# which tier 2 keeps as values: truth tests, `not`, `and` and `or`,
# stores of bools, and bools that turn into ints, None or other values
# midway.


class Task:
    def __init__(self, i):
        self.holding = i % 3 == 0
        self.pending = i % 2 == 0
        self.waiting = i % 5 != 0
        self.n = 0

    def busy(self):
        return self.holding or (not self.pending and self.waiting)

    def ready(self):
        return self.pending and self.waiting and not self.holding


def scan(ts):
    busy = ready = 0
    for t in ts:
        if t.busy():
            busy += 1
        if t.ready():
            ready += 1
            t.pending = False
        t.n += 1
    return busy, ready


ts = [Task(i) for i in range(300)]
print("scan", scan(ts), scan(ts), scan(ts))


def flip(n):
    flag = True
    count = 0
    for i in range(n):
        flag = not flag
        if flag:
            count += 1
    return flag, count


print("flip", flip(1001), flip(10))


def items(bs):
    t = 0
    for b in bs:
        if b:
            t += 1
        if not b:
            t += 100
    return t


bs = [i % 7 == 0 for i in range(700)]
print("items", items(bs))
bs[350] = 1
bs[351] = None
bs[352] = 0.0
bs[353] = "x"
print("items mixed", items(bs))


def stores(bs):
    for i in range(len(bs)):
        bs[i] = not bs[i]
    return bs.count(True)


bs = [i % 3 == 0 for i in range(600)]
print("stores", stores(bs), stores(bs))


def attr_changes(ts):
    c = 0
    for t in ts:
        if t.holding:
            c += 1
    return c


ts = [Task(i) for i in range(300)]
print("attr", attr_changes(ts))
ts[200].holding = 1
ts[201].holding = None
ts[202].holding = []
print("attr changed", attr_changes(ts))


def set_attrs(ts, v):
    for t in ts:
        t.waiting = v
        t.holding = not v
    return sum(t.waiting for t in ts), sum(t.holding for t in ts)


ts = [Task(i) for i in range(300)]
print("set attrs", set_attrs(ts, True), set_attrs(ts, False))
ts[100].waiting = 5
print("set over int", set_attrs(ts, True), ts[100].waiting, type(ts[100].waiting).__name__)


def cells(n):
    on = False

    def toggle():
        nonlocal on
        on = not on
        return on

    c = 0
    for i in range(n):
        if toggle():
            c += 1
    return c, on


print("cells", cells(1001))


def mixed_and_or(n):
    a = True
    b = False
    t = 0
    for i in range(n):
        x = a and b
        y = a or b
        if x:
            t += 1
        if y:
            t += 10
        if i == 500:
            b = True
    return t, a, b


print("and or", mixed_and_or(1000))


def passes_bools(flags):
    def pick(f, x):
        if f:
            return x
        return -x

    t = 0
    for i in range(len(flags)):
        t += pick(flags[i], i)
    return t


print("passes", passes_bools([i % 4 == 0 for i in range(800)]))


# Truth tests of a module, a class and a function: always true.
import math


def truths(n):
    t = 0
    for i in range(n):
        if math:
            t += 1
        if Task:
            t += 10
        if truths:
            t += 100
        if not math:
            t += 1000
    return t


print("truths", truths(500))


# Comparisons whose results are kept as values: chained comparisons,
# results returned and stored.
def inside(x, n):
    return 0 <= x < n


def same(a, b):
    return a == b


def kept(xs, n):
    t = 0
    last = False
    for x in xs:
        if inside(x, n):
            t += 1
        if same(x, 3) or same(x, 5):
            t += 100
        last = x > n
        if 0 < x <= 2 * n and last:
            t += 10000
    return t, last


xs = list(range(-50, 150))
print("kept", kept(xs, 100), kept(xs, 10), kept([1.5, 2.5, float("nan"), 3.0] * 100, 2))
