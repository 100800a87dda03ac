# Subclasses of enumerate, zip, map, filter and reversed: their instances,
# arguments, attributes, iteration and reductions.
import copy

def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class E(enumerate):
    def __init__(self, *a, **k): self.extra = a
class Z(zip): pass
class M(map):
    def __new__(cls, *a): return super().__new__(cls, *a)
class F(filter):
    x = 5
class R(reversed): pass
t(lambda: list(E("ab", 1)))
t(lambda: E("ab", start=2).extra)
t(lambda: type(E("ab")).__name__)
t(lambda: list(Z("ab", "cd")))
t(lambda: list(Z("ab", "c", strict=True)))
t(lambda: list(M(str.upper, "ab")))
t(lambda: list(F(None, [0, 1, 2])))
t(lambda: F(None, []).x)
t(lambda: list(R([1, 2, 3])))
t(lambda: list(R(range(3))))
t(lambda: R("abc").__length_hint__())
t(lambda: isinstance(R([1]), reversed))
t(lambda: next(iter(E("ab"))))
t(lambda: E("ab").__reduce__()[0].__name__)
t(lambda: Z("a").__reduce__()[0].__name__)
t(lambda: M(abs, [1]).__reduce__()[0].__name__)
t(lambda: R([1]).__reduce__()[0].__name__)
t(lambda: F(None, [1]).__reduce__()[0].__name__)
e = E("ab"); e.y = 3; t(lambda: e.__dict__)
t(lambda: E())
t(lambda: Z.__new__(Z, 1))
t(lambda: enumerate.__new__(E, "ab").__class__.__name__)
t(lambda: enumerate.__new__(int, "ab"))
t(lambda: list(enumerate.__new__(E, "xy")))
t(lambda: repr(R([1]))[:10])
class R2(reversed):
    def __init__(self, s, extra): self.extra = extra
t(lambda: R2([1, 2], 5).extra)
class Z2(zip):
    def __init__(self, *a, strict=False): pass
t(lambda: list(Z2("a", "b", strict=True)))
class Rev:
    def __reversed__(self): return iter([9])
t(lambda: type(R(Rev())).__name__)
t(lambda: list(R(Rev())))
t(lambda: R("abc").__reduce__()[0].__name__)
t(lambda: R((1, 2)).__reduce__()[1:])
r = R((1, 2, 3)); t(lambda: r.__setstate__(1)); t(lambda: list(r))
t(lambda: list(copy.copy(E("ab", 5))))
t(lambda: type(copy.copy(E("ab", 5))).__name__)
t(lambda: type(copy.deepcopy(Z("ab", "cd"))).__name__)
z = Z("ab", "c", strict=False); t(lambda: z.__setstate__(True)); t(lambda: list(z))
t(lambda: [x for x in E("xy")])
t(lambda: list(M(lambda a, b: a + b, "ab", "cd")))
t(lambda: sorted(F(None, [3, 0, 1])))
t(lambda: R([1, 2]).__length_hint__())
t(lambda: R((1, 2)).__length_hint__())
t(lambda: E.__name__ in repr(E("a")))
t(lambda: dict(E("ab")))
t(lambda: enumerate.__next__(E("ab")))
t(lambda: zip.__next__(Z("ab")))
t(lambda: reversed.__next__(R("ab")))
t(lambda: reversed.__next__(iter([])))
