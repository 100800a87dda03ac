# bytes and bytearray methods whose argument's __index__, __iter__ or
# __len__ changes the bytearray: each argument is converted once, and the
# array is read afterwards.
class _Mut:
    def __init__(self, r): self.r = r
    def _clear(self):
        self.r.clear()
    def __index__(self): self._clear(); return 0
    def __len__(self): self._clear(); return 1
    def __iter__(self): self._clear(); return iter([1, 2])


class _MutAppend:
    def __init__(self, r): self.r = r
    def _grow(self): self.r.append(7)
    def __index__(self): self._grow(); return 1
    def __len__(self): self._grow(); return 1
    def __iter__(self): self._grow(); return iter([1, 2])


def t(name, f, show_result=True):
    for M in (_Mut, _MutAppend):
        for init in (b'\x00\xff', b'abc\x00', b'\x01\x07' * 5):
            r = bytearray(init)
            try:
                v = f(r, M)
                print(name, M.__name__, 'OK', repr(v) if show_result else '-', r)
            except BaseException as e:
                print(name, M.__name__, 'EXC', type(e).__name__, e, r)


# The needle is converted once (the result itself reads the array while
# CPython may still hold its old buffer, so only the array is shown).
def quiet(f, *args):
    try:
        f(*args)
    except ValueError:
        pass


for name in ('find', 'rfind', 'index', 'rindex', 'count'):
    t(name, lambda r, M: quiet(getattr(r, name), M(r)), False)
    t(name + '-start', lambda r, M: quiet(getattr(r, name), b'\x07', M(r)), False)
t('contains', lambda r, M: r.__contains__(M(r)), False)
# bytes does not change.
for name in ('find', 'rfind', 'count', '__contains__', 'startswith', 'endswith'):
    t('bytes.' + name, lambda r, M: getattr(bytes(r), name)(*([M(r)] if name not in ('startswith', 'endswith') else [b'\x00', M(r)])))
t('from_bytes', lambda r, M: int.from_bytes(M(r), 'big'))
t('from_bytes-little', lambda r, M: int.from_bytes(M(r), 'little'))
t('bytes', lambda r, M: bytes(M(r)))
t('bytearray', lambda r, M: bytearray(M(r)))
t('bytes-list', lambda r, M: bytes([1, M(r), 2]))
t('bytearray-list', lambda r, M: bytearray([1, M(r), 2]))
t('init', lambda r, M: r.__init__(M(r)))
t('init-list', lambda r, M: r.__init__([1, M(r)]))
t('init-iter', lambda r, M: r.__init__(iter([1, M(r), 3])))
t('setslice-number', lambda r, M: r.__setitem__(slice(0, 1), M(r)))
t('setslice-list', lambda r, M: r.__setitem__(slice(0, 2), [M(r), 1]))
t('hex', lambda r, M: r.hex(':', M(r)))
t('extend-list', lambda r, M: r.extend([M(r), 1]))
t('ljust', lambda r, M: r.ljust(M(r)))
t('split', lambda r, M: r.split(b'\x00', M(r)))
t('replace', lambda r, M: r.replace(b'\x07', b'z', M(r)))


# bytearray.__init__ empties the array first, then fills it byte by byte
# from an iterable: what the iteration sees, and what an error leaves.
class E(Exception): pass


def g(r):
    yield 1
    yield len(r)
    r.append(9)
    yield len(r)
    raise E


r = bytearray(b'abcdef')
try:
    r.__init__(g(r))
except E:
    print('E', r)
for src in ([300], (300,), iter([300]), ['a'], iter(['a']), [True, 2], 5, 'x'):
    for f in (bytes, bytearray):
        try:
            print(f.__name__, f(src))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
b = bytearray(b'xyz')
m = memoryview(b)
for src in ([1], iter([2]), 3, b'q', b''):
    try:
        b.__init__(src)
        print('init', b)
    except Exception as e:
        print('init', type(e).__name__, e, b)
m.release()
b.__init__(iter([1, 2]))
print(b, b.__alloc__() > 2)
print(bytearray(source=[1, 2]), bytes(source=iter([3])))
for v in (5, 2.5, 'ab', _Mut(bytearray())):
    b = bytearray(b'abc')
    try:
        b[0:1] = v
        print(b)
    except Exception as e:
        print(type(e).__name__, e, b)
mv = memoryview(b'ab')
mv.release()
for args in ((1,), (':', 'x'), (':', 1)):
    try:
        print(mv.hex(*args))
    except Exception as e:
        print(type(e).__name__, e)
# bytes() allocates for the length of a sized iterable first.
for e in ['bytes(range(10**12))', 'bytearray(range(10**12))', 'bytes(range(300))']:
    try:
        eval(e)
    except Exception as x:
        print(e, type(x).__name__, x)
