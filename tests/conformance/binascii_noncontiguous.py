# Non-contiguous memoryviews given to binascii, zlib and struct: BufferError
# where CPython reads a simple buffer, TypeError from binascii's ASCII
# decoders.
import binascii, zlib, struct
m = memoryview(b'abcdef')[::2]
for f in [lambda: binascii.hexlify(m), lambda: binascii.unhexlify(m), lambda: binascii.a2b_base64(m), lambda: zlib.crc32(m), lambda: zlib.compress(m), lambda: type(zlib.decompressobj(zdict=m)).__name__, lambda: struct.unpack_from('b', m), lambda: struct.iter_unpack('b', m), lambda: binascii.a2b_qp(m), lambda: binascii.b2a_qp(memoryview(b'ab')[::-1][:1]), lambda: zlib.compressobj(zdict=m), lambda: struct.unpack('bb', memoryview(b'abcd')[::-2]), lambda: zlib.adler32(memoryview(b'a')[::-1])]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
