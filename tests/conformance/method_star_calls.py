# f(*args, **kwargs) where f is a bound method of a Python function, a
# generator function, or gets arguments that do not fit.
class C:
    def m(self, a, b=2, *args, **kw):
        return (a, b, args, sorted(kw.items()))
    def g(self, *a, **k):
        yield a
        yield k
    def one(self, a):
        return a

c = C()
print(c.m(*[1]), c.m(*(1, 2, 3), **{"x": 1}), c.m(**{"a": 5}))
print(list(c.g(*[1, 2], **{"z": 3})))
for bad in [lambda: c.m(*5), lambda: c.m(**5), lambda: c.m(*(), **{"a": 1, "self": 2}), lambda: c.one(*(1, 2)), lambda: c.one(**{"b": 1}), lambda: c.m(), lambda: c.m(*[1], **{1: 2})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def deep(n):
    return c.m(*(n,)) if n < 3 else deep.__call__(*(n - 1,))
print(deep(10))
import sys
class R:
    def rec(self, n):
        return n if n == 0 else self.rec(*(n - 1,))
try:
    R().rec(10 ** 6)
except RecursionError as e:
    print("RecursionError")
print(R().rec(*(500,)))
