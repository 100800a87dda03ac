# type.__flags__ (CPython's bits, without the vectorcall and version-tag
# bits of its C calling convention and method cache), __dictoffset__,
# __weakrefoffset__, __basicsize__ and __itemsize__ of builtin types and
# of classes of every layout, and the errors of setting them.
import abc, collections, enum
HEAPTYPE, BASETYPE, HAVE_GC, IS_ABSTRACT, IMMUTABLE = 1 << 9, 1 << 10, 1 << 14, 1 << 20, 1 << 8
mask = ~((1 << 19) | (1 << 11))
def show(c):
    print(c.__name__, hex(c.__flags__ & mask), c.__basicsize__, c.__itemsize__, c.__dictoffset__, c.__weakrefoffset__)
async def agen():
    yield
for c in [object, type, int, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          Exception, ValueError, OSError, SyntaxError, range, memoryview, collections.deque, float, complex,
          type(None), type(len), type(object.__init__), type(str.join), type(dict.__dict__['fromkeys']),
          property, staticmethod, classmethod, slice, zip, map, filter, enumerate, reversed,
          type(iter([])), type(iter(())), type(iter(range(3))), type(iter(set())), type({}.keys()), type({}.items()),
          type(type.__dict__['__dict__']), type(agen()), type(lambda: 0), BaseException]:
    show(c)
class A: pass
class B(A): pass
class C: __slots__ = ('a', 'b')
class D(C): __slots__ = ('c',)
class E(C): pass
class F: __slots__ = ('__dict__',)
class G: __slots__ = ('__weakref__',)
class H: __slots__ = ('x', '__dict__', '__weakref__')
class I(int): pass
class J(int): __slots__ = ()
class K(tuple): pass
class L(list): pass
class L2(list): __slots__ = ('a',)
class S(str): pass
class By(bytes): pass
class Ba(bytearray): pass
class Fl(float): pass
class Di(dict): pass
class Se(set): pass
class Ex(Exception): pass
class Ex2(ValueError): __slots__ = ('q',)
class OE(OSError): pass
class M(type): pass
class M2(M): pass
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Co(Ab):
    def f(self): pass
class Mi(A, C): pass
class Mi2(C, A): pass
class En(enum.Enum): X = 1
class IE(enum.IntEnum): X = 1
class Nt(collections.namedtuple('Nt', 'a b')): pass
class Dq(collections.deque): pass
class Seq(collections.abc.Sequence): pass
class Map(collections.abc.Mapping): pass
class Fs(frozenset): pass
class Cm(classmethod): pass
class Sm(staticmethod): pass
class Pr(property): pass
class Bo(BaseException): pass
class Cx(complex): pass
class Obj(object): __slots__ = ()
for c in [A, B, C, D, E, F, G, H, I, J, K, L, L2, S, By, Ba, Fl, Di, Se, Ex, Ex2, OE, M, M2, Ab, Co, Mi, Mi2, En, IE, Nt, Dq, Seq, Map, Fs, Cm, Sm, Pr, Bo, Cx, Obj]:
    show(c)
    f = c.__flags__
    print('  ', bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & HAVE_GC), bool(f & IS_ABSTRACT), bool(f & IMMUTABLE))
Ab.__abstractmethods__ = frozenset()
print(hex(Ab.__flags__ & mask))
Co.__abstractmethods__ = frozenset({'g'})
print(hex(Co.__flags__ & mask))
async def ag(): yield
for t in [type(ag()), type(dict.__dict__['fromkeys'])]:
    try:
        class X(t): pass
        print('subclassed', t.__name__)
    except TypeError as e:
        print(e)

def attempt(f):
    try:
        f()
        print('ok')
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for attr in ['__flags__', '__dictoffset__', '__weakrefoffset__', '__basicsize__', '__itemsize__', '__base__',
             '__mro__', '__bases__', '__name__', '__qualname__', '__module__', '__doc__', '__text_signature__',
             '__abstractmethods__', "it's", 'new_attr']:
    for c in [int, A]:
        attempt(lambda: setattr(c, attr, 5))
        attempt(lambda: delattr(c, attr))
