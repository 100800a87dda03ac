# memoryview over bytes and bytearray: indexing, strided slices, writes
# through to a bytearray, errors, release and the context manager.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], bytes(m[1:3]), m[1:3].tobytes(), m.tolist()[:2], m.hex())
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m == b'abcdef', b'abcdef' == m, m.obj)
print(m[::2].tobytes(), m[::-1].tobytes(), m[4:1:-2].tolist(), len(m[10:]), list(m[1:4]))
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[0] = 65
mv[-1] = 66
print(ba, mv.readonly, mv[1:][1])
mv[1:][0] = 67
print(ba)
for bad in [lambda: m.__setitem__(0, 1), lambda: m[10], lambda: mv.__setitem__(0, 256), lambda: memoryview('s'), lambda: m['x']]:
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
m.release()
print(repr(m).startswith("<released memory at 0x"))
for bad in [lambda: len(m), lambda: m[0], lambda: m.tobytes()]:
    try:
        bad()
    except ValueError as e:
        print(e)
with memoryview(b'ab') as q:
    print(list(q), q == memoryview(b'ab'))
print(repr(q).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"))
print(isinstance(memoryview(b''), memoryview), type(memoryview(b'')).__name__)
