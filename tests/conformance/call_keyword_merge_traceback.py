# Errors merging the keyword arguments of a call with ** are at the whole
# call, as in CPython 3.11: the traceback shows no carets under one value.
import traceback

def f(a=None, b=None):
    return a

d = {"a": 1}
for src in ["f(**d, a=2)", "f(a=2, **d)", "f(**d, **d)", "f(**{'a': 1}, a=2)",
            "f(1, **d, b=3, **{'b': 4})", "f(**d, b=f(**5))", "x = f(b=1,\n      **d, a=2)"]:
    try:
        exec(compile(src, "<call>", "exec"))
    except TypeError:
        print(repr(src))
        for line in traceback.format_exc().splitlines()[-3:]:
            print("   ", line)
f(**d, a=2)
