import math
def ops(a, b):
    out = []
    for x, y in ((a, b), (b, a)):
        for f in (lambda p, q: p + q, lambda p, q: p - q, lambda p, q: p * q, lambda p, q: p / q,
                  lambda p, q: p // q, lambda p, q: p % q, lambda p, q: abs(p) ** q if isinstance(p, float) or isinstance(q, float) else 0):
            try:
                out.append(f(x, y))
            except Exception as e:
                out.append(type(e).__name__ + ': ' + str(e))
    return out
vals = [1.5, -2.25, 0.0, -0.0, 3, -7, 0, 2**53 + 1, 1e308, math.inf, math.nan, 10**20, True, 7.0]
for i in range(3):
    for a in vals:
        for b in vals:
            r = ops(a, b)
    print([repr(x) for x in ops(1.5, 3)], [repr(x) for x in ops(-0.0, 0)], [repr(x) for x in ops(2**53 + 1, 1.0)])
acc = 0.5
for i in range(1, 50):
    acc = acc * i / (i + 1.5) + i % 7 - 2 ** -i
    acc += i
    acc //= 1.25
    acc %= 1000
print(repr(acc))
print([repr(ops(a, b)) for a in vals for b in vals][:0] == [])
print(sum(len(repr(ops(a, b))) for a in vals for b in vals))
for a in vals:
    for b in vals:
        r1 = repr(ops(a, b))
        print(repr(a), repr(b), r1)
