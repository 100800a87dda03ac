# bytes(x) calls an instance's __bytes__ first, before reading it as a str,
# bytes or buffer; __bytes__ = None refuses the conversion.
class A(str):
    def __bytes__(self):
        return b'abc'
print(bytes(A('\u20ac')), bytes(A('\u20ac'), 'iso8859-15'))
class BytesSubclassBlocked(bytes):
    __bytes__ = None
try: bytes(BytesSubclassBlocked(b'ab'))
except TypeError as e: print('TypeError', e)
class IntBlocked(int):
    __bytes__ = None
try: bytes(IntBlocked(3))
except TypeError as e: print('TypeError', e)
class BufferBlocked(bytearray):
    __bytes__ = None
try: bytes(BufferBlocked(b'ab'))
except TypeError as e: print('TypeError', e)
class MyBytes(bytes): pass
class WithBytes:
    def __bytes__(self): return b'wb'
print(MyBytes(WithBytes()), type(MyBytes(WithBytes())).__name__, bytes(b'ab'), bytearray(A('x'), 'ascii'))
try: bytearray(WithBytes())
except TypeError as e: print('TypeError', e)
