# Floor division, modulo and divmod of big ints whose quotient fits in a
# machine word or two (estimated from the top words), and the operations
# whose result is one of the operands (x + 0, x * 1, x // 1): signs,
# exact multiples, remainders of zero, quotients and remainders at the
# 64-bit edges, divisors of every size against dividends of every size.
import zlib

W = 2**64
quots = [0, 1, 2, 3, 9, 10, 2**32, 2**63 - 1, 2**63, 2**63 + 1, W - 2, W - 1,
         W, W + 1, 2 * W - 1, W * W - 1]
divisors = [1, 2, 3, 7, 2**63 - 1, 2**63, W - 1, W, W + 1, 3 * W + 5,
            W * W - 1, W * W, W**2 + W - 1, 10**40 + 7, 2**127 + 2**64 - 1,
            (W**3 - 1) // 3, W**3 - 1, W**3, 7**150, 2**640 - 1, 2**640 + 2**575,
            10**200 + 1]
adds = ['0', '1', '-1', 'y-1', 'y//2', '-y+1']


def row(x, y):
    out = []
    for f in (lambda: x // y, lambda: x % y, lambda: divmod(x, y)):
        try:
            r = f()
        except ZeroDivisionError as e:
            r = 'ZeroDivisionError: ' + str(e)
        out.append(r)
    q, m, dm = out
    if not isinstance(q, str):
        assert dm == (q, m) and q * y + m == x, (x, y)
        assert m == 0 or (m > 0) == (y > 0), (x, y)
    if isinstance(dm, str):
        return f"{x:#x} {y:#x} {q!r} {m!r} divmod: {dm}"
    return f"{x:#x} {y:#x} {q!r} {m!r}"


lines = []
for y0 in divisors:
    for ys in (1, -1):
        y = y0 * ys
        for q in quots:
            for qs in (1, -1):
                for a in adds:
                    x = y * q * qs + eval(a)
                    lines.append(row(x, y))
                    lines.append(row(-x, y))
print(len(lines), zlib.crc32("\n".join(lines).encode()))

# Every size of dividend against every size of divisor.
vals = [0, 1, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, W - 1, -W + 1, W, -W]
vals += [v * s for v in divisors[4:] for s in (1, -1)]
vals += [W**k - 1 for k in (2, 3, 5, 11)] + [-(W**k) + 1 for k in (2, 3, 5, 11)]
lines = [row(x, y) for x in vals for y in vals]
print(len(lines), zlib.crc32("\n".join(lines).encode()))

# A few in full: the printed values, not only a checksum.
for x, y in [(W * 10 + 3, W), (-(W * 10 + 3), W), (W * 10 + 3, -W), (-W * 10, W),
             (W**3 - 1, W**2 - 1), (-(W**3), W**2 - 1), (2**200, 3**100),
             (-(2**200), 3**100), (2**200, -(3**100)), (3**100, 2**200),
             (-(3**100), 2**200), (3**100, -(2**200)), (-(3**100), -(2**200)),
             ((W - 1) * (2**127 + 1), 2**127 + 1), (-((W - 1) * (2**127 + 1)) - 1, 2**127 + 1),
             (2**63 * (W + 7), W + 7), (-(2**63) * (W + 7), W + 7), (-(2**63) * (W + 7) - 1, W + 7),
             (10**40, True), (10**40, -1), (-(10**40), -1), (-(2**63), -1), (2**63, -1)]:
    print(row(x, y), type(x // y).__name__, type(x % y).__name__)

# Division by zero with big and small operands.
for x in (10**30, -(10**30), 0, 5, True):
    for y in (0, False):
        print(row(x, y))

# Results that equal an operand, with bool operands, which give ints.
big = 3**50
for a, b in [(big, 0), (0, big), (big, False), (False, big), (-big, 0), (True, big),
             (big, True), (-big, True), (big, -1), (-1, big), (big, 1), (1, -big)]:
    for r in (a + b, a - b, a * b, a // b if b else None, a % b if b else None):
        print(repr(r), type(r).__name__, end='; ')
    print()
z = 10**30
print(z + 0 == z, (z + 0) + 1, z * 1 - z, 0 - z, z - 0, 1 * -z, -z * 1, z * 0, 0 * -z)
