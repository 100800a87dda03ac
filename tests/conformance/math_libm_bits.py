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
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
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

# Special values and errors.
show("log(8,1)", math.log, 8, 1)
show("log(8,0.0)", math.log, 8, 0.0)
show("log(True)", math.log, True)
show("log2(True)", math.log2, True)
show("log('x')", math.log, 'x')
show("log10(-0.0)", math.log10, -0.0)
show("fmod(inf,nan)", math.fmod, math.inf, math.nan)
show("fmod(1,inf)", math.fmod, 1.0, math.inf)
show("fmod(1,0)", math.fmod, 1.0, 0.0)
show("fmod(inf,1)", math.fmod, math.inf, 1.0)
show("gamma(-inf)", math.gamma, -math.inf)
show("gamma(0.0)", math.gamma, 0.0)
show("gamma(-0.0)", math.gamma, -0.0)
show("gamma(1e-320)", math.gamma, 1e-320)
show("gamma(171.7)", math.gamma, 171.7)
show("gamma(-200.5)", math.gamma, -200.5)
show("gamma(-201.5)", math.gamma, -201.5)
show("lgamma(-inf)", math.lgamma, -math.inf)
show("lgamma(1e308)", math.lgamma, 1e308)
show("lgamma(-1e308)", math.lgamma, -1e308)
show("lgamma(-3)", math.lgamma, -3)
show("hypot()", math.hypot)
show("hypot(nan, inf)", math.hypot, math.nan, math.inf)
show("hypot(1e308, 1e308)", math.hypot, 1e308, 1e308)
show("hypot(5e-324, 5e-324)", math.hypot, 5e-324, 5e-324)
show("hypot(*17)", math.hypot, *[i * 0.37 for i in range(17)])
show("dist", math.dist, (1, 2, 3), [4.5, 6, 7])
show("dist iter", math.dist, iter([1.0]), (2,))
show("dist len", math.dist, (1,), (2, 3))
show("pow(2, 1100)", math.pow, 2, 1100)
show("2.0**1100", lambda: 2.0 ** 1100)
show("(-2.0)**1101", lambda: (-2.0) ** 1101)
show("10**-400", lambda: 10 ** -400)
show("2**-1075", lambda: 2 ** -1075)
show("pow(-0.0, -3)", math.pow, -0.0, -3)
show("pow(-8, 1/3)", math.pow, -8, 1/3)
show("pow(-2, 3)", math.pow, -2, 3)
show("exp(1000)", math.exp, 1000)
show("exp(-1000)", math.exp, -1000)
show("expm1(-1000)", math.expm1, -1000)
show("expm1(1000)", math.expm1, 1000)
show("atanh(1)", math.atanh, 1)
show("atanh(-1.5)", math.atanh, -1.5)
show("acosh(0.5)", math.acosh, 0.5)
show("cosh(1000)", math.cosh, 1000)
show("sin(inf)", math.sin, math.inf)
show("tan(1e300)", math.tan, 1e300)
show("degrees(1e308)", math.degrees, 1e308)
show("radians('a')", math.radians, 'a')
show("erfc(-40)", math.erfc, -40)
show("erfc(40)", math.erfc, 40)
show("log1p(-1)", math.log1p, -1)
show("log1p(-2)", math.log1p, -2)
show("cbrt(-27)", math.cbrt, -27)
show("exp2(1024)", math.exp2, 1024)
show("exp2(-1080)", math.exp2, -1080)
show("log(10**400, 10**200)", math.log, 10**400, 10**200)
show("log10(10**400)", math.log10, 10**400)
show("log2(2**5000)", math.log2, 2**5000)
show("log(2**1024-1)", math.log, 2**1024 - 1)
class I(int): pass
show("log(I(8))", math.log, I(8))
class F:
    def __float__(self): return 2.5
show("log(F())", math.log, F())
show("sin(F())", math.sin, F())
show("sqrt(-1)", math.sqrt, -1)
show("atan2(0.0,-0.0)", math.atan2, 0.0, -0.0)
show("atan2(-0.0,-1)", math.atan2, -0.0, -1)
show("remainder(5, 0)", math.remainder, 5, 0)
show("remainder(inf, 1)", math.remainder, math.inf, 1)
show("copysign(1, nan)", math.copysign, 1, math.nan)
