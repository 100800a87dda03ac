# Errors of I/O objects in an inconsistent state: a FileIO whose name is
# itself (a reentrant repr), a zlib decompressor copied after its flush
# found the end of the stream, deque argument counts and a deque
# subclass's own iterator in __reduce__.
import collections
import zlib

f = open(__file__, "rb", buffering=0)
f.name = f
try:
    repr(f)
except RuntimeError as e:
    print("RuntimeError:", e)
f.close()

data = zlib.compress(b"hello" * 100)
d = zlib.decompressobj()
d.decompress(data)
print(len(d.copy().flush()))
d.flush()
for fn in (d.copy, d.__copy__):
    try:
        fn()
    except ValueError as e:
        print("ValueError:", e)
d = zlib.decompressobj()
d.decompress(data[:20])
print(type(d.copy()).__name__)

q = collections.deque([1, 2, 3])
for args in [(1, 10), ('x',)]:
    try:
        q.rotate(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    q.index(1, 0, 3, 4)
except TypeError as e:
    print("TypeError:", e)


class DequeWithBadIter(collections.deque):
    def __iter__(self):
        raise TypeError("no iteration")


try:
    DequeWithBadIter('abc').__reduce_ex__(2)
except TypeError as e:
    print("TypeError:", e)

import io
m = io.BytesIO(b"abc")
m.close()
for state in [(b"closed", 0, None), ("unicode", 0, None), (b"x", 0)]:
    try:
        m.__setstate__(state)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
