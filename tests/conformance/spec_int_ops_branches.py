# Operators on small ints at specialized sites (BINARY_OP_INT), including
# the values where the fast path must give way: negative floor division and
# modulo, shifts that overflow, division by zero, and true division; and
# comparisons that feed a branch directly, with ints, floats and NaN.
import math

values = [-7, -1, 0, 1, 3, 7, 2**62, -2**63, 2**63 - 1]


def ops(a, b):
    out = []
    for op in (lambda: a // b, lambda: a % b, lambda: a / b):
        try:
            out.append(op())
        except ZeroDivisionError as e:
            out.append(str(e))
    out.append(a & b)
    out.append(a | b)
    out.append(a ^ b)
    try:
        out.append(a << (b % 70))
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(a >> b)
    except ValueError as e:
        out.append(str(e))
    return out


for _ in range(3):
    rows = [ops(a, b) for a in values for b in values]
print(len(rows), rows[:5], rows[-5:])

acc = 0
for i in range(-50, 50):
    acc += i // 7 + i % 7 - (i << 3) + (i >> 2) ^ (i & 5) | 1
    acc //= 3
    acc %= 1000003
print(acc)


def branches(xs):
    hits = [0] * 6
    for a in xs:
        for b in xs:
            if a < b:
                hits[0] += 1
            if a <= b:
                hits[1] += 1
            if not (a > b):
                hits[2] += 1
            if a >= b:
                hits[3] += 1
            if a == b:
                hits[4] += 1
            if a != b:
                hits[5] += 1
    return hits


print(branches(list(range(-3, 4))))
print(branches([-1.5, 0.0, 2.25, math.inf, -math.inf]))
print(branches([math.nan, 1.0, math.nan]))
print(branches([1, 2.5, 2, -0.0, 0]))

n = 0
while n < 10:
    n += 3
print(n)
