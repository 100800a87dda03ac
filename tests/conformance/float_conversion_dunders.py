# float(x) calls a float subclass's own __float__ before using its value,
# and a NaN hashes by identity, a float subclass instance's included.
import warnings

class Foo2(float):
    def __float__(self):
        return 42.

class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2 * value)
    def __float__(self):
        return self

class Foo4(float):
    def __float__(self):
        return 42

class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1

class IndexOnly:
    def __index__(self):
        return 7

nan = float('nan')
class NanFloat:
    def __float__(self):
        return nan

print(float(Foo2()), float(FooStr('8')), float(IndexOnly()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = float(Foo3(21))
    print(r, type(r).__name__, [str(x.message) for x in w])
try:
    float(Foo4(42))
except TypeError as e:
    print("TypeError", e)
print(float(NanFloat()) is nan)

value = float('nan')
print(hash(value) == object.__hash__(value), hash(value) == hash(value))

class H:
    def __hash__(self):
        return 42

class F(float, H):
    pass

value = F('nan')
print(hash(value) == object.__hash__(value), hash(F(1.5)) == hash(1.5))
o = object()
print(hash(o) == object.__hash__(o))
