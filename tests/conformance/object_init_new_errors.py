# object.__new__ and object.__init__ with extra arguments, attribute errors
# of classes with __slots__, and a comparison method whose binding fails.
def t(f):
    try:
        f(); print("ok")
    except TypeError as e:
        print(e)
class C: pass
t(lambda: C(42)); t(lambda: C.__new__(C, 42)); t(lambda: C().__init__(42)); t(lambda: object.__new__(C, 42)); t(lambda: object.__init__(C(), 42))
t(lambda: C(x=1)); t(lambda: C().__init__(x=1))
class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
t(lambda: D(42)); t(lambda: D.__new__(D, 42)); t(lambda: object.__new__(D, 42))
class E:
    def __init__(self):
        super().__init__(42)
t(lambda: E()); t(lambda: E(42)); t(lambda: object.__init__(E(), 42) if False else E.__init__(object.__new__(E), 1))
class F:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
t(lambda: F(42)); t(lambda: F().__init__(42) if False else object.__init__(F.__new__(F), 42))
class G:
    def __init__(self, *a):
        object.__init__(self, *a)
t(lambda: G(1)); t(lambda: object.__new__(G, 1))
t(lambda: object(1)); t(lambda: object.__init__(object(), 1)); t(lambda: object.__new__(object, 1))
class H(int): pass
t(lambda: object.__new__(H))
t(lambda: object.__new__(1))
class B:
    y = 0
    __slots__ = ('z',)
for f in (lambda: B().__delattr__('y'), lambda: setattr(B(), 'y', 0), lambda: B().z, lambda: delattr(B(), 'z'), lambda: setattr(B(), 'x', 0)):
    try:
        f()
    except AttributeError as e:
        print(e)
class E2:
    __eq__ = property(lambda self: (_ for _ in ()).throw(AttributeError("booh")))
try:
    print(E2() == E2())
except AttributeError as e:
    print("raised", e)
