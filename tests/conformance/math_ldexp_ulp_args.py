# math.ldexp takes an int exponent of any size; math.ulp of the largest
# float is finite; math functions convert their float arguments as
# PyFloat_AsDouble (no str, errors of __float__ kept).
import math, sys

INF = math.inf
for n in [10**5, 10**10, 10**20, 10**40, 2**31, 2**31 - 1, -2**31, -2**31 - 1, 10**400]:
    for x in (1., -1., 0., -0., INF, -INF, 5e-324):
        for e in (n, -n):
            try:
                print(x, e % 1000, math.ldexp(x, e))
            except OverflowError as err:
                print(x, e % 1000, "OverflowError", err)
print(math.ldexp(1.5, True), math.ldexp(3, 2))

class I:
    def __index__(self):
        return 3

class Bad:
    def __float__(self):
        1 / 0

class Sub(float):
    def __float__(self):
        return 99.0

for f, args in [(math.ldexp, (1.0, I())), (math.ldexp, (1.0, 2.5)), (math.ldexp, ("x", 2)),
                (math.nextafter, ("a", 1)), (math.nextafter, (1, "a")), (math.ulp, ("a",)),
                (math.sqrt, ("4",)), (math.sqrt, (Bad(),)), (math.sqrt, (I(),)), (math.sqrt, (Sub(4.0),)),
                (math.floor, (Sub(2.5),))]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for x in (0.0, 1.0, 2 ** 52, 2 ** 64, INF, sys.float_info.max, 5e-324, math.nan):
    print(math.ulp(x), math.ulp(-x))
print(math.nextafter(1.0, INF), math.nextafter(-0.0, 1), math.nextafter(0.0, -1), math.nextafter(INF, 0))
for x, y in [(-0.0, 0.0), (0.0, -0.0), (5e-324, 0.0), (-5e-324, 0.0), (5e-324, -0.0), (-5e-324, -0.0), (1.0, 1.0)]:
    print(math.copysign(1.0, math.nextafter(x, y)), math.nextafter(x, y))
