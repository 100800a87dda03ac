# The __reduce__ of builtin types with their own (bytearray, set, deque,
# OrderedDict) saves __getstate__(): the instance dict and the slots; a
# builtin base whose objects have a __dict__ passes it on to a subclass
# with __slots__.
import collections
import copy
import functools
import pickle


def show_reduce(r):
    return tuple(x.__name__ if type(x).__name__ == 'function' else x
                 for x in r if not hasattr(x, '__next__'))


def make(base, *args):
    try:
        class S(base):
            __slots__ = ('x', '__dict__')
    except TypeError as e:
        print(base.__name__, 'TypeError', e)

        class S(base):
            __slots__ = ('x',)
    S.__qualname__ = 'S_' + base.__name__
    globals()[S.__qualname__] = S
    s = S(*args)
    s.x = 1
    s.z = 2
    return s


cases = [(bytearray, b'ab'), (bytearray, b''), (set, [1]), (frozenset, [2]),
         (collections.deque, [3]), (collections.OrderedDict, ()),
         (functools.partial, print), (list, [4]), (dict, ())]
for base, arg in cases:
    s = make(base, *([arg] if arg != () else []))
    for proto in (0, 2, 4):
        try:
            print(base.__name__, proto, show_reduce(s.__reduce_ex__(proto)))
        except Exception as e:
            print(base.__name__, proto, type(e).__name__, e)
    for how in (copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v, 2))):
        c = how(s)
        print(' ', type(c).__name__, c == s if base is not functools.partial else c.func is print,
              getattr(c, 'x', '-'), getattr(c, 'z', '-'), hasattr(c, 'y'))


class WithState(bytearray):
    def __getstate__(self):
        return {'custom': True}


w = WithState(b'q')
print(w.__reduce_ex__(2))
print(pickle.loads(pickle.dumps(w)).custom)


class BadState(bytearray):
    def __getstate__(self):
        raise RuntimeError('no state')


try:
    BadState(b'').__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)

for base, arg in ((classmethod, print), (staticmethod, print), (functools.partial, print)):
    class T(base):
        __slots__ = ()
    t = T(arg)
    t.attr = 5
    print(base.__name__, t.attr, 'attr' in t.__dict__)


class NoDict:
    __slots__ = ('a',)


class Sub(NoDict):
    __slots__ = ()


try:
    Sub().q = 1
except AttributeError as e:
    print('AttributeError', e)
