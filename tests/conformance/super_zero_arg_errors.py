# Zero-argument super() finds its first argument (maybe a cell) and the
# __class__ cell of the frame, with CPython's errors when either is missing.
class X:
    def a(*args): return super()
    def b(self):
        del self
        return super()
    def c(self):
        def inner(): return self
        return super()
    def d(self):
        def inner(): return self
        del self
        return super()
    def e(x):
        nonlocal __class__
        del __class__
        super()
    def f(x):
        nonlocal __class__
        __class__ = 5
        super()
    def g(x, /):
        return super().__repr__
    def h(*, k):
        return super()
for n in "abcdefgh":
    try:
        r = getattr(X(), n)()
        print(n, type(r).__name__)
    except Exception as e:
        print(n, type(e).__name__, e)
def f(): super()
try: f()
except Exception as e: print(type(e).__name__, e)
try: super(1, int)
except Exception as e: print(type(e).__name__, e)
try: super(int, int, int)
except Exception as e: print(type(e).__name__, e)
try: super(int, "s")
except Exception as e: print(type(e).__name__, e)
try: super(x=1)
except Exception as e: print(type(e).__name__, e)
print(repr(super(int, 1)), repr(super(int)), repr(super(int, int)))
class Y(X):
    def m(self):
        return super().__thisclass__, super().__self__, super().__self_class__
y = Y()
print(y.m()[0] is Y, y.m()[1] is y, y.m()[2] is Y)
