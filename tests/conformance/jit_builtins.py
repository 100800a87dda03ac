# Calls of len, abs, min and max inlined in hot loops, with the values
# and the builtins themselves changing under the trace.
import builtins


def lengths(rows):
    n = 0
    for row in rows:
        n += len(row)
    return n


def spread(xs):
    t = 0
    lo = 10**6
    hi = -10**6
    for x in xs:
        t += abs(x)
        lo = min(lo, x)
        hi = max(hi, x)
    return t, lo, hi


def fspread(xs):
    lo = float("inf")
    hi = -float("inf")
    for x in xs:
        lo = min(lo, x)
        hi = max(x, hi)
    return lo, hi


def bounded(v):
    i = 0
    s = 0
    while i < len(v):
        s += v[i]
        i += 1
    return s


print(lengths([[1, 2], (3,), [], (4, 5, 6)] * 100))
print(spread(list(range(-300, 300))))
print(spread([5] * 300 + [-5, 7, -2**62] + [1] * 10))
print(spread([3] * 300 + [-2**63]))
print(fspread([float(i) / 3 for i in range(-400, 400)]))
print(fspread([1.0] * 300 + [float("nan"), 2.0, -1.0]))
print(fspread([float("nan")] + [1.0] * 300))
print(fspread([0.0] * 300 + [-0.0]), fspread([-0.0] * 300 + [0.0]))
print(bounded(list(range(1000))))
try:
    lengths([[1]] * 300 + [5])
except TypeError as e:
    print("TypeError:", e)
try:
    spread([1] * 300 + ["a"])
except TypeError as e:
    print("TypeError:", e)
print(spread([1] * 300 + [2.5]))
print(spread([1] * 300 + [True]))

# The builtins rebound, shadowed and restored between calls.
len = lambda x: 100
print(lengths([[1, 2]] * 300))
del len
print(lengths([[1, 2]] * 300))
orig = builtins.abs
builtins.abs = lambda x: -1
print(spread([1, 2, 3] * 100))
builtins.abs = orig
print(spread([1, 2, 3] * 100))
