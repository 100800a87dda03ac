import math
vals = [0, 1, -1, 2**53, 2**53 + 1, -2**53 - 1, 2**62, 0.5, -0.0, 9007199254740992.0, 9007199254740994.0, 1e300, math.inf, -math.inf, math.nan, 3, 3.0]
for rnd in range(3):
    res = []
    for a in vals:
        for b in vals:
            res.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(sum(hash(r) for r in res) == sum(hash(r) for r in res), len(res))
    print([r for r in res[:40]])
for a in vals:
    print(repr(a), [(a < b, a == b, a >= b) for b in vals])
n = 0
x = 0.5
for i in range(100):
    if i < x or x >= i - 50.5:
        n += 1
    x += 0.75
print(n)
