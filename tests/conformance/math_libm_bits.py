# The last bits of math's functions and of float ** on deterministic
# pseudo-random arguments: small, large, subnormal and near special points.
# CPython computes them with the platform's C library (libm), or with its
# own algorithms over it (gamma, lgamma, hypot, dist, log of a big int).
import math

state = 12345


def rnd(n):
    """A pseudo-random int in range(n) from a 64-bit LCG."""
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) % n


def uniform(lo, hi):
    return lo + (hi - lo) * math.ldexp(rnd(2**53), -53)


def anyfloat(emin, emax):
    """A float with a random 53-bit mantissa and exponent in [emin, emax]."""
    m = 2**52 + rnd(2**52)
    x = math.ldexp(m, rnd(emax - emin + 1) + emin - 52)
    return -x if rnd(2) else x


def near(points, spread=1e-9):
    p = points[rnd(len(points))]
    return p + uniform(-spread, spread) * max(1.0, abs(p))


def args(kind, n):
    out = []
    for i in range(n):
        k = i % 6
        if kind == "any":
            x = [uniform(-10, 10), anyfloat(-30, 30), anyfloat(-1074, 1023),
                 uniform(-1000, 1000), anyfloat(-1074, -1000), near([0.0, 1.0, -1.0, math.pi, 0.5])][k]
        elif kind == "exp":
            x = [uniform(-5, 5), uniform(-745, 709), anyfloat(-60, 3), uniform(-1, 1),
                 anyfloat(-1074, -1020), near([0.0, 1.0, -1.0, 709.78, -745.1], 1e-6)][k]
        elif kind == "pos":
            x = [uniform(0, 10), abs(anyfloat(-1074, 1023)), abs(anyfloat(-30, 30)),
                 uniform(0.5, 2), abs(anyfloat(-1074, -1022)), near([1.0, 2.0, 10.0, math.e])][k]
        elif kind == "unit":
            x = [uniform(-1, 1), anyfloat(-60, -1), uniform(0.99, 1), uniform(-1, -0.99),
                 anyfloat(-1074, -1000), near([0.5, -0.5, 0.0], 1e-6)][k]
        elif kind == "log1p":
            x = [uniform(-1, 10), anyfloat(-60, 0), abs(anyfloat(-1074, 1023)),
                 uniform(-1, -0.9), anyfloat(-1074, -1000), near([0.0, -0.5, 1.0])][k]
        elif kind == "trig":
            x = [uniform(-7, 7), anyfloat(-30, 60), anyfloat(-1074, 1023),
                 near([math.pi, math.pi / 2, math.pi / 4, 2 * math.pi], 1e-12), anyfloat(-1074, -1000),
                 uniform(-1e6, 1e6)][k]
        elif kind == "hyp":
            x = [uniform(-5, 5), uniform(-710, 710), anyfloat(-60, 3), uniform(-25, 25),
                 anyfloat(-1074, -1000), near([0.0, 1.0, -1.0, 20.0], 1e-6)][k]
        elif kind == "acosh":
            x = [uniform(1, 10), abs(anyfloat(0, 1023)), 1 + abs(anyfloat(-60, -1)),
                 uniform(1, 2), uniform(0, 1), near([1.0, 2.0])][k]
        elif kind == "gamma":
            x = [uniform(-10, 30), uniform(0, 172), anyfloat(-60, 3), uniform(-180, 0),
                 anyfloat(-1074, -1000), near([1.0, 2.0, -0.5, 0.5, 3.0, -2.0], 1e-7)][k]
        elif kind == "erf":
            x = [uniform(-3, 3), uniform(-30, 30), anyfloat(-60, 3), uniform(-6, 6),
                 anyfloat(-1074, -1000), near([0.0, 0.5, 1.0, 2.0], 1e-6)][k]
        out.append(x)
    return out


def show(label, f, *a):
    try:
        r = f(*a)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))


SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, math.inf, -math.inf, math.nan, 5e-324, 1e308, -1e308]

one = [
    ("exp", "exp"), ("exp2", "exp"), ("expm1", "exp"), ("log", "pos"), ("log2", "pos"),
    ("log10", "pos"), ("log1p", "log1p"), ("sin", "trig"), ("cos", "trig"), ("tan", "trig"),
    ("asin", "unit"), ("acos", "unit"), ("atan", "any"), ("sinh", "hyp"), ("cosh", "hyp"),
    ("tanh", "hyp"), ("asinh", "any"), ("acosh", "acosh"), ("atanh", "unit"), ("cbrt", "any"),
    ("erf", "erf"), ("erfc", "erf"), ("gamma", "gamma"), ("lgamma", "gamma"), ("sqrt", "pos"),
    ("degrees", "any"), ("radians", "any"),
]
for name, kind in one:
    f = getattr(math, name)
    for x in SPECIALS:
        show("%s(%r)" % (name, x), f, x)
    for x in args(kind, 240):
        show("%s(%r)" % (name, x), f, x)

for x in args("any", 120):
    y = args("any", 1)[0]
    show("atan2(%r, %r)" % (x, y), math.atan2, x, y)
    show("fmod(%r, %r)" % (x, y), math.fmod, x, y)
for x in SPECIALS:
    for y in SPECIALS:
        show("atan2(%r, %r)" % (x, y), math.atan2, x, y)
        show("pow(%r, %r)" % (x, y), math.pow, x, y)
        show("hypot(%r, %r)" % (x, y), math.hypot, x, y)

# float ** float and math.pow: non-integer and integer exponents.
for i in range(400):
    k = i % 8
    x = [uniform(0, 10), abs(anyfloat(-40, 40)), uniform(0.9, 1.1), -uniform(0, 10),
         abs(anyfloat(-1074, 1023)), uniform(1, 3), anyfloat(-5, 5), uniform(0, 2)][k]
    y = [uniform(-10, 10), uniform(-3, 3), uniform(-1000, 1000), float(rnd(40) - 20),
         uniform(-2, 2), float(rnd(1400)), float(rnd(9) - 4), uniform(-0.5, 0.5)][k]
    show("%r ** %r" % (x, y), lambda a, b: a ** b, x, y)
    show("pow(%r, %r)" % (x, y), math.pow, x, y)
for i in range(60):
    x = uniform(0.5, 2)
    n = rnd(200) - 100
    show("%r ** %d" % (x, n), lambda a, b: a ** b, x, n)
    show("%d ** %d" % (rnd(50) + 2, -n), lambda a, b: a ** b, rnd(50) + 2, -abs(n) - 1)

# hypot and dist with 2 to 5 coordinates.
for i in range(200):
    n = 2 + i % 4
    kind = ["any", "exp", "pos", "unit"][i % 4]
    p = args(kind, n)
    q = args(kind, n)
    show("hypot%r" % (tuple(p),), math.hypot, *p)
    show("dist(%r, %r)" % (p, q), math.dist, p, q)

# Logarithms of ints, small and too large for a float.
for i in range(80):
    n = rnd(2**64) * 10 ** rnd(400) + rnd(1000) + 1
    for f in (math.log, math.log2, math.log10):
        show("%s(int %d)" % (f.__name__, i), f, n)
    show("log(int %d, 7)" % i, math.log, n, 7)
    show("log(int %d, 2.5)" % i, math.log, n, 2.5)
for n in (0, -1, -10**400, 1, True, 2**1023, 2**1024, 2**1024 - 1, 10**308, 10**309):
    for f in (math.log, math.log2, math.log10):
        show("%s(%r)" % (f.__name__, n if abs(n) < 10**20 else "big"), f, n)
