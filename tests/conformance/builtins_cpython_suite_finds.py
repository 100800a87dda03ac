# Builtins as CPython's test_builtin checks them: len()'s sign check comes
# before its overflow check, NotImplemented warns in a boolean context,
# repeated __dict__/__weakref__ slots and surrogate docs are refused, dir()
# uses a locals mapping's keys() and a traceback's own __dir__, input()
# ignores a stdout without flush and needs sys.stdout, and __import__
# resolves relative names from the globals it is given.
import io
import sys
import warnings



class HugeLen:
    def __len__(self):
        return sys.maxsize + 1


class HugeNegativeLen:
    def __len__(self):
        return -sys.maxsize - 10


for c in (HugeLen, HugeNegativeLen):
    try:
        len(c())
    except Exception as e:
        print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented:
        pass
    print([str(x.message) for x in w], [x.category.__name__ for x in w])


class B:
    pass


for args in [((), {'__slots__': b'x'}), ((int,), {'__slots__': 'x'}), ((), {'__slots__': ''}),
             ((), {'__slots__': '42'}), ((), {'__slots__': 'x\x00y'}), ((), {'__slots__': 'x', 'x': 0}),
             ((), {'__slots__': ('__dict__', '__dict__')}), ((), {'__slots__': ('__weakref__', '__weakref__')}),
             ((B,), {'__slots__': '__dict__'}), ((B,), {'__slots__': '__weakref__'})]:
    try:
        type('A', *args)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
try:
    type('A', (), {'__doc__': 'x\udc80'})
    print('doc ok')
except Exception as e:
    print(type(e).__name__, e)


class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError

    def keys(self):
        return list('zyx')


class T:
    def __getitem__(self, k):
        raise KeyError

    def keys(self):
        return ('b', 'a')


print(eval('dir()', globals(), M()), eval('dir()', {}, {'q': 1, 'b': 2}))
try:
    eval('dir()', globals(), T())
except TypeError as e:
    print(e)
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__))


class BitBucket:
    def write(self, line):
        pass


saved = sys.stdin, sys.stdout
try:
    sys.stdin = io.StringIO('one\ntwo\n')
    sys.stdout = BitBucket()
    got = [input(), input('prompt')]
    del sys.stdout
    try:
        input('prompt')
    except RuntimeError as e:
        got.append(str(e))
finally:
    sys.stdin, sys.stdout = saved
print(got)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for args, kw in [(('string',), {'level': -1}), (('',), {}), (('foo',), {'level': 1}),
                     (('', {'__package__': None, '__spec__': None, '__name__': '__main__'}),
                      {'locals': {}, 'fromlist': ('foo',), 'level': 1}),
                     (('string\x00',), {}),
                     (('parse', {'__package__': 'urllib'}), {'level': 1}),
                     (('x', {'__package__': 'a'}), {'level': 2}),
                     (('x', {'__package__': 3}), {'level': 1}),
                     (('x', {'__name__': 3}), {'level': 1})]:
        try:
            print(__import__(*args, **kw).__name__)
        except Exception as e:
            print(type(e).__name__, e)
    print([(x.category.__name__, str(x.message)) for x in w])
