# format() and f-strings of complex numbers with the format specs CPython
# 3.11 accepts, their errors, and %-formatting.
inf, nan = float("inf"), float("nan")
VALUES = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 2j, -1.5 - 2.25j,
          1234567.891 + 0.000123j, 1e16 + 1e-7j, complex(inf, nan), complex(-inf, -inf), complex(nan, 1),
          complex(1e300, -1e-300), 3 + 0j, 123.0j, complex(-0.0004, 5e-324)]
SPECS = ["", "g", "e", "E", "f", "F", "G", "n", ".0", ".1", ".3", ".17", ".3g", ".0e", ".2f", "#", "#g", "#.0e",
         "#.0f", "+", "-", " ", "+.2f", " .2e", "z", "z.1f", "20", "<20", ">20", "^20", "*^25.3", "x<18", ",",
         "_", ",.2f", "_.3e", "30,.2f", "+^30", "010", "0<10", "=10", "+=10", "d", "x", "%", "s", "c", "b", ".2%",
         ",n", "_n", "10.3n", "-^+15.4e", "ab", ".", "1.2.3"]
for v in VALUES:
    for spec in SPECS:
        try:
            print(repr(v), repr(spec), repr(format(v, spec)))
        except Exception as e:
            print(repr(v), repr(spec), type(e).__name__, e)
z = 3 - 4j
w = 10
print(f"{z}", f"{z!r}", f"{z!s}", f"{z:>{w}}", f"{z:.{2}f}", f"[{z:^16}]", "{0} {0:e} {1:+.1f}".format(z, 2j))
for fmt in ["%s", "%r", "%a", "%d", "%f", "%x", "%e", "%g", "%5s", "%-8r|"]:
    try:
        print(fmt, repr(fmt % z), repr(fmt % (z,)))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(str(1 + 2j), repr(2j), ascii(-1j), str([1j, complex(-0.0, 1)]), {1j: 2}, (1j,))
for bad in [1, None, b"x"]:
    try:
        print((1j).__format__(bad))
    except Exception as e:
        print(type(e).__name__, e)
class C(complex):
    def __str__(self):
        return "C-str"
print(format(C(1, 2)), format(C(1, 2), ""), format(C(1, 2), ".1f"), f"{C(1, 2)}", str(C(1, 2)), repr(C(1, 2)))
