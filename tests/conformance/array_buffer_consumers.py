# More consumers of bytes-like objects given an array: bytes methods and
# formatting, BytesIO, buffered readinto, codecs, base64, binascii, struct,
# hashlib, hmac keys.
import array, io, base64, codecs, zlib, struct, hashlib, hmac, binascii, sys
A = lambda: array.array('B', b'abc')
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: io.BytesIO(A()).read())
t(lambda: b'abcd'.startswith(A())); t(lambda: b'xabc'.find(A())); t(lambda: A() in b'xabcx'); t(lambda: b'xabcx'.split(A()))
t(lambda: bytearray(b'q').extend(A()))
ba = bytearray(b'q'); ba += A(); t(lambda: ba)
t(lambda: b'q' + A())
t(lambda: memoryview(A()).hex()); t(lambda: zlib.compressobj().compress(A()) is not None)
t(lambda: struct.Struct('i').unpack(array.array('i', [7]))); t(lambda: struct.Struct('i').unpack_from(array.array('i', [7, 8]), 4))
t(lambda: hashlib.new('md5', A()).hexdigest()); t(lambda: hmac.new(A(), b'x', 'md5').hexdigest())
t(lambda: binascii.b2a_base64(A())); t(lambda: binascii.a2b_hex(A() if False else array.array('B', b'6162')))
t(lambda: bytes.fromhex('61').join([A()]))
t(lambda: A().tobytes().decode())
t(lambda: str(A(), 'ascii')); t(lambda: A().__buffer__ if hasattr(A(), '__buffer__') else 'no __buffer__')
t(lambda: b'%s' % A()); t(lambda: b'%b' % A())
t(lambda: bytearray(b'abc') == A()); t(lambda: memoryview(b'abc') == A())
t(lambda: io.BytesIO().write(array.array('i', [1])))
f = io.BufferedReader(io.BytesIO(b'0123456789'))
c = array.array('b', [0] * 4)
t(lambda: f.readinto(c)); t(lambda: c); t(lambda: f.readinto1(c))
t(lambda: io.BytesIO(b'xyz').readinto(array.array('u', ' ')))
t(lambda: bytes(memoryview(array.array('d', [1.0]))[::2]))
t(lambda: codecs.decode(A(), 'ascii'))
