# property: errors name the property (any __set_name__ value) and the
# qualified class name; __isabstractmethod__ asks fget, fset and fdel;
# a class property computes a class's __doc__.
class A:
    @classmethod
    @property
    def x(cls):
        return 'x of %r' % cls.__name__
print(A.x, A().x)
class B:
    "doc"
    @classmethod
    @property
    def __doc__(cls):
        return 'doc of ' + cls.__name__
print(B.__doc__, B().__doc__)
class D:
    def m(self): pass
    m.__isabstractmethod__ = 1
    p = property(m)
    q = property(None, m)
    r = property()
print(D.p.__isabstractmethod__, D.q.__isabstractmethod__, D.r.__isabstractmethod__)
class E:
    foo = property()
    bar = property(doc="x")
    bar.__set_name__(E if False else object, "bar")
for op in ("get", "set", "del"):
    for name in ("foo", "bar"):
        try:
            if op == "get": getattr(E(), name)
            elif op == "set": setattr(E(), name, 1)
            else: delattr(E(), name)
        except AttributeError as e:
            print(e)
class F:
    pass
F.__qualname__ = "it's"
F.p = property()
F.p.__set_name__(F, 5)
try:
    F().p
except AttributeError as e: print(e)
class G:
    @staticmethod
    @property
    def s(): return 1
print(type(G.s).__name__)
print(classmethod(property(lambda c: 3)).__get__(None, int))
class H:
    @classmethod
    def m(cls): return cls
sm = classmethod(len)


class NotBool:
    def __bool__(self):
        raise ValueError("no truth")


def fn():
    pass


fn.__isabstractmethod__ = NotBool()
for wrap in (property, staticmethod, classmethod):
    try:
        wrap(fn).__isabstractmethod__
    except ValueError as e:
        print(wrap.__name__, e)
shared = property()


class Twice:
    a = shared
    b = shared


try:
    Twice().a
except AttributeError as e:
    print(e)
print(Twice.a.getter(len) is not shared)
try:
    Twice.a.setter(None).__get__(Twice())
except AttributeError as e:
    print(e)
