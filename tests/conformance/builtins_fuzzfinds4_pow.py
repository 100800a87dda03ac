# Three-argument pow() and **= with classes that define __pow__, __rpow__
# or __ipow__: the slot order, arguments and error texts of CPython.
class _Boom(Exception): pass
class _OpsAll:
    def _b(self, *a): raise _Boom
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _b
    __truediv__ = __floordiv__ = __mod__ = __pow__ = __lshift__ = _b
    __and__ = __or__ = __xor__ = __matmul__ = __neg__ = __invert__ = _b
    __getitem__ = __contains__ = __lt__ = __gt__ = _b

def t(f):
    try:
        print('OK', repr(f()))
    except BaseException as e:
        print('EXC', type(e).__name__, e)

t(lambda: pow(_OpsAll(), True, memoryview(b'ab')))
class P:
    def __pow__(self, *a): return ('pow', len(a), [type(x).__name__ for x in a])
    def __rpow__(self, *a): return ('rpow', len(a), a[1:] if len(a) > 1 else None)
    def __ipow__(self, *a): return ('ipow', len(a))
class Q:
    def __pow__(self, b): return ('Qpow', b)
    def __rpow__(self, b): return ('Qrpow', b)
class R:
    def __rpow__(self, b, m=None): return ('Rrpow', b, m)
class S(P):
    def __rpow__(self, *a): return ('Srpow', len(a))
t(lambda: pow(P(), 2, 5))
t(lambda: pow(2, P(), 5))
t(lambda: pow(2, 3, P()))
t(lambda: pow(P(), P(), P()))
t(lambda: pow(Q(), 2, 5))
t(lambda: pow(2, Q(), 5))
t(lambda: pow(2, R(), 5))
t(lambda: pow(2, R()))
t(lambda: pow(R(), 2, 5))
t(lambda: pow(P(), S(), 5))
t(lambda: pow(P(), S()))
t(lambda: pow(2, 3, Q()))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow('a', 3, 5))
t(lambda: pow(2, 'a', 5))
t(lambda: pow(2, 3, 'a'))
t(lambda: pow(2, 3, None))
t(lambda: pow('a', 3))
t(lambda: pow(None, None, None))
t(lambda: pow(2, -1, 5))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(True, True, 3))
def ip():
    x = P(); x **= 3; return x
t(ip)
def iq():
    x = Q(); x **= 3; return x
t(iq)
def ir():
    x = 2; x **= R(); return x
t(ir)
def isx():
    x = 'a'; x **= 3; return x
t(isx)
t(lambda: P.__pow__(P(), 2, 3))
t(lambda: (2).__pow__(3, 5))
t(lambda: (2).__rpow__(3, 5))
t(lambda: (2).__pow__(3, 5.0))
t(lambda: (2.0).__pow__(3, 5))
t(lambda: (2.0).__pow__(3, None))
t(lambda: (2.0).__rpow__(3, 5))
t(lambda: (2).__pow__(3.0))
t(lambda: (2).__pow__(3, None))
t(lambda: (True).__pow__(3, 2))
class I(int):
    def __rpow__(self, *a): return ('Irpow', len(a))
t(lambda: pow(2, I(3), 5))
t(lambda: pow(2, I(3)))
class F(float):
    def __rpow__(self, *a): return ('Frpow', len(a))
t(lambda: pow(2, F(3), 5))
t(lambda: pow(2.0, F(3)))
class N:
    __pow__ = None
t(lambda: pow(N(), 2, 3))
t(lambda: pow(N(), 2))
class NI:
    def __pow__(self, *a): return NotImplemented
    def __rpow__(self, *a): return NotImplemented
t(lambda: pow(NI(), 2, 3))
t(lambda: pow(2, NI(), 3))
t(lambda: pow(NI(), NI(), 3))
