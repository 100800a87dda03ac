# Calls that reach a builtin type's __call__ or __new__ from Go: an
# instance of a builtin callable type, a class whose __new__ is builtin and
# takes many arguments, and keyword-only defaults in and out of order.
import functools
import json
import operator

# __call__ of builtin types, called through the instance.
p = functools.partial(max, 3)
print(p(1), p(5), p(1, 2, key=lambda x: -x))
ig = operator.itemgetter(1, 0)
print(ig("ab"), ig([4, 5]))
ag = operator.attrgetter("real", "imag")
print(ag(3 + 4j))
mc = operator.methodcaller("split", ",")
print(mc("a,b,c"))
for bad in [(), (1, 2)]:
    try:
        ig(*bad)
    except TypeError as e:
        print("TypeError:", e)

# A subclass keeps the builtin __call__; calling it as a method still checks self.
class P(functools.partial):
    pass

print(P(min, 9)(4, 12))
try:
    functools.partial.__call__(42)
except TypeError as e:
    print("TypeError:", e)

# The encoder of _json is made by a class call with nine arguments.
enc = json.JSONEncoder()
for obj in [{}, {"a": [1, 2.5, None, True]}, [{"k": "\u0105"}] * 3, "s"]:
    print(json.dumps(obj), enc.encode(obj))

# Classes with builtin __new__ called with many arguments, nested.
class T(tuple):
    pass

print(T(range(3)), type(T([1])).__name__)
print(slice(1, 2, 3), range(1, 10, 2), int("7", base=8))
print(complex(1, 2), str(b"x", "ascii", "strict"))
try:
    str(b"x", "ascii", "strict", 4)
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

# Keyword-only defaults: in order, reordered, deleted, missing.
def f(a, *, b=1, c=2, d=3, **kw):
    return a, b, c, d, kw

print(f(0), f(0, c=5), f(0, x=1))
f.__kwdefaults__ = {"d": 30, "c": 20, "b": 10}
print(f(0), f(0, b=-1))
f.__kwdefaults__ = {"b": 1, "c": 2}
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
f.__kwdefaults__ = None
try:
    f(0, b=1)
except TypeError as e:
    print("TypeError:", e)
kd = {"b": "B", "c": "C", "d": "D"}
del kd["c"]
kd["c"] = "C2"
f.__kwdefaults__ = kd
print(f(0))

class S(str):
    pass

f.__kwdefaults__ = {S("b"): "sb", "c": "c", S("d"): "sd"}
print(f(0))
print([f(i)[1:4] for i in range(3)], [f(i, c=i)[1:4] for i in range(3)])
print(type(functools.partial.__call__).__name__, type(operator.itemgetter.__call__).__name__)
