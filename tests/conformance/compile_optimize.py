# compile()'s optimize argument: from 1, assert statements are not compiled
# and __debug__ is False; from 2, docstrings are dropped as well. -1 (the
# default) is the interpreter's own level.
import ast

SRC = '''\
"""module doc"""
def f():
    "function doc"
    return __debug__
async def af():
    "coroutine doc"
class C:
    "class doc"
    def m(self):
        """method doc"""
    @property
    def p(self):
        "property doc"
ran = []
try:
    assert False, ran.append("message evaluated") or "boom"
    outcome = "assert skipped"
except AssertionError as e:
    outcome = "assert raised: %s" % e
if __debug__:
    ran.append("if __debug__ body")
only = "doc only"
def g():
    "just a docstring"
'''

for level in (-1, 0, 1, 2):
    for source in (SRC, ast.parse(SRC)):
        ns = {}
        exec(compile(source, "<opt>", "exec", optimize=level), ns)
        kind = "ast" if isinstance(source, ast.AST) else "str"
        print(level, kind, ns.get("__doc__"), ns["f"].__doc__, ns["af"].__doc__, ns["C"].__doc__,
              ns["C"].m.__doc__, ns["C"].p.__doc__, ns["g"].__doc__)
        print("   ", ns["f"](), ns["outcome"], ns["ran"], ns["g"]())

# eval mode and single mode see the same level.
for level in (0, 1, 2):
    print(level, eval(compile("__debug__", "<e>", "eval", optimize=level)))
    exec(compile("assert 1 == 1, 'ok'", "<s>", "single", optimize=level))
    try:
        exec(compile("assert 1 == 2, 'single'", "<s>", "single", optimize=level))
    except AssertionError as e:
        print("   single raised", e)
    else:
        print("   single skipped")

# The interpreter's own level, for plain exec and eval.
print(__debug__, eval("__debug__"))
try:
    exec("assert 0, 'exec'")
except AssertionError as e:
    print("exec raised", e)

for bad in (-2, 3):
    try:
        compile("pass", "<b>", "exec", optimize=bad)
    except ValueError as e:
        print(bad, e)
