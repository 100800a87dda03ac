# Assigning __bases__: the new bases must keep the instances' layout
# (deallocator and layout errors as CPython's), subclasses' MROs follow,
# a failing MRO anywhere leaves everything as it was, and __subclasses__
# moves to the new bases.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    pass


class B:
    __slots__ = ('x',)


class C(A):
    pass


for nb in [(object,), (B,), (A, B), (list,), (A,), (int, str)]:
    show(nb, lambda: (setattr(C, '__bases__', nb), C.__base__))


class L(list):
    pass


show("list to dict", lambda: setattr(L, '__bases__', (dict,)))


class A2:
    def meth(self):
        return 'A2'


class D(A):
    pass


class E(D):
    pass


D.__bases__ = (A2,)
show("subclass mro", lambda: (E().meth(), E.__mro__))
show("subclasses", lambda: (A2.__subclasses__(), D in A.__subclasses__()))


class X:
    pass


class Y(X):
    pass


class Q(X):
    pass


class R(Q, Y):
    pass


show("conflict in subclass", lambda: setattr(Y, '__bases__', (Q,)))
show("after conflict", lambda: (Y.__bases__, Y.__mro__, R.__mro__))
show("cycle", lambda: setattr(X, '__bases__', (Y,)))


class Fail(Exception):
    pass


class Meta(type):
    fail = False

    def mro(cls):
        if Meta.fail and cls.__name__ == 'Sub':
            raise Fail('mro')
        return type.mro(cls)


class Top(metaclass=Meta):
    pass


class Other(metaclass=Meta):
    pass


class Mid(Top):
    pass


class Sub(Mid):
    pass


Meta.fail = True
show("failing mro", lambda: setattr(Mid, '__bases__', (Other,)))
show("restored", lambda: (Mid.__bases__, Mid.__mro__, Sub.__mro__, Top.__subclasses__(), Other.__subclasses__()))
