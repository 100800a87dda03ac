# Every case of CPython's Lib/test/cmath_testcases.txt: the function's
# result printed in full (repr of both parts, so signed zeros show) or the
# exception it raises. The file comes with CPython's test suite
# (libpython3.11-testsuite on Debian).
import cmath

PATH = "/usr/lib/python3.11/test/cmath_testcases.txt"


def show(x):
    if isinstance(x, complex):
        return "(%r, %r)" % (x.real, x.imag)
    return repr(x)


def run(lines):
    count = 0
    for line in lines:
        line = line.split("--")[0].strip()
        if not line:
            continue
        lhs, rhs = line.split("->")
        ident, fn, ar, ai = lhs.split()
        arg = complex(float(ar), float(ai))
        func = getattr(cmath, fn)
        try:
            if fn == "rect":
                got = show(func(arg.real, arg.imag))
            else:
                got = show(func(arg))
        except (ValueError, OverflowError) as e:
            got = "%s: %s" % (type(e).__name__, e)
        print(ident, fn, show(arg), "->", got)
        count += 1
    return count


try:
    with open(PATH) as f:
        text = f.read()
except FileNotFoundError:
    print("note:", PATH, "is absent (install libpython3.11-testsuite)")
else:
    print(run(text.splitlines()), "cases")
