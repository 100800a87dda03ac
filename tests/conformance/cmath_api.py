# cmath beyond the test-case table: constants, argument conversion and its
# errors, log with a base, phase/polar/rect, isclose, and errno-based
# exceptions.
import cmath

inf, nan = float("inf"), float("nan")


def show(x):
    if isinstance(x, complex):
        return "complex(%r, %r)" % (x.real, x.imag)
    if isinstance(x, tuple):
        return "(" + ", ".join(show(v) for v in x) + ")"
    return repr(x)


def t(label, f):
    try:
        print(label, "->", show(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, show(cmath.infj), cmath.nan, show(cmath.nanj))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


class BadFloat:
    def __float__(self):
        return 1


for arg in [2, 2.0, True, 3 + 4j, WithComplex(), WithFloat(), WithIndex(), "1", None, [1], BadComplex(),
            BadFloat(), 10**400]:
    t("sqrt(%s)" % type(arg).__name__, lambda: cmath.sqrt(arg))

t("log(8, 2)", lambda: cmath.log(8, 2))
t("log(1j, 1j)", lambda: cmath.log(1j, 1j))
t("log(0, 2)", lambda: cmath.log(0, 2))
t("log(2, 1)", lambda: cmath.log(2, 1))
t("log(0)", lambda: cmath.log(0))
t("log(2, 0)", lambda: cmath.log(2, 0))
t("log(-1, -1)", lambda: cmath.log(-1, -1))
t("log(1, 'x')", lambda: cmath.log(1, "x"))
t("log()", lambda: cmath.log())
t("log(1, 2, 3)", lambda: cmath.log(1, 2, 3))
t("log10(0)", lambda: cmath.log10(0))
t("log10(-100)", lambda: cmath.log10(-100))
t("sqrt()", lambda: cmath.sqrt())
t("sqrt(z=1)", lambda: cmath.sqrt(z=1))
t("exp(1000)", lambda: cmath.exp(1000))
t("exp(complex(1, inf))", lambda: cmath.exp(complex(1, inf)))
t("cosh(1000)", lambda: cmath.cosh(1000))
t("sinh(complex(0, inf))", lambda: cmath.sinh(complex(0, inf)))
t("atanh(1)", lambda: cmath.atanh(1))
t("acos(2)", lambda: cmath.acos(2))

for z in [0, -0.0, 1, -1, 1j, -1j, 1 + 1j, complex(-0.0, -0.0), complex(1e300, 1e300), complex(1e300, 1e-300),
          complex(-1e-320, 1), complex(inf, nan), complex(nan, inf), complex(nan, 0), complex(-inf, 0), complex(0, -inf)]:
    t("phase(%r)" % z, lambda: cmath.phase(z))
    t("polar(%r)" % z, lambda: cmath.polar(z))
    t("abs(%r)" % z, lambda: abs(z))

for r, phi in [(1, 0), (1, -0.0), (2, 1), (-2, 1), (0, inf), (1, inf), (inf, 1), (-inf, 2), (inf, 0), (nan, 0),
               (nan, 1), (1, nan), (1e308, 1e308)]:
    t("rect(%r, %r)" % (r, phi), lambda: cmath.rect(r, phi))
t("rect(1j, 0)", lambda: cmath.rect(1j, 0))
t("rect('1', 0)", lambda: cmath.rect("1", 0))
t("rect(1)", lambda: cmath.rect(1))

for a, b, kw in [(1, 1, {}), (1, 1 + 1e-10j, {}), (1, 1.1, {}), (1, 1.1, {"rel_tol": 0.2}), (0, 1e-10, {"abs_tol": 1e-9}),
                 (complex(inf, 0), complex(inf, 0), {}), (complex(inf, 0), complex(-inf, 0), {}), (nan, nan, {}),
                 (1, 2, {"rel_tol": -1}), (1, 2, {"abs_tol": -1}), (1, 2, {"rel_tol": "x"}), (1, 2, {"tol": 1})]:
    t("isclose(%r, %r, %r)" % (a, b, kw), lambda: cmath.isclose(a, b, **kw))
t("isclose(1, 2, 3)", lambda: cmath.isclose(1, 2, 3))

for z in [1, complex(inf, 0), complex(0, nan), complex(nan, inf), 1e308 + 1e308j]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
