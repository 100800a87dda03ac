# array.array lends its memory through the buffer protocol: memoryview
# (format, itemsize, shape, writable), bytes/bytearray, int.from_bytes,
# join, files, struct, hashlib, re, binascii, zlib, socket; resizing is
# refused while a view holds it. Pickling goes through
# _array_reconstructor.
import array
import binascii
import hashlib
import io
import os
import pickle
import re
import socket
import struct
import tempfile
import zlib


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


a = array.array('i', [1, 2, 3])
print(bytes(a), bytearray(a), len(bytes(a)))
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.readonly, m.nbytes, m.obj is a, m.tolist(), m.strides, m.contiguous, m.ndim)
m[0] = 42
print(a, m[1])
attempt(lambda: a.append(5))
attempt(lambda: a.pop())
attempt(lambda: a.extend([1]))
attempt(lambda: a.__imul__(2))
attempt(lambda: a.__delitem__(0))
a[1] = 7
print(m.tolist())
m.release()
a.append(5)
print(a)
for tc in array.typecodes:
    v = memoryview(array.array(tc))
    print(tc, v.format, v.itemsize, v.readonly)
print(int.from_bytes(array.array('B', [1, 2]), 'big'), b''.join([array.array('B', b'xy'), b'z']))
print(b'-'.join([b'a', array.array('B', b'bc')]), bytearray(b'x') + array.array('B', b'y'))
print(struct.unpack_from('ii', a), struct.unpack_from('i', a, 4), struct.unpack('ii', array.array('i', [5, 6])))
buf = array.array('b', [0] * 8)
struct.pack_into('hh', buf, 2, 1, -1)
print(buf)
print(hashlib.sha1(array.array('B', b'abc')).hexdigest(), hashlib.sha1(b'abc').hexdigest())
print(hashlib.md5(array.array('i', [1, 2])).hexdigest(), hashlib.blake2s(array.array('d', [0.5])).hexdigest())
print(re.search(b'y', array.array('B', b'xyz')), re.findall(b'.', array.array('b', b'ab')))
print(binascii.hexlify(array.array('h', [1, 2])), binascii.crc32(array.array('B', b'abc')))
print(zlib.crc32(array.array('B', b'abc')), zlib.decompress(zlib.compress(array.array('B', b'abc'))))
f = io.BytesIO()
f.write(array.array('h', [1, 2]))
print(f.getvalue())
f = io.BytesIO(b'\x01\x00\x00\x00\x02\x00\x00\x00')
b = array.array('i', [0, 0])
print(f.readinto(b), b)
fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, 'wb') as fh:
    print(fh.write(array.array('d', [1.5])))
with open(path, 'rb') as fh:
    c = array.array('d', [0.0])
    print(fh.readinto(c), c)
with open(path, 'rb', buffering=0) as fh:
    c = array.array('b', [0] * 8)
    print(fh.readinto(c), c)
fd = os.open(path, os.O_WRONLY)
print(os.write(fd, array.array('B', b'raw')))
os.close(fd)
os.unlink(path)
s1, s2 = socket.socketpair()
print(s1.send(array.array('B', b'net')), s2.recv(10))
r = array.array('B', [0] * 3)
s1.sendall(array.array('h', [258]))
print(s2.recv_into(r), r)
s1.close()
s2.close()

# 'u' arrays: format 'w', whose items a memoryview cannot read.
u = array.array('u', 'ab')
mu = memoryview(u)
print(mu.format, mu.itemsize, mu.shape, bytes(mu))
attempt(lambda: mu[0])
attempt(lambda: mu.tolist())
attempt(lambda: mu == mu)
attempt(lambda: list(mu))
print(memoryview(a) == a, a == memoryview(a), bytearray(b'\x01') == array.array('b', [1]), b'\x01' == array.array('b', [1]))

# Not bytes-like where CPython wants a str or a bytes object itself.
attempt(lambda: os.fsencode(array.array('B', b'x')))
attempt(lambda: b'x'.decode is None or array.array('B', b'hi').decode())
attempt(lambda: str(array.array('B', b'hi'), 'ascii'))

# Pickling and _array_reconstructor.
class A(array.array):
    pass


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in (array.array('i', [1, -2]), array.array('u', 'hé'), array.array('d', [0.5]), A('Q', [2 ** 64 - 1])):
        x2 = pickle.loads(pickle.dumps(x, proto))
        print(proto, type(x2).__name__, x2, x2 == x)
sub = A('b', [1])
sub.color = 'red'
print(pickle.loads(pickle.dumps(sub)).color, sub.__reduce_ex__(2)[0] is A)
rec = array._array_reconstructor
print(rec(array.array, 'l', 13, b'\x00' * 7 + b'\x05'))
print(rec(array.array, 'd', 15, b'\x3f\xf8' + b'\x00' * 6 + b'\x40\x00' + b'\x00' * 2))
print(rec(array.array, 'u', 19, 'hi'.encode('utf-16-be')))
print(rec(array.array, 'i', 1, b'\xff\x01'))
attempt(lambda: rec(1, 'i', 1, b''))
attempt(lambda: rec(int, 'i', 1, b''))
attempt(lambda: rec(array.array, 'x', 1, b''))
attempt(lambda: rec(array.array, 'i', 99, b''))
attempt(lambda: rec(array.array, 'i', 8, bytearray()))
attempt(lambda: rec(array.array, 'i', 8, b'123'))
it = iter(array.array('h', [4, 5, 6]))
next(it)
print(pickle.loads(pickle.dumps(it)).__next__(), it.__reduce__()[1:])

# Paths and names that take any bytes-like object (deprecated) or a
# read-only one.
import unicodedata
import warnings
import zlib

attempt(lambda: os.stat(zlib.compressobj()))
attempt(lambda: unicodedata.lookup(array.array('B', b'f')))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    attempt(lambda: compile('1', array.array('B', b'f'), 'eval'))
    attempt(lambda: os.stat(array.array('B', b'/')))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    attempt(lambda: os.stat(array.array('B', b'/')).st_mode > 0)
    attempt(lambda: compile('1', array.array('B', b'f'), 'eval').co_filename)
