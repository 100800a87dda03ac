# for loops over enumerate and zip of lists and tuples run as native code,
# without making the pairs: the iterators are left exactly where the
# interpreter leaves them (break, items of another type midway, lists of
# different lengths, one iterator zipped with itself, enumerate's start).


def weighted(i, u):
    s = 0
    for j, u_j in enumerate(u):
        s += (i + j) * (i + j + 1) // 2 * u_j
    return s


def dot(u, v):
    a = b = 0
    for x, y in zip(u, v):
        a += x * y
        b += y * y
    return a, b


def enum_break(xs, start, stop):
    e = enumerate(xs, start)
    t = 0
    for i, x in e:
        t += i * x
        if x == stop:
            break
    return t, next(e, "done")


def zip_break(xs, ys, stop):
    z = zip(xs, ys)
    for x, y in z:
        if x == stop:
            break
    return next(z, "done")


def zip_uneven(xs, ys):
    a, b = iter(xs), iter(ys)
    t = 0
    for x, y in zip(a, b):
        t += x - y
    return t, next(a, "a done"), next(b, "b done")


def zip_self(xs):
    it = iter(xs)
    q = 0
    for x, y in zip(it, it):
        q += x - 2 * y
    return q


def enum_big_start(xs, start):
    n = 0
    i = -1
    for i, x in enumerate(xs, start):
        n += x
    return n, i


def enum_locals(xs):
    last = None
    count = 0
    for k, x in enumerate(xs):
        count += k
    return count, k, x


def pairs_kept(xs):
    out = []
    for p in enumerate(xs):
        out.append(p)
    return out[-2:]


def zip_tuple(ts, fs):
    s = 0.0
    for t, f in zip(ts, fs):
        s += t * f
    return s


u = [1.5, 2.0, 3.25] * 40
v = list(range(100))
print(weighted(3, u), weighted(5, v), weighted(7, v[:1]), weighted(7, []))
print(dot(u, v), dot(v, u), dot(v, v[:30]))
w = [1, 2, 3, 4, 5, 6.5, 7, 8, 9, 10] * 3
print(dot(w, v), dot(v, w))
try:
    print(dot(v[:40] + ["x"] + v, v))
except TypeError as e:
    print("TypeError", e)
print(enum_break(v, 10, 50), enum_break(v, -5, 1000), enum_break(tuple(v), 0, 99))
print(zip_break(v, u, 60), zip_break(v, u, 1000), zip_break(tuple(v), tuple(u), 3))
print(zip_uneven(v, v[:50]), zip_uneven(v[:50], v), zip_uneven(v, v))
print(zip_self(v), zip_self(v[:51]))
print(enum_big_start([3, 4, 5] * 20, 2**62 - 30), enum_big_start([3, 4, 5] * 20, 2**61 - 30), enum_big_start([1] * 50, 2**64))
print(enum_big_start([1] * 50, -2**63), enum_big_start([2] * 40, -10))
print(enum_locals(v), enum_locals([1.0] * 20 + [2]))
print(pairs_kept(v))
print(zip_tuple(tuple(range(80)), [0.5] * 100))
