# The __dict__ and __weakref__ descriptors of classes defined in Python:
# which classes get them (bases, __slots__), their reprs, attributes and
# behaviour, and dir().
class A: pass
print(sorted(A.__dict__.keys()))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(type(A.__dict__['__dict__']).__name__, type(A.__dict__['__weakref__']).__name__)
print('__dict__' in dir(A()), '__weakref__' in dir(A), '__dict__' in dir(A))
a = A(); a.x = 1
print(A.__dict__['__dict__'].__get__(a), A.__dict__['__weakref__'].__get__(a))
print(A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__, A.__dict__['__dict__'].__doc__)
print(A.__dict__['__weakref__'].__doc__)
class B(A): pass
print(sorted(B.__dict__.keys()))
class S:
    __slots__ = ('x',)
print(sorted(S.__dict__.keys()), '__dict__' in dir(S), '__weakref__' in dir(S))
class S2:
    __slots__ = ('__dict__',)
print(sorted(S2.__dict__.keys()), '__weakref__' in dir(S2))
class S3:
    __slots__ = ('__weakref__', 'y')
print(sorted(S3.__dict__.keys()), S3.__dict__['__weakref__'])
class SS(S): pass
print(sorted(SS.__dict__.keys()))
class I(int): pass
print(sorted(I.__dict__.keys()))
class E(Exception): pass
print(sorted(E.__dict__.keys()))
class L(list): pass
print(sorted(L.__dict__.keys()))
class D(dict):
    __slots__ = ()
print(sorted(D.__dict__.keys()))
class M(type): pass
print(sorted(M.__dict__.keys()))
class F:
    def f(self): pass
    x = 1
print(list(F.__dict__.keys()))
print(vars(A()), A().__dict__)
a = A()
A.__dict__['__dict__'].__set__(a, {'z': 2}); print(a.z)
try: A.__dict__['__dict__'].__set__(a, 5)
except TypeError as e: print(e)
try: del a.__dict__; print(a.__dict__)
except Exception as e: print(type(e).__name__, e)
class W: pass
w = W(); print(W.__dict__['__weakref__'].__get__(w))
print(dir(A()))
print(dir(A))
print(A.__dict__['__dict__'].__get__(None, A) is A.__dict__['__dict__'])
try: A.__dict__['__dict__'].__get__(5)
except TypeError as e: print(e)
class G: 
    __slots__ = ()
class H(G): pass
print(sorted(H.__dict__.keys()))
class K(H): pass
print(sorted(K.__dict__.keys()))
def keys(c):
    return [k for k in c.__dict__ if k in ('__dict__', '__weakref__')]
class A: pass
class S:
    __slots__ = ('x',)
class S0:
    __slots__ = ()
class C1(A, S): pass
class C2(S, A): pass
class C3(S0, A): pass
class C4(A, S0): pass
class C5(A, int): pass
class C6(S, S0): pass
for c in (C1, C2, C3, C4, C5, C6):
    print(c.__name__, keys(c))
X = type('X', (), {})
print(keys(X), list(X.__dict__))
Y = type('Y', (S,), {'__slots__': ['__weakref__']})
print(keys(Y), Y.__dict__['__weakref__'])
for bases, slots in (((A,), ('__dict__',)), ((A,), ('__weakref__',)), ((int,), ('__weakref__',)), ((int,), ('__dict__',)),
                     ((tuple,), ()), ((set,), ('__weakref__',)), ((S,), ('__dict__', '__weakref__'))):
    try:
        T = type('T', bases, {'__slots__': slots})
        print('ok', keys(T))
    except TypeError as e:
        print('TypeError', e)
class Sh:
    __dict__ = 5
print(Sh.__dict__['__dict__'], Sh().__dict__, keys(Sh))
class Doc:
    "docstring"
    def f(self): pass
print(list(Doc.__dict__))
class Sl:
    __slots__ = ('a', '__weakref__', '__dict__')
print(list(Sl.__dict__))
class E(Exception): pass
class E2(OSError): pass
class St(set): pass
class Fs(frozenset): pass
class Ty(type): pass
class Tu(tuple): __slots__ = ()
class By(bytes): pass
class Li(list): __slots__ = ('__weakref__',)
for c in (E, E2, St, Fs, Ty, Tu, By, Li):
    print(c.__name__, keys(c))
import collections
P = collections.namedtuple('P', 'a b')
print(keys(P))
import dataclasses
@dataclasses.dataclass(slots=True)
class DC:
    a: int
# (Whether the class slots=True makes keeps its old __weakref__ entry
# depends on the patch level of dataclasses.py: 3.11.4 drops it.)
print(sorted(DC.__dict__.keys() - {'__match_args__', '__weakref__'}))
@dataclasses.dataclass
class DD:
    a: int
print(keys(DD))
import enum
class Col(enum.Enum):
    R = 1
print(keys(Col), list(Col))
a = A(); a.q = 1
print(vars(a), a.__dict__, A.__dict__['__dict__'].__get__(a))
del a.__dict__
print(vars(a))
a.__dict__ = {'w': 3}
print(a.w)
try: a.__dict__ = []
except TypeError as e: print(e)
try: A.__dict__['__dict__'].__set__(S(), {})
except TypeError as e: print(e)
try: A.__dict__['__weakref__'].__set__(A(), 1)
except AttributeError as e: print(e)
try: A().__weakref__ = 1
except AttributeError as e: print(e)
print(A().__weakref__, A.__weakref__, A.__dict__['__dict__'].__qualname__)
class B(A): pass
b = B(); b.z = 2; print(b.__dict__, B.__dict__.get('__dict__'), B.__dict__['__dict__'] if '__dict__' in B.__dict__ else 'inherited', B.__dict__ is not A.__dict__)
print(B.__weakref__ is A.__dict__['__weakref__'])
import copy
class K:
    def __init__(self): self.v = [1]
k2 = copy.deepcopy(K()); print(k2.v, copy.copy(K()).v)
class KS:
    __slots__ = ('v', '__weakref__')
    def __init__(self): self.v = 3
print(copy.copy(KS()).v)
print(A.__dict__['__dict__'].__get__(None, A) is A.__dict__['__dict__'])
print(hasattr(A(), '__dict__'), hasattr(S(), '__dict__'), hasattr(S(), '__weakref__'))
try: S().__dict__
except AttributeError as e: print(e)
class M(type):
    pass
class WithMeta(metaclass=M): pass
print(keys(WithMeta), keys(M))
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
print(keys(Ab), keys(abc.ABC))
class Cc(Ab):
    def f(self): return 1
print(Cc().f(), keys(Cc))
