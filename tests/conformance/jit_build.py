# Tuples and lists built in hot loops (BUILD_TUPLE, BUILD_LIST), references
# stored into list items, and `in` on lists and tuples, with the kinds of
# the values changing midway so the traces leave through their exits.


def tuples(n):
    last = None
    s = 0
    for i in range(n):
        t = (i, i * 0.5, None, last)
        a, b, c, d = t
        s += a + len(t)
        last = t
    return s, last


print(tuples(1000)[0])
print(tuples(1))


def mixed(xs):
    out = []
    for x in xs:
        p = (x, [x, x])
        out.append(p)
    return out[-3:], len(out)


print(mixed(list(range(300))))
# The items change kind midway: big ints, floats, NaN, strs, None.
print(mixed(list(range(200)) + [2**70, 1.5, float("nan"), "s", None] + list(range(100))))


class P:
    def __init__(self, x):
        self.x = x

    def pair(self):
        return (self.x, self.x + 1)


def ret_tuple(n):
    s = 0
    p = P(3)
    for i in range(n):
        a, b = p.pair()
        s += a * b + i
        if i == 700:
            p.x = 2.5
        if i == 900:
            p.x = 2**62
    return s


print(ret_tuple(1000))


def pair(a, b):
    return (a, b)


def callers(n):
    acc = []
    for i in range(n):
        t = pair(i, -i)
        acc.append(t[0] + t[1])
    return sum(acc), len(acc)


for k in range(200):
    r = pair(k, k)
print(r, callers(500))


def boom(i):
    t = (i, 10 // (i - 500))
    return t


def raising(n):
    s = 0
    try:
        for i in range(n):
            a, b = boom(i)
            s += b
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return s, lines
    return s


print(raising(1000))


def store_refs(n):
    d = [None] * 8
    for i in range(n):
        k = i % 8
        d[k] = P(i) if i % 3 else (i, i)
    return [x.x if isinstance(x, P) else x for x in d]


print(store_refs(1000))


def store_kinds(n):
    d = [0] * 4
    for i in range(n):
        if i < 300:
            d[i % 4] = i
        elif i < 600:
            d[i % 4] = i * 0.5
        elif i < 800:
            d[i % 4] = str(i)
        else:
            d[i % 4] = [i]
    return d


print(store_kinds(1000))


def store_index(n, d):
    out = []
    for i in range(n):
        try:
            d[i - 5] = (i,)
        except IndexError as e:
            out.append(str(e))
    return d, out


print(store_index(12, [0] * 6))


def store_nan(n):
    nan = float("nan")
    d = [0.0, 0.0]
    for i in range(n):
        v = i * 1.0
        if i == 500:
            v = nan
        d[0] = v
        if i == 500:
            print(d[0] is nan, d[0] != d[0])
    return d


print(store_nan(700))


class Eq:
    calls = 0

    def __eq__(self, other):
        Eq.calls += 1
        return other == 7

    __hash__ = object.__hash__


def contains(n, cell):
    c = 0
    for i in range(n):
        if i % 10 in cell:
            c += 1
        if i not in cell:
            c += 100
    return c


print(contains(1000, [1, 2, 3]))
print(contains(1000, (1, 2.0, True, None, 9)))
print(contains(1000, [1, 2, 3] * 30))
print(contains(1000, [1, "x", 3]))
Eq.calls = 0
print(contains(1000, [1, 2, Eq(), 3]), Eq.calls)
print(contains(1000, []))


def contains_change(n):
    cells = [[1, 2], [3, 4], (5, 6)]
    c = 0
    for i in range(n):
        cell = cells[i % 3]
        v = i % 7
        if i == 600:
            cells[1] = {3: 0, 4: 0}
        if i == 800:
            cells[0] = "abc"
        if i >= 800 and i % 3 == 0:
            v = "a"
        if v in cell:
            c += 1
    return c


print(contains_change(1000))


def contains_big(n):
    cell = [2**62, 2**63, 1.0, 2**53 + 1]
    c = 0
    for i in range(n):
        x = 2**62 if i % 2 else 1
        if i == 900:
            x = 2**53 + 1
        if x in cell:
            c += 1
    return c


print(contains_big(1000))


def lists(n):
    total = 0
    for i in range(n):
        l = [i, i + 1, i * 2.0]
        if len(l) == 3 and l[1] > l[0]:
            total += l[0] + l[1]
        m = []
        total += len(m)
    return total, l


print(lists(1000))


def grow(n):
    rows = []
    for i in range(n):
        rows.append([i, (i, i)])
        if i == 300:
            rows[0].append(1)
    return len(rows), rows[0], rows[-1]


print(grow(1000))


class O:
    def __init__(self, v):
        self.v = v

    def t(self, r):
        return 10 // (self.v + 2990 - r) if r > 2000 else self.v * r


def comp(objs, r):
    return [(o.v, o.t(r), s) for (o, s) in objs]


objs = [(O(i), i) for i in range(6)]
for k in range(3000):
    try:
        x = comp(objs, k)
    except ZeroDivisionError as e:
        x = str(e)
        break
print(k, x)
print(sum([i * 2 for i in range(100000)]), [i for i in range(0)])
print([x + 1 for x in list(range(300)) + [2**70, 1.5, True, None or 3]][-5:])
print([[x, (x, x)] for x in range(500)][-2:])
print(len([i for i in range(1000) if i % 3 in (0, 2)]))
