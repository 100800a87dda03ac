# Error details CPython gives: calls of builtins with missing or extra
# arguments (enumerate() without its iterable has no position), import *
# in a function (at the star), an unexpected indent (end offset -1), and
# the repr of a namedtuple field's descriptor.
class E(enumerate):
    pass


tests = [
    "enumerate()", "zip(1)", "reversed()", "map()", "filter()", "iter()", "sorted()", "min()", "max()",
    "sum()", "divmod(1)", "pow(1)", "round()", "abs()", "len()", "isinstance(1)", "getattr(1)", "range()",
    "slice()", "list(1, 2)", "dict(1, 2)", "set(1, 2)", "tuple(1, 2)", "int(1, 2, 3)", "str(1, 2, 3, 4)",
    "bytes(1, 2, 3, 4)", "enumerate(1, 2, 3)", "enumerate([], start='a')", "enumerate(iterable=[], x=1)",
    "enumerate(start=1)", "enumerate(start=2, iterable=[1])", "enumerate([1], iterable=[2])",
    "enumerate(iterable=[1], iterable2=3)", "enumerate(iterable=[], start=1, x=2)", "enumerate(iterable=[7])",
    "E()", "E(start=1)", "E([], x=1)", "hash()", "id()", "repr()", "ascii()", "chr()", "ord()", "callable()",
]
for t in tests:
    try:
        print(t, list(eval(t)) if "enumerate" in t else eval(t) and "ok")
    except Exception as e:
        print(t, type(e).__name__, e)

try:
    compile("def f():\n    from os import *\n", "s", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

for c in ["x = 1\n    y = 2\n", "  x = 1\n", "if 1:\n  pass\n    y\n", "def f():\n  x\n      y\n",
          "x = (1,\n2)\n  z\n", "class C:\n  a\n   b\n", "if 1:\n\tx\n\t\ty\n"]:
    try:
        compile(c, "s", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

from collections import namedtuple

P = namedtuple("P", "x y")
print(repr(P.x), repr(P.y), P.x.__doc__)
