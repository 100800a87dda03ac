import copy, copyreg
class Plain:
    def __init__(self): self.a = [1]; self.b = {'k': (2, [3])}
class Slots:
    __slots__ = ('x', '__y')
    def __init__(self): self.x = [1]; self.__y = 2
class SlotsDict(Slots):
    def __init__(self): super().__init__(); self.z = 3
class L(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 't'
class D(dict): pass
class S(set): pass
class FS(frozenset): pass
class I(int): pass
class St(str): pass
class T(tuple): pass
class GS:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
class NA:
    def __new__(cls, a, *, k=0):
        o = super().__new__(cls); o.a = a; o.k = k; return o
    def __getnewargs_ex__(self): return ((self.a,), {'k': self.k})
class R:
    def __reduce__(self): return (R, ())
class RS:
    def __reduce__(self): return 'RS_GLOBAL'
class CP:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
def show(o):
    d = getattr(o, '__dict__', None)
    slots = {}
    for c in type(o).__mro__:
        for s in c.__dict__.get('__slots__', ()):
            n = s if not s.startswith('__') else '_' + c.__name__ + s
            if hasattr(o, n): slots[n] = getattr(o, n)
    base = None
    for b in (list, dict, set, frozenset, int, str, tuple):
        if isinstance(o, b): base = b(o) if b not in (set, frozenset) else sorted(o)
    return (type(o).__name__, d, slots, base)
RS_GLOBAL = RS()
objs = [Plain(), Slots(), SlotsDict(), L([1, [2]]), D(a=[1]), S({1, 2}), FS({3}), I(5), St('s'), T((1, [2])), GS(), NA(7, k=8), R(), RS_GLOBAL, CP(),
        [1, [2]], {'a': [1]}, {1, 2}, frozenset({1}), (1, [2]), 'x', 5, None, range(3), slice(1, 2), Ellipsis, len, show, bytearray(b'ab')]
for o in objs:
    for f in (copy.copy, copy.deepcopy):
        try:
            c = f(o)
            print(f.__name__, type(o).__name__, c is o, show(c) if not isinstance(c, str) else c)
        except Exception as e:
            print(f.__name__, type(o).__name__, 'EXC', type(e).__name__, e)
s = Slots(); print(Slots.__dict__.get('__slotnames__'))
a = [1]; a.append(a); b = copy.deepcopy(a); print(b[1] is b)
p = Plain(); p.self = p; q = copy.deepcopy(p); print(q.self is q)
for bad in (iter([1]), (x for x in ()), memoryview(b'a')):
    for f in (copy.copy, copy.deepcopy):
        try: print(type(f(bad)).__name__)
        except Exception as e: print(type(bad).__name__, type(e).__name__, e)
copyreg.pickle(Plain, lambda p: (Plain, ()))
print(show(copy.copy(Plain())))
print(copyreg.__newobj__.__name__, copyreg._reconstructor.__name__, copyreg.dispatch_table.get(Plain) is not None)
class Old:
    __slots__ = ('a',)
try: Old().__reduce_ex__(1)
except TypeError as e: print(e)
class Old2:
    __slots__ = ('a',)
    def __getstate__(self): return 5
print(Old2().__reduce_ex__(1)[1:], Old2().__reduce_ex__(2)[1:])

# staticmethod and classmethod namespaces.
def f(): 'doc'
f.x = 1
c = classmethod(f)
print(c.__dict__, c.__dict__ is f.__dict__, c.__name__)
def g(): 'G'
s = staticmethod(g); s.y = 2; print(s.__dict__, s.__getstate__())
class K:
    @classmethod
    def m(cls): pass
    @staticmethod
    def n(): 'N'
print(K.__dict__['m'].__dict__, K.__dict__['n'].__dict__, K.n.__doc__, K.m.__name__)
c = classmethod(1); print(sorted(c.__dict__))
class Boom(Exception): pass
class G:
    def __getattr__(self, n): raise Boom(n)
try: classmethod(G())
except Boom as e: print('Boom', e)

# Exceptions: builtin attributes are not in __dict__.
import copy
for e in (OSError(2, 'x', 'f'), OSError(2, 'x', 'f', None, 'g'), OSError(1, 'y'), OSError('a'), SyntaxError('m', ('f', 1, 2, 'l')),
          UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), KeyError(1), StopIteration(3), AttributeError('q')):
    print(type(e).__name__, e.__reduce__(), e.__getstate__(), e.__dict__)
    c = copy.copy(e); d = copy.deepcopy(e)
    print(type(c).__name__, c.args, str(c), getattr(c, 'filename', '-'), getattr(c, 'filename2', '-'), getattr(c, 'lineno', '-'), str(d))
e = KeyError(1); e.x = 5; print(e.__reduce__(), e.__getstate__())
try:
    open('/nonexistent/x')
except OSError as e:
    print(e.__reduce__(), e.filename, e.__getstate__())
try:
    compile('1 +', 'f.py', 'exec')
except SyntaxError as e:
    print(e.__getstate__(), e.msg, e.lineno, e.filename)
try:
    object().zz
except AttributeError as e:
    print(e.__getstate__(), e.name)
try:
    import nonexistent_mod_zz
except ImportError as e:
    print(e.__getstate__(), e.name)
