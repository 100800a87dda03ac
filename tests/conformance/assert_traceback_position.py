# Where a failed assert's traceback points: CPython 3.11 marks the last
# comparison of the test, if it has one, else the whole statement.
import traceback

def check(src, **ns):
    try:
        exec(compile(src, "<assert>", "exec"), ns)
    except AssertionError:
        lines = traceback.format_exc().splitlines()
        print(repr(src))
        for line in lines[-3:]:
            print("   ", line)

check("x = -1\nassert x > 0, 'msg'")
check("x = -1\nassert x")
check("x = 9\nassert 0 < x < 5, 'chained'")
check("x = 1\nassert not x > 0")
check("x = -1\ny = 1\nassert (x > 0) and y")
check("x = 1\ny = 0\nassert x > 0 and y")
check("x = -1\ny = 1\nassert x > 0 if y else z")
check("assert [] in [[1]]")
check("x = 2\nassert x is None, f'x is {x}'")
check("assert (1 >\n    2), 'two lines'")
check("def f():\n    return False\nassert f(), 'call'")
check("x = 5\nassert x == 4 or x == 3, 'or'")
x = 3
assert x < 2, "uncaught"
