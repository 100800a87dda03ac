# The numbers ABCs: the builtin numbers at their levels of the tower, and
# a class that registers or implements them.
import numbers

for v in [1, True, 1.5, 1j, complex(1, 0), "1", None, 10**30]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational,
                                              numbers.Integral)])
print(issubclass(complex, numbers.Complex), issubclass(complex, numbers.Real), issubclass(float, numbers.Complex),
      issubclass(bool, numbers.Integral), issubclass(int, numbers.Number))
print(sorted(numbers.__all__))


class MyComplex(numbers.Complex):
    pass


try:
    MyComplex()
except TypeError as e:
    print("TypeError", e)


class Full(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v)
    def __ceil__(self): return int(self.v) + 1
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return self.v // o
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return self.v % o
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return self.v + o
    def __radd__(self, o): return o + self.v
    def __neg__(self): return -self.v
    def __pos__(self): return self.v
    def __mul__(self, o): return self.v * o
    def __rmul__(self, o): return o * self.v
    def __truediv__(self, o): return self.v / o
    def __rtruediv__(self, o): return o / self.v
    def __pow__(self, o): return self.v ** o
    def __rpow__(self, o): return o ** self.v
    def __abs__(self): return abs(self.v)
    def __eq__(self, o): return self.v == o
    __hash__ = None


f = Full(2.5)
print(complex(f), f.real, f.imag, f.conjugate(), divmod(f, 1), isinstance(f, numbers.Complex), f - 1, 1 - f, bool(f))
print(complex(Full(3)) == 3, cmp := f < 3)
