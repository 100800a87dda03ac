# A class's __new__ is called as its attribute: a classmethod binds to the
# class. __slots__ names must be identifiers (str subclasses allowed);
# __qualname__ and __classcell__ may be slots despite being in the namespace.
import types
class C(object):
    @classmethod
    def __new__(*args):
        return args
print(C(1, 2))
class D(C): pass
print(D(1, 2))
class E:
    pass
def f(*args): return ("f", args)
E.__new__ = f
print(E(1))
class F:
    __new__ = staticmethod(lambda cls, x: ("static", cls.__name__, x))
print(F(3))
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        assert attr in namespace
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
print(type(C2.__dict__["__classcell__"]).__name__)
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 42
print(c.__classcell__)
try:
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print("TypeError", e)
class Q(C1, metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]
print(Q.__qualname__, type(Q.__dict__["__qualname__"]).__name__)
class S(str): pass
class T:
    __slots__ = [S("x"), "y"]
t = T(); t.x = 1; print(t.x, T.__slots__)
for slots in (["foo bar"], ["foo\0bar"], ["1a"], [""], ["a", "b c"], "x y", ["é"]):
    try:
        class C: __slots__ = slots
        print(slots, "ok")
    except TypeError as e:
        print(slots, e)
