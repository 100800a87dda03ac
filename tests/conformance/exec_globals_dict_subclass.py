# Globals that are a dict subclass's instance: LOAD_GLOBAL subscripts them
# (__getitem__, __missing__), stores write the dict, and exec's locals
# default to them as a mapping.
class MyGlobals(dict):
    def __missing__(self, key):
        return int(key.removeprefix("_number_"))

code = "lambda: " + "+".join(f"_number_{i}" for i in range(100))
f = eval(code, MyGlobals())
for _ in range(40):
    assert f() == sum(range(100))
print(f(), type(f.__globals__).__name__)

class Logged(dict):
    def __getitem__(self, k):
        print("get", k)
        return dict.__getitem__(self, k)
g = Logged(x=5)
exec("def h():\n    return x + len('ab')\nprint(h(), type(globals()).__name__)\ny = x", g)
print(sorted(k for k in g if k != '__builtins__'))
h = g['h']
for _ in range(3):
    print(h())

class frozendict(dict):
    def __setitem__(self, k, v):
        raise RuntimeError("readonly " + k)
try:
    exec("x = 1", frozendict())
except RuntimeError as e:
    print(e)
ns = frozendict()
exec("global z\nz = 3", ns)  # STORE_GLOBAL writes the dict directly
print(ns['z'])

class setonly(dict):
    def __getitem__(self, k):
        raise LookupError("no get " + k)
try:
    exec("globalname", setonly(globalname=1))
except LookupError as e:
    print("LookupError", e)
try:
    exec("def f(): return q\nf()", setonly(), {})
except LookupError as e:
    print("LookupError", e)
try:
    eval("zz", MyGlobals())
except Exception as e:
    print(type(e).__name__, e)
import types
def k(): return undefined_thing
kk = types.FunctionType(k.__code__, MyGlobals(undefined_thing=7))
print(kk())
try:
    kk2 = types.FunctionType(k.__code__, Logged())
    kk2()
except NameError as e:
    print("NameError", e)
import sys
exec("import sys; print(type(sys._getframe().f_globals).__name__)", Logged())
