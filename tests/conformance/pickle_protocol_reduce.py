import copyreg
class Plain: pass
class WithDict:
    def __init__(self): self.a = 1
class Slots:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
class L(list): pass
class D(dict): pass
class I(int): pass
class S(set): pass
class St(str): pass
class T(tuple): pass
def show(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(show(x) for x in v) + ')'
    if isinstance(v, list):
        return '[' + ', '.join(show(x) for x in v) + ']'
    if callable(v) and hasattr(v, '__name__'):
        return '<%s %s>' % (type(v).__name__, getattr(v, '__qualname__', v.__name__))
    if type(v).__name__.endswith('iterator'):
        return '<%s>' % type(v).__name__
    r = repr(v)
    return r if ' at 0x' not in r else '<%s object>' % type(v).__name__
def gen():
    yield 1
objs = [None, True, 5, 2.5, 'ab', b'ab', (1, 2), [1, 2], {1: 2}, {1}, frozenset({1}), range(1, 5, 2), slice(1, 2),
        Plain(), WithDict(), Slots(), L([1]), D(a=1), I(3), S({1}), St('q'), T((1,)),
        iter([1, 2]), iter((1, 2)), iter('ab'), iter('\u20ac'), iter(range(3)), iter(range(2**70)), iter(b'ab'),
        iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()), iter({1}), reversed([1, 2]), reversed((1, 2)),
        reversed({1: 2}), enumerate('ab', 3), map(abs, [1]), filter(None, [1]), zip([1], [2]), zip([1], strict=True),
        reversed('ab'), iter(lambda: 1, 2), classmethod(gen), staticmethod(gen), property(len), super(int, 1),
        len, gen(), (lambda: 0), int, memoryview(b'a'), {1: 2}.keys(), {}.items(), NotImplemented, ...,
        bytearray(b'x'), iter(bytearray(b'x'))]
for o in objs:
    name = type(o).__name__
    for label, f in (('reduce', lambda: o.__reduce__()), ('rex0', lambda: o.__reduce_ex__(0)),
                     ('rex2', lambda: o.__reduce_ex__(2)), ('rex4', lambda: o.__reduce_ex__(4)),
                     ('getstate', lambda: o.__getstate__()), ('sizeof', lambda: type(o.__sizeof__()).__name__)):
        try:
            print(name, label, show(f()))
        except Exception as e:
            print(name, label, 'EXC', type(e).__name__, e)

# Reductions of exhausted iterators.
def ex(it):
    for _ in it: pass
    return it
for mk in (lambda: iter([1]), lambda: iter((1,)), lambda: iter('a'), lambda: iter('\u20ac'), lambda: iter(b'a'), lambda: iter(bytearray(b'a')), lambda: iter(range(2)), lambda: iter(range(2**70, 2**70+2)),
           lambda: reversed([1]), lambda: reversed((1,)), lambda: iter({1:2}), lambda: iter({1}), lambda: enumerate([1]), lambda: zip([1]), lambda: map(abs, [1]),
           lambda: iter(lambda: 1, 1), lambda: iter(type('Q', (), {'__getitem__': lambda s, i: 1/(1-i)})())):
    it = mk()
    try: next(it)
    except Exception as e: print('first', type(e))
    print(type(it).__name__, show(it.__reduce__()))
    try:
        ex(it)
    except Exception as e: print(type(e))
    print(type(it).__name__, show(it.__reduce__()))
r = iter(range(2**70, 2**70+10, 3)); next(r); print(show(r.__reduce__())); r.__setstate__(2); print(list(r))
print(len.__reduce__(), show([].append.__reduce__()))

# __setstate__ of iterators.
class Idx:
    def __index__(self): return 1
for it in (iter([1,2]), iter((1,2)), iter('ab'), iter(b'ab'), iter(range(3)), iter(range(2**70,2**70+3)), reversed([1,2]), reversed('ab'), zip([1]), iter(type('Q', (), {'__getitem__': lambda s, i: i})())):
    for st in ('x', 2**70, -5, 1.0, Idx(), True, 10):
        if type(it).__name__ == 'longrange_iterator' and type(st) in (float, bool): continue
        try:
            r = it.__setstate__(st)
            print(type(it).__name__, repr(st)[:10], r, show(it.__reduce__()[1:] if type(it).__name__ != 'iterator' else it.__reduce__()[2:]))
        except Exception as e:
            print(type(it).__name__, repr(st)[:10], 'EXC', type(e).__name__, e)

# __sizeof__.
def gen(): yield 1
async def co(): pass
c = co()
for o in (0, 2**100, True, "a", "\u20ac", [1], {1: 2}, {}, {1}, frozenset(), gen(), c, (lambda: 0).__code__, 1.5, b'x', (1,), range(2), object()):
    print(type(o).__name__, type(o.__sizeof__()).__name__, type(o).__sizeof__.__qualname__)
    try: type(o).__sizeof__(o, 1)
    except TypeError as e: print(e)
c.close()
for t, a in ((bool, ''), (dict, 0), (frozenset, 0), (int, ''), (list, 0), (set, 0), (str, 0), (type, 0)):
    try: t.__sizeof__(a)
    except TypeError as e: print(e)

# sys.getsizeof.
import sys
class A:
    def __sizeof__(self): return 10
class B:
    def __sizeof__(self): return -1
class C:
    def __sizeof__(self): return 'x'
print(sys.getsizeof(A()), sys.getsizeof(5), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(C(), 7), sys.getsizeof(object=1, default=3))
for o in (B(), C()):
    try: print(sys.getsizeof(o))
    except Exception as e: print(type(e).__name__, e)
for a in ((), (1,2,3)):
    try: sys.getsizeof(*a)
    except TypeError as e: print(e)

# Misuse of the descriptors and arguments.
class _Boom(Exception): pass
class _GetattrRaise:
    def __getattr__(self, name): raise _Boom(name)
class _BoolRaise:
    def __bool__(self): raise _Boom
for label, f in (('ude', lambda: UnicodeDecodeError.__reduce_ex__(_GetattrRaise(), -1)),
                 ('zipstate', lambda: zip().__setstate__(_BoolRaise())),
                 ('range.__reduce__()', lambda: range.__reduce__()),
                 ('type.__reduce__()', lambda: type.__reduce__()),
                 ('object.__reduce_ex__(0, 1)', lambda: object.__reduce_ex__(0, 1)),
                 ('rex str', lambda: object().__reduce_ex__('2')),
                 ('rex big', lambda: object().__reduce_ex__(2**40)),
                 ('rex none', lambda: object().__reduce_ex__()),
                 ('reduce arg', lambda: object().__reduce__(1)),
                 ('getstate arg', lambda: object().__getstate__(1)),
                 ('list.__sizeof__(0)', lambda: list.__sizeof__(0)),
                 ('bool.__sizeof__', lambda: bool.__sizeof__('')),
                 ('setstate none', lambda: iter([]).__setstate__()),
                 ('type getstate', lambda: type(type.__getstate__(object)).__name__),
                 ('func getstate', lambda: type(lambda: 0).__getstate__(int)['__name__'] if False else 'ok'),
                 ('cm rex', lambda: classmethod(len).__reduce_ex__(3)),
                 ('super rex0', lambda: super(int, 1).__reduce_ex__(0)),
                 ('gen rex', lambda: (x for x in ()).__reduce_ex__(2)),
                 ('memoryview', lambda: memoryview(b'a').__reduce_ex__(3)),
                 ('type rex', lambda: type.__reduce_ex__(int, 2))):
    try:
        print(label, show(f()))
    except BaseException as e:
        print(label, 'EXC', type(e).__name__, e)

class NewArgs:
    def __init__(self, r): self.r = r
    def __getnewargs_ex__(self): return self.r
for r in (5, (1, 2, 3), ([1], {}), ((1,), []), ((1,), {'k': 1}), ((), {})):
    try:
        print('newargs_ex', show(NewArgs(r).__reduce_ex__(2)[1:]))
    except BaseException as e:
        print('newargs_ex', 'EXC', type(e).__name__, e)
class NewArgs2:
    def __getnewargs__(self): return [1]
try: NewArgs2().__reduce_ex__(2)
except TypeError as e: print(e)
class SN:
    __slots__ = ('a',)
    __slotnames__ = 'bad'
try: SN().__reduce_ex__(2)
except TypeError as e: print(e)

# range.__reduce__ ignores positional arguments.
print(show(range(-3, 3).__reduce__(0)), show(range(3).__reduce__(1, 2)))
try: print(range(3).__reduce__(k=2))
except TypeError as e: print(e)
