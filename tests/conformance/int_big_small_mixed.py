# Binary operators between small ints, bools and big ints, around the
# 64-bit edges (-2**63 has no positive counterpart in an int64); one
# checksum of all results per operator.
import random
import zlib

random.seed(5)
vals = [0, 1, -1, 2, -2, 7, -7, 2**62, -2**62, 2**63 - 1, -2**63, 2**63,
        -2**63 - 1, 2**64, -2**64, 10**30, -10**30, 3**80, -(5**70), True, False]
for _ in range(30):
    vals.append(random.randrange(-2**70, 2**70))
ops = ['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>', '**', '/', 'divmod']
for op in ops:
    lines = []
    for a in vals:
        for b in vals:
            if op in ('<<', '>>') and not (0 <= b < 200):
                continue
            if op == '**' and not (0 <= b < 20):
                continue
            try:
                r = divmod(a, b) if op == 'divmod' else eval(f"a {op} b")
            except Exception as e:
                r = type(e).__name__
            lines.append(f"{a!r} {op} {b!r} = {r!r}")
    print(op, len(lines), zlib.crc32("\n".join(lines).encode()))
print(-2**63 * -1, (-2**63) // -1, -(-2**63), abs(-2**63), (-2**63) % -1)
