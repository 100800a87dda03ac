# sum() refuses str, bytes and bytearray starts of subclasses too;
# BaseExceptionGroup sizes its exceptions; int.from_bytes takes no count.
class S(str): pass
class B(bytes): pass
class Boom(Exception): pass
class LenRaise:
    def __len__(self): raise Boom
    def __getitem__(self, i): raise IndexError
for f in [lambda: sum('', S('ab')), lambda: sum([], b''), lambda: sum([], B(b'')), lambda: sum([], bytearray()), lambda: sum([[1]], []),
          lambda: BaseExceptionGroup('', LenRaise()), lambda: BaseExceptionGroup('', []), lambda: BaseExceptionGroup('', 5),
          lambda: repr(BaseExceptionGroup('m', (ValueError(1),)))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class IB:
    def __index__(self): return True
class BB:
    def __bytes__(self): return b'\x01\x02'
for f in [lambda: False.from_bytes(IB()), lambda: int.from_bytes(5), lambda: int.from_bytes(BB()), lambda: int.from_bytes([1, 2]), lambda: int.from_bytes('ab'),
          lambda: int.from_bytes(iter([1, 0]), 'little'), lambda: int.from_bytes(memoryview(b'\x01'))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
