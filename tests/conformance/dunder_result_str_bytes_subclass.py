# bytes(x), repr(x) and ascii(x) return what __bytes__ and __repr__ return
# as it is, an instance of a subclass of bytes or str included; str, int,
# float and complex check theirs as CPython does.
import warnings

warnings.simplefilter('always')


class BS(bytes):
    pass


class SS(str):
    pass


class IS(int):
    pass


class FS(float):
    pass


class CS(complex):
    pass


class A:
    def __bytes__(self):
        return BS(b'abc')

    def __str__(self):
        return SS('abc')

    def __repr__(self):
        return SS('rep')

    def __int__(self):
        return IS(3)

    def __float__(self):
        return FS(1.5)

    def __complex__(self):
        return CS(1j)

    def __index__(self):
        return IS(4)

    def __format__(self, spec):
        return SS('fmt')


class U:
    def __repr__(self):
        return SS('r\xe9p')


for f in (bytes, str, repr, int, float, complex, format, ascii, BS, SS, IS, FS, CS, bytearray):
    with warnings.catch_warnings(record=True) as w:
        try:
            r = f(A())
            print(f.__name__, type(r).__name__, r)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
        for x in w:
            print('  ', x.category.__name__, x.message)

print(type(ascii(U())).__name__, ascii(U()))
print(type(repr(U())).__name__, repr(U()))
print(type(f'{A()!r}').__name__, f'{A()!r}', f'{A()!a}', [A()], (U(),), {1: A()})
print(type(bytes(BS(b'x'))).__name__, type(str(SS('x'))).__name__)
print(type(bytes(bytearray(b'x'))).__name__)


class BA(bytearray):
    def __bytes__(self):
        return BS(b'from dunder')


print(type(bytes(BA(b'raw'))).__name__, bytes(BA(b'raw')), bytearray(BA(b'raw')))


class Bad:
    def __bytes__(self):
        return bytearray(b'no')

    def __repr__(self):
        return b'no'


for f in (bytes, repr, ascii):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
b = b'same'
print(bytes(b) is b, str('s') == 's')
