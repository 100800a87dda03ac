# str % args on random formats (flags, widths, precisions, * arguments,
# every conversion, mappings) and values of many types, from a fixed seed:
# the result or the exception, as CPython gives them.
import random, sys
seed = 20261203
r = random.Random(seed)
flags = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-+"]
widths = ["", "1", "3", "8", "*"]
precs = ["", ".0", ".2", ".5", ".*"]
convs = "sdiuxXoeEfFgGcra%"
class S(str): pass
class I(int): pass
class F(float): pass
vals = [0, 1, -1, 7, -42, 255, 2**31, -2**63, 2**64, -(2**70), True, False, I(5), I(-9),
        0.0, -0.0, 1.5, -2.25, 1e20, float("inf"), float("nan"), F(2.5),
        "", "x", "héllo", S("sub"), "\u20ac", b"by", None, [1], (2,), {"k": 1}, 65, 0x10ffff]
def one():
    parts = []
    args = []
    for _ in range(r.randint(1, 3)):
        parts.append(r.choice(["", "a", "é", "%%", " "]))
        w = r.choice(widths); p = r.choice(precs)
        spec = "%" + r.choice(flags) + w + p + r.choice(convs)
        parts.append(spec)
        if w == "*": args.append(r.choice([3, -4, 0, "x"]))
        if p == ".*": args.append(r.choice([2, 0, -1]))
        if not spec.endswith("%"): args.append(r.choice(vals))
    fmt = "".join(parts)
    a = tuple(args) if len(args) != 1 or r.random() < 0.5 else args[0]
    if r.random() < 0.05: a = a + (1,) if isinstance(a, tuple) else (a, 1)
    return fmt, a
for i in range(1200):
    fmt, a = one()
    try:
        res = fmt % a
        print(i, repr(fmt), repr(res), type(res).__name__)
    except Exception as e:
        print(i, repr(fmt), type(e).__name__, e)
# mappings
for i in range(200):
    keys = ["a", "b", "zz"]
    d = {"a": r.choice(vals), "b": r.choice(vals)}
    fmt = "".join("%(" + r.choice(keys) + ")" + r.choice(flags) + r.choice(["", "4"]) + r.choice("sdrx") for _ in range(r.randint(1, 3)))
    if r.random() < 0.2: fmt += " %s"
    try:
        print("m", i, repr(fmt), repr(fmt % d))
    except Exception as e:
        print("m", i, repr(fmt), type(e).__name__, e)
