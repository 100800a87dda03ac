# doctest runs on pyjit: inspect.getmodule, getfile, getsourcefile and the
# descriptor predicates; sys.gettrace/settrace(None) and sys.displayhook,
# which doctest saves, clears and restores.
import doctest
import inspect
import sys
import types


def add(a, b):
    """
    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1)
    Traceback (most recent call last):
      ...
    TypeError: add() missing 1 required positional argument: 'b'
    >>> None
    >>> x = 5
    >>> x * 2
    10
    """
    return a + b


def wrong():
    """
    >>> 1 + 1
    3
    """


print(sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.displayhook is sys.__displayhook__)
finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(add, "add", globs={"add": add}):
    print(runner.run(test))
out = []
for test in finder.find(wrong, "wrong", globs={}):
    print(runner.run(test, out=out.append))
print("".join(out).count("Expected:"), sys.displayhook is sys.__displayhook__)
mod = types.ModuleType("m")
print(inspect.getmodule(add) is sys.modules[__name__], inspect.getmodule(mod) is mod,
      inspect.getmodule(len) is sys.modules["builtins"])
print(sys, inspect.getfile(add) == __file__, inspect.getsourcefile(add) == __file__, inspect.getfile(add.__code__) == __file__)
try:
    inspect.getfile(sys)
except TypeError as e:
    print(e)
try:
    inspect.getfile(1)
except TypeError as e:
    print(e)
print(inspect.iscode(add.__code__), inspect.iscode(add))
print([inspect.ismethoddescriptor(x) for x in (str.join, classmethod(add), add, int, "".join, property())])
print([inspect.ismethodwrapper(x) for x in ((1).__add__, str.join, add)])
