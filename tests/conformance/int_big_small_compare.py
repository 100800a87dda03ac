# Comparisons between big ints and small ints or bools, both ways round,
# at the 64-bit edges, and between big ints.
import operator

vals = [0, 1, -1, True, False, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64,
        -2**64, 10**30, -10**30, 10**30 + 1]
ops = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
for a in vals:
    row = []
    for b in vals:
        row.append(''.join('1' if op(a, b) else '0' for op in ops))
    print(repr(a), ' '.join(row))
for a in vals:
    print(repr(a), a < 5, 5 < a, a > -5, -5 > a, a == 2**63, a != -2**63 - 1, a <= True, False >= a)
print(sorted(vals), max(vals), min(vals))
big = 10**20
n = 0
while big > 1:
    big //= 7
    n += 1
print(n, big, 2**63 in {2**63}, -2**63 - 1 < -2**63 < 2**63 - 1 < 2**63)
