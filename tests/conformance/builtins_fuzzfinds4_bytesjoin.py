# bytes.join and bytearray.join: bytearray.join keeps its separator from
# changing size while the iterable runs, as CPython exports it: resizing
# raises BufferError.
ops = [
    ('clear', lambda r: r.clear()), ('append', lambda r: r.append(1)), ('extend', lambda r: r.extend(b'xy')),
    ('pop', lambda r: r.pop()), ('remove', lambda r: r.remove(97)), ('insert', lambda r: r.insert(0, 1)),
    ('delitem', lambda r: r.__delitem__(0)), ('delslice', lambda r: r.__delitem__(slice(0, 2))),
    ('setslice', lambda r: r.__setitem__(slice(0, 1), b'xyz')), ('setslice_same', lambda r: r.__setitem__(slice(0, 1), b'z')),
    ('setitem', lambda r: r.__setitem__(0, 65)), ('iadd', lambda r: r.__iadd__(b'q')), ('imul', lambda r: r.__imul__(2)),
    ('imul1', lambda r: r.__imul__(1)), ('init', lambda r: r.__init__(b'zz')), ('reverse', lambda r: r.reverse()),
]
for name, op in ops:
    r = bytearray(b'abc')
    class It:
        def __iter__(self):
            op(r)
            return iter([b'x', b'y'])
    try:
        print(name, r.join(It()), r)
    except Exception as e:
        print(name, type(e).__name__, e, r)
    r = bytearray(b'abc')
    def gen():
        yield b'1'
        op(r)
        yield b'2'
    try:
        print(name, r.join(gen()), r)
    except Exception as e:
        print(name, type(e).__name__, e, r)
r = bytearray(b'-')
print(r.join([r, b'a', r]), r.join([]), bytes(b',').join([bytearray(b'a')]))
r.append(1); print(r)

# join asks the iterable for its length estimate, as every consumer that
# builds a sequence first does: an error from __len__ propagates.
class _Boom(Exception): pass
class _LenRaise:
    def __len__(self): raise _Boom
    def __getitem__(self, i): raise IndexError
def t(name, fn):
    try: print(name, 'OK', repr(fn()))
    except BaseException as e: print(name, 'EXC', type(e).__name__)
t('bytes.join', lambda: b'12'.join(_LenRaise()))
t('bytearray.join', lambda: bytearray(b'12').join(_LenRaise()))
t('str.join', lambda: ','.join(_LenRaise()))
t('list', lambda: list(_LenRaise()))
t('tuple', lambda: tuple(_LenRaise()))
t('sorted', lambda: sorted(_LenRaise()))
t('set', lambda: set(_LenRaise()))
t('dict.fromkeys', lambda: dict.fromkeys(_LenRaise()))
t('bytes', lambda: bytes(_LenRaise()))
t('bytearray', lambda: bytearray(_LenRaise()))
t('frozenset', lambda: frozenset(_LenRaise()))
t('list.extend', lambda: [].extend(_LenRaise()))
t('zip', lambda: list(zip(_LenRaise())))
t('enumerate', lambda: list(enumerate(_LenRaise())))
t('max', lambda: max(_LenRaise(), default=0))
t('sum', lambda: sum(_LenRaise()))
t('str.format', lambda: '{}{}'.format(*_LenRaise()))
t('unpack', lambda: [*_LenRaise()])
t('bytes.fromiter', lambda: bytes(iter([])))
t('map', lambda: list(map(str, _LenRaise())))
t('deque', lambda: __import__('collections').deque(_LenRaise()))
t('array', lambda: __import__('array').array('b', _LenRaise()))
t('str.maketrans', lambda: ''.join(map(str, _LenRaise())))
t('memoryview.cast', lambda: memoryview(b'ab').cast('B', _LenRaise()))
t('min2', lambda: min(_LenRaise(), key=None, default=1))
t('any', lambda: any(_LenRaise()))
t('divmod', lambda: set().union(_LenRaise()))
t('tuple+', lambda: () + tuple(_LenRaise()))
t('list.__init__', lambda: [1].__init__(_LenRaise()))
t('list slice assign', lambda: [1].__setitem__(slice(0, 1), _LenRaise()))
t('bytearray slice assign', lambda: bytearray(b'a').__setitem__(slice(0, 1), _LenRaise()))
t('bytearray.extend', lambda: bytearray(b'a').extend(_LenRaise()))
