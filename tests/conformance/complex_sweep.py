# A sweep over many complex, float and int operands, special values
# included (signed zeros, infinities, NaN, huge and subnormal parts, ints
# beyond 2**53): arithmetic, **, ==, hash, repr and abs, one line per pair.
import itertools

inf, nan = float("inf"), float("nan")
PARTS = [0.0, -0.0, 1.5, -2.0, 1e300, 5e-324, inf, -inf, nan]
COMPLEXES = [complex(a, b) for a in PARTS for b in PARTS]
REALS = [0, 1, -3, True, 2**53 + 1, 2**63, -(10**20), 10**400, 0.0, -0.0, 0.5, -1e308, inf, nan]


def r(x):
    if isinstance(x, complex):
        return "(%r,%r)" % (x.real, x.imag)
    return repr(x)


def ops(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a ** b):
        try:
            out.append(r(f()))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    out.append(str(a == b) + str(a != b))
    return " ".join(out)


for a in COMPLEXES:
    h = "nan-hash" if a != a else hash(a)
    try:
        ab = repr(abs(a))
    except OverflowError as e:
        ab = "OverflowError:" + str(e)
    print(repr(a), str(a), h, ab, bool(a), r(-a), r(a.conjugate()))

small = [complex(a, b) for a in [0.0, -0.0, 1.5, -2.0, 1e300, inf, nan] for b in [0.0, -0.0, 1.5, 1e-310, -inf, nan]]
for a, b in itertools.product(small, small):
    print(r(a), r(b), ops(a, b))
for a, b in itertools.product(small[::3], REALS):
    print(r(a), r(b), ops(a, b), "|", ops(b, a))
for x, y in itertools.product([-8, -2.0, -1e-300, -1e300, -inf, -0.0, 2.0, -1], [1 / 3, 0.5, -0.5, 2.5, 1e300, -1e300]):
    try:
        print(x, y, r(x ** y), r(pow(x, y)))
    except Exception as e:
        print(x, y, type(e).__name__, e)
for z, n in itertools.product([1 + 1j, -1j, 0.5 - 2j, 1e10 + 1e-10j, complex(1e-200, 1e-200), 0j, complex(-0.0, 0.0)],
                              [0, 1, 2, 3, 7, -1, -2, 99, 100, 101, -100, -101, 2.0, 0.5, 1j, 1 + 1j, 2**60]):
    try:
        print(r(z), n, r(z ** n))
    except Exception as e:
        print(r(z), n, type(e).__name__, e)
for big in [2**53, 2**53 + 1, 2**63 - 1, 2**64, 10**308, -(2**53 + 1), 10**309]:
    try:
        c = complex(big)
    except OverflowError as e:
        print(big % 1000, "OverflowError", e)
        continue
    print(big, c == big, c != big, big == c, complex(big, 0) == big, c == float(big), hash(c) == hash(big),
          complex(big, 1) == big, c + 0j == big)
