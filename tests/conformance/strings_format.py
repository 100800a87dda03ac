# str formatting: format specs, %-formatting, str.format, f-strings.
values = [0, 1, -1, 42, -42, 3.14159, -2.5, 1e10, 1.5e-7, 123456789.125, 0.0, -0.0, 1e100, float("inf"), float("nan")]
specs = ["", "d", "5", "<8", ">8", "^9", "*^9", "+", " ", "08.3f", ".2e", ".3g", "g", "%", ".1%", ",", "_", "#x", "#o", "#b", "x", "X", "n", ".0f", "10.4", "e", "E", "G", "#.3g", "z.1f"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("ERR:" + str(e))
    print(repr(v), row)
for s in ["", "s", ">10", "<10", "^10", ".3", "*>8.2"]:
    print(repr(format("hello", s)))
for bad in ["d", "+", ",", "#", "="]:
    try:
        format("x", bad)
    except ValueError as e:
        print("ValueError:", e)
print("%d %i %5d %-5d| %05d %+d % d %x %X %o %#x %#o %e %E %f %F %g %G %.3g %10.2f %c %c %% %s %r %a" % (
    1, 2, 3, 4, 5, 6, 7, 255, 255, 8, 255, 8, 12345.678, 0.0001, 1.5, 2.5, 1e-5, 1e20, 3.14159, 2.71828, 65, "z", "s", "r", "é"))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25}, "%s" % (1,), "%s" % [1, 2], "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("{0}{1}{0}".format("a", "b"), "{:{}}".format(3, 5), "{:>{w}.{p}f}".format(3.14159, w=10, p=2))
print("{0!r:>10} {0!s:<10}|".format("q"), "{a[0]} {a[1]}".format(a=[1, 2]), "{.real}".format(3))
print("{{}} {} {{x}}".format(1), format(1234567.891, ",.2f"), format(-1234567, "_d"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
x, y, name = 3, 4.5, "pyjit"
print(f"{x}+{y}={x + y}", f"{name!r}", f"{name:>10}", f"{x:03}", f"{y:.3f}", f"{'nested ' + name}", f"{x=}", f"{y = :.1f}")
print(f"{3.0:g} {100000.0:g} {1e6:g} {1e-5:g} {0.0001:g} {123456789:e} {1/3:.15g} {2**60}")
print(f"{'{'} {'}'}", f"{{literal}}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{x if x else y}")
print(repr(1e16), repr(1e15), repr(123456789012345678.0), repr(0.1 + 0.7), repr(1/7), repr(2.0 ** 0.5), repr(1e-4), repr(1.1e-4))
print(str(12.0), str(1e22), str(-1e-10), 1.0 / 3, 2 / 3, 10 / 3, 5e-324, 2.0 ** 100)
print(round(0.5), round(1.5), round(2.675, 2), round(-2.5), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(1e300, 2))
print(int(1e20), int(-1e18), float(2 ** 70), 2 ** 0.5, 10 ** -2, (-8) ** (1 / 3) if False else 0, 7 ** 2 ** 2, (-2) ** 3)
