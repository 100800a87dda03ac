import copy
import io
import math
import string
import sys
import time
import types
from contextlib import contextmanager, suppress, redirect_stdout
a = [[1, 2], {"k": [3]}]
b = copy.copy(a); d = copy.deepcopy(a)
a[0].append(9)
print(b, d, b[0] is a[0], d[0] is a[0])
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v!r})"
p = P([1]); q = copy.deepcopy(p); q.v.append(2)
print(p, q, copy.copy(p).v is p.v)
class Custom:
    def __init__(self): self.x = 1
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Custom()
copy.deepcopy([Custom()])
s = io.StringIO()
s.write("hello\n"); s.write("world")
print(repr(s.getvalue()))
s2 = io.StringIO("a\nb\nc")
print(s2.readline(), s2.read(), list(io.StringIO("x\ny\n")))
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print("got", repr(buf.getvalue()))
print("x", file=buf)
print(repr(buf.getvalue()))
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print("inside", t)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with tag("x"):
        raise ValueError("inside cm")
except ValueError as e:
    print("propagated", e)
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(10), math.pi, math.e)
print(math.log(100, 10), math.log2(8), math.exp(1), math.sin(0), math.cos(0), math.hypot(3, 4), math.inf, -math.inf)
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3]))
print(math.trunc(-3.7), math.copysign(2, -0.0), math.fabs(-3), math.fmod(7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(1, 3))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.isnan(float("nan")), math.isinf(1e400))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello world"))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(type(sys.argv), sys.maxsize, sys.version_info[:2], sys.version_info.major, sys.getrecursionlimit())
t0 = time.time(); t1 = time.perf_counter()
print(isinstance(t0, float), t1 >= 0, time.monotonic() >= 0)
ns = types.SimpleNamespace(a=1, b=2)
print(ns, ns.a, types.FunctionType, type(len) is types.BuiltinFunctionType)
print(sys.stdout.write("direct\n"))
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("stderr line", file=sys.stderr)
