# Floor division, modulo, divmod and three-argument pow across the int64 boundary and with big ints, every sign combination.
import itertools
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**63-1, -2**63, 2**63, -2**63-1, 2**64, -2**64, 2**64+5, -(2**64+5), 10**30+7, -(10**30+7), 3**50, -(3**50)]
n = 0
for a, b in itertools.product(vals, vals):
    if b == 0: continue
    r = (a // b, a % b, divmod(a, b))
    print(a, b, r)
for a in [3, -3, 2**70, -(2**70)]:
    for e in [0, 1, 5, 2**65]:
        for m in [7, -7, 2**64+1, -(2**64+1), 1, -1]:
            print(a, e, m, pow(a, e, m))
print(pow(3, -1, 7), pow(3, -1, -7), pow(-3, -2, 2**64+1))
