# A subclass with __slots__ of classes with __slots__ (even empty ones) has no
# __dict__; without __slots__ it has one.
class T:
    __slots__ = ()
class Z(T):
    __slots__ = '_offset', '_name'
    def __new__(cls):
        return cls._create()
    @classmethod
    def _create(cls):
        self = T.__new__(cls)
        self._offset = 1
        return self
z = Z()
try:
    z.abc = 1; print("no error", z.__dict__)
except AttributeError as e: print("AE", e)
class Z2(T):
    __slots__ = 'a', 'b'
z2 = Z2()
try:
    z2.abc = 1; print("no error")
except AttributeError as e: print("AE", e)
class E: __slots__ = ()
class F(E): pass
f = F(); f.x = 1; print(f.__dict__)
class G(E): __slots__ = ('a',)
g = G(); g.a = 2
try: g.b = 1
except AttributeError as e: print(e)
print(hasattr(g, '__dict__'), hasattr(E(), '__dict__'))
class H(G, E): pass
h = H(); h.z = 3; print(h.__dict__, h.a if hasattr(h, 'a') else None)
class W(E): __slots__ = ('__weakref__',)
import weakref; w = W(); r = weakref.ref(w); print(r() is w, hasattr(w, '__dict__'))
class X(int): __slots__ = ()
x = X(5)
try: x.q = 1
except AttributeError as e: print(e)
class Y(Exception): __slots__ = ()
y = Y(); y.q = 1; print(y.q)
import collections
P = collections.namedtuple('P', 'a b')
class Q(P): __slots__ = ()
q = Q(1, 2)
try: q.c = 3
except AttributeError as e: print(e)
