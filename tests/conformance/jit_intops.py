# Floor division, remainder and the bitwise operators on ints in loops run
# as native code, and ints compared with floats: a zero divisor, the one
# quotient that needs a big int (-2**63 // -1) and an int too large to
# convert exactly leave native code before the operation, and the
# interpreter does it.
import sys
import traceback


def floor_ops(lo, hi, d):
    t = 0
    for i in range(lo, hi):
        t += i // d + i % d + (i * 7) // -3 + (i * 7) % -3
    return t


def bit_ops(n):
    h = 0x5A5A
    for i in range(-n, n):
        h = (h ^ (i * 31)) & 0xFFFFFFFF
        h = h | (i & 3)
        h ^= i
    return h


def by_items(xs, ys):
    q = r = 0
    for k in range(len(xs)):
        q += xs[k] // ys[k]
        r += xs[k] % ys[k]
    return q, r


def zero_midway(xs, d0):
    d = d0
    t = 0
    try:
        for x in xs:
            t += x // d
            d -= 1
    except ZeroDivisionError as e:
        traceback.print_exc(file=sys.stdout)
        return "ZeroDivisionError", str(e), t, d
    return t


def mod_zero_midway(n):
    t = 0
    try:
        for i in range(n, -1, -1):
            t += 1000 % i
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), t, i
    return t


def min_int_midway(xs, d):
    out = []
    t = 0
    for x in xs:
        t = x // d
        out.append(t)
    return out[-3:], t


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def spectral_row(i, n):
    s = 0.0
    for j in range(n):
        s += eval_A(i, j)
    return s


def count_below(xs, f):
    c = 0
    for x in xs:
        if x < f:
            c += 1
        if f >= x:
            c += 100
        if x == f:
            c += 10000
    return c


def kept_compare(xs, f):
    out = []
    for x in xs:
        b = x <= f
        out.append(b)
    return out.count(True)


print(floor_ops(-300, 300, 7), floor_ops(-300, 300, -7), floor_ops(0, 1, 1))
print(bit_ops(500), bit_ops(3))
print(by_items([7, -7, 7, -7, 0, 2**62, -2**63] * 10, [2, 2, -2, -2, 5, 3, -3] * 10))
print(zero_midway(list(range(100, 200)), 60))
print(zero_midway(list(range(100, 200)), 200))
print(mod_zero_midway(90))
big = -2**63
print(min_int_midway([10, -11, 12] * 20 + [big, 7], -1))
print(min_int_midway([10, -11, 12] * 20 + [big, 7], 2))
print(sum(spectral_row(i, 100) for i in range(20)))
ints = list(range(-60, 60))
print(count_below(ints, 2.5), count_below(ints, -0.0), count_below(ints, float("nan")), count_below(ints, float("inf")))
print(count_below(ints + [2**53 + 1, 2**53, -2**53 - 1, 2**63 - 1, 7], float(2**53)))
print(count_below([2**53 + 1] * 3 + ints, float(2**53)))
print(kept_compare(ints + [2**53 + 1, 2**60, 3], 9007199254740992.0), kept_compare(ints, 0.5))
