# ** with a float operand in hot loops: a callout to the interpreter's
# float power, which gives way to the interpreter when the power raises
# or is not a float.


def roots(xs, e):
    t = 0.0
    for x in xs:
        t += x ** e
    return t


def mixed(n):
    t = 0.0
    for i in range(n):
        t += 2 ** (i * 0.25) + (i * 0.5) ** 2 - i ** 0.5
    return t


def inverse_cubes(pairs):
    out = []
    for a, b in pairs:
        d = a - b
        out.append(d * d ** -1.5)
    return out


print(roots([float(i) for i in range(1, 500)], 0.5))
print(roots([float(i) for i in range(1, 500)], -1.5))
print(mixed(300))
print(roots([2.0] * 10, 1000.0))
try:
    roots([2.0] * 300 + [1e300], 2.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    roots([1.0] * 300 + [0.0], -1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# A negative base with a fractional exponent gives a complex number: the
# interpreter goes on with the complex sum.
print(roots([4.0] * 300 + [-8.0] + [1.0] * 5, 0.5))
print(roots([float("inf"), -0.0, 1.0] * 100, 3.0))
nan = float("nan")
r = roots([1.0] * 300 + [nan], 1.0)
print(r, r != r)
print(roots([1.0, 2.0] * 100, nan) != 0)
print(roots([1.0, 4.0] * 150 + [2], 0.5))
try:
    print(len(inverse_cubes([(2.0, 1.0)] * 300 + [(1.0, 1.0)])))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
