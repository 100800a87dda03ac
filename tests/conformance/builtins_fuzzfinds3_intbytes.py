# compile() checks flags and mode before the source; int() of bytes-like
# objects and of subclasses with __int__; integers beyond range(256) in bytes.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class IB:
    def __index__(self): return 1 << 70
class I3:
    def __index__(self): return 300
class IN:
    def __index__(self): return -1
t(lambda: compile(0, '', '12'))
t(lambda: compile(0, '', 'exec'))
t(lambda: compile('x', 0, 'exec') is not None)
t(lambda: compile('x', '', 'exec', 99))
t(lambda: compile(0, '', 'eval', dont_inherit=5, flags="a"))
t(lambda: int(memoryview(b'ab')))
t(lambda: int(memoryview(b'12')))
t(lambda: int(memoryview(b' 12 ')))
t(lambda: int(bytearray(b'12'), 16))
t(lambda: int(memoryview(b'12'), 16))
t(lambda: float(memoryview(b'1.5')))
t(lambda: IB() in b'abc')
t(lambda: I3() in b'abc')
t(lambda: IN() in b'abc')
t(lambda: IB() in bytearray(b'abc'))
t(lambda: 1 << 70 in b'abc')
t(lambda: b'abc'.count(IB()))
t(lambda: b'abc'.find(I3()))
t(lambda: b'abc'.index(IB()))
t(lambda: bytearray(b'abc').find(IB()))
t(lambda: int(b'ab'))
t(lambda: int(bytearray(b' x ')))
t(lambda: int(b'zz', 0))
t(lambda: int(b'zz', 16))
t(lambda: int(memoryview(b'ab')[1:]))
class SI(str):
    def __int__(self): return 42
class BI(bytes):
    def __index__(self): return 7
class II(int):
    def __int__(self): return 9
t(lambda: int(SI("5")))
t(lambda: int(BI(b"5")))
t(lambda: int(II(5)))
t(lambda: int(SI("5"), 10))
