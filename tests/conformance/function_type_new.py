# types.FunctionType(code, globals, name, argdefs, closure): argument
# checks, builtins inherited when globals have none, closures of cells.
import types
import textwrap


def f():
    pass


def check(*a, **k):
    try:
        types.FunctionType(*a, **k)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


for a, k in [((), {}), ((f.__code__,), {}), ((1, {}), {}), ((f.__code__, 1), {}), ((f.__code__, {}, 1), {}),
             ((f.__code__, {}, None, 1), {}), ((f.__code__, {}, None, None, 1), {}),
             ((f.__code__, {}, None, None, (1,)), {}), ((f.__code__, {}), {'x': 1}),
             ((f.__code__, {}, None, None, None, 1), {}), ((f.__code__,), {'globals': {}})]:
    check(*a, **k)


def func(s, t=2):
    "doc"
    return len(s) + t


ns = {}
func2 = types.FunctionType(func.__code__, ns)
print(func2.__globals__ is ns, func2.__builtins__ is __builtins__.__dict__, func2("abc", 0), ns)
print(func2.__name__, func2.__qualname__, func2.__doc__, func2.__module__, func2.__defaults__)
func3 = types.FunctionType(func.__code__, {"__name__": "m"}, "other", (10,))
print(func3.__name__, func3.__qualname__, func3.__module__, func3("ab"))
try:
    func2("x")
except TypeError as e:
    print(e)
code = textwrap.dedent("""
    def func3(s): pass
    func4 = type(func3)(func3.__code__, {})
""")
safe_builtins = {'None': None}
ns = {'type': type, '__builtins__': safe_builtins}
exec(code, ns)
print(ns['func3'].__builtins__ is safe_builtins, ns['func4'].__builtins__ is safe_builtins,
      '__builtins__' in ns['func4'].__globals__)


def outer():
    x = 5

    def inner():
        return x
    return inner


inner = outer()
print(types.FunctionType(inner.__code__, {}, None, None, (types.CellType(7),))())
for bad in (None, (), (1,)):
    try:
        types.FunctionType(inner.__code__, {}, None, None, bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
