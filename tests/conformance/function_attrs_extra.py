# Function attributes that live outside the common layout: __module__,
# __doc__, __annotations__, __kwdefaults__, as created and as assigned.
import types

def plain(a, b=2):
    "the docstring"
    return a + b

def nodoc(*, k=3, j: int = 4) -> str:
    return k

lam = lambda x: x
print(plain.__module__, plain.__doc__, plain.__annotations__, plain.__kwdefaults__)
print(nodoc.__module__, nodoc.__doc__, nodoc.__annotations__, nodoc.__kwdefaults__)
print(lam.__doc__, lam.__module__, lam.__annotations__)

plain.__doc__ = "changed"
plain.__module__ = 42
print(plain.__doc__, plain.__module__)
plain.__doc__ = None
plain.__module__ = None
print(plain.__doc__, plain.__module__)
del plain.__doc__
print(plain.__doc__)
try:
    del plain.__module__
except Exception as e:
    print(type(e).__name__, e)
print(plain.__module__)

nodoc.__kwdefaults__ = {"k": 10, "j": 1}
print(nodoc(), nodoc.__kwdefaults__)
nodoc.__kwdefaults__ = None
try:
    nodoc()
except TypeError as e:
    print(e)
nodoc.__annotations__ = {"x": 1}
print(nodoc.__annotations__)
nodoc.__annotations__ = None
print(nodoc.__annotations__)
try:
    nodoc.__kwdefaults__ = 5
except TypeError as e:
    print(e)

# __code__ reassigned: __doc__ stays what the function was made with.
def other():
    "other doc"
def third():
    pass
third.__code__ = other.__code__
print(third.__doc__, other.__doc__)

# A module whose __name__ is not a str, and one whose __name__ changes.
g = {"__name__": 7}
exec("def f():\n    'in exec'\n", g)
print(g["f"].__module__, g["f"].__doc__)
g = {}
exec("def f(): pass", g)
print(g["f"].__module__)
g = {"__name__": "first"}
exec("def f(): pass\n__name__ = 'second'\ndef h(): pass", g)
print(g["f"].__module__, g["h"].__module__)

f2 = types.FunctionType(other.__code__, {"__name__": "made"})
print(f2.__module__, f2.__doc__, f2.__annotations__, f2.__kwdefaults__)

# Generator expressions and closures made many times.
def gen(n):
    return [sum(i * j for i in range(n)) for j in range(n)]
print(gen(5))
def make(x):
    def inner(y):
        "inner doc"
        return x + y
    return inner
fs = [make(i) for i in range(3)]
print([f(1) for f in fs], fs[0].__doc__, fs[0].__qualname__, fs[0].__module__)
