# Loops over lists and tuples, subscripts, unpacking, globals and truth
# tests: what tier 2 compiles, with the types changing under the trace.
import math

SCALE = 3
FACTOR = 0.5
TABLE = (1, 2, 3, 5, 8)


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def ftotal(xs):
    t = 0.0
    for x in xs:
        t = t + x * FACTOR
    return t


def dot(pairs):
    s = 0
    for a, b in pairs:
        s += a * b * SCALE
    return s


def advance(bodies, dt, n):
    # nbody's position update: a list of (list, list, float) tuples.
    for _ in range(n):
        for (r, [vx, vy, vz], m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz * m
    return bodies


def indexed(v, idx):
    s = 0
    for k in idx:
        s += v[k] + TABLE[k]
    return s


def bump(v, idx):
    for k in idx:
        v[k] = v[k] + 1
        v[0] += 2
    return v


def truths(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
    return n


def countdown(n):
    steps = 0
    while n:
        n -= 1
        steps += 1
    return steps


def nonempty(rows):
    n = 0
    for row in rows:
        if row:
            n += row[0]
    return n


print(total(list(range(1000))))
print(total(tuple(range(1000))))
print(ftotal([i / 7 for i in range(1000)]))
print(dot([(i, i + 1) for i in range(500)]))
bodies = [([0.0, 1.0, 2.0], [0.5, -0.25, 0.125], 2.0), ([1.0, 1.0, 1.0], [1.0, 2.0, 3.0], 0.5)]
print(advance(bodies, 0.01, 200))
print(indexed([10, 20, 30, 40, 50], [0, 1, 2, 3, 4] * 200))
print(bump([0, 0, 0, 0], [0, 1, 2, 3] * 250 + [1]))
print(truths([0, 1, 2, 0, 3] * 100), truths([0.0, 1.5, -0.0, float("nan")] * 50))
print(countdown(10000))
print(nonempty([[1], [], [2, 3], (), (4,)] * 100))

# Item types that change under a compiled trace: the item-type guard
# exits and the interpreter goes on.
print(total(list(range(300)) + [2**70, 1.5, 2] + list(range(300))))
mixed = [1.0] * 300 + [2] + [0.5] * 300
print(ftotal(mixed))
try:
    total(list(range(300)) + ["x"] + list(range(10)))
except TypeError as e:
    print("TypeError:", e)

# Overflow into big ints in a sum over a list.
print(total([2**62, 2**62, 2**62, -2**62]))

# Pairs of another shape in the middle of the loop.
try:
    dot([(1, 2)] * 300 + [(1, 2, 3)] + [(3, 4)])
except ValueError as e:
    print("ValueError:", e)
print(dot([(1, 2)] * 300 + [[5, 6]] + [(3, 4)] * 10))
print(dot([(1, 2)] * 300 + [(1.5, 2)] + [(3, 4)] * 10))

# Subscripts out of range and of the wrong type inside a hot loop.
def reader(v, idx):
    s = 0
    for i in idx:
        s += v[i]
    return s


print(reader([1, 2, 3], [0, 1, 2] * 100 + [-1, -3]))
try:
    reader([1, 2, 3], [0, 1, 2] * 100 + [3])
except IndexError as e:
    print("IndexError:", e)
try:
    reader((1, 2, 3), [0, 1, 2] * 100 + [1.5])
except TypeError as e:
    print("TypeError:", e)

# Stores: a NaN, a big int and a str into items the trace writes.
def store(v, vals):
    k = 0
    for x in vals:
        v[k] = x
        k += 1
        if k == 3:
            k = 0
    return v


nan = float("nan")
w = store([0.0, 0.0, 0.0], [1.5] * 300 + [nan])
print(w, w[0] is nan, w[2] == w[2])
print(store([0, 0, 0], list(range(300)) + [2**80, "s", 7]))
print(store([0.0, 0.0, "s"], [1.5] * 30))


def diffs(v, xs):
    for x in xs:
        v[0] = x - x
    return v


print(diffs([0.0], [1.0] * 300 + [float("inf")] + [2.0]), diffs([0.0], [1.0] * 300 + [float("inf")]))
try:
    store((0, 0, 0), [1] * 10)
except TypeError as e:
    print("TypeError:", e)

# NaN items keep their identity through the loop variable.
def last(xs):
    y = 0.0
    for x in xs:
        y = x
    return y


print(last([1.0] * 300 + [nan]) is nan)

# A global rebound between calls: the trace's entry check refuses it.
for SCALE in (1, 2, 2.5, 3):
    print(dot([(1, 2)] * 100))
FACTOR = 2
print(ftotal([1.0] * 100))
del FACTOR
try:
    ftotal([1.0] * 100)
except NameError as e:
    print("NameError:", e)

# The list changes length between calls.
grow = [1, 2, 3]
for _ in range(5):
    grow = grow + grow
    print(total(grow), indexed(grow, [0, 1, 2, 1, 0] * 10))

# Exceptions from the loop body keep their traceback.
def divide(xs):
    t = 0.0
    for x in xs:
        t += 1.0 / x
    return t


try:
    divide([1.0] * 300 + [0.0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError:", e, tb.tb_frame.f_code.co_name, tb.tb_lineno - divide.__code__.co_firstlineno,
          sorted(tb.tb_frame.f_locals))
print(math.isclose(divide([0.5] * 1000), 2000.0))


# Unary minus on ints and floats, with -(-2**63) overflowing midway.
def negsum(xs):
    t = 0
    for x in xs:
        t = t + -x
    return t


print(negsum(list(range(500))), negsum([0.5, -0.0] * 200), negsum([1] * 300 + [-2**63, 5]))
print([-x for x in (0.0, -0.0)], negsum([-0.0] * 300))
