# int/float comparisons (NaN, infinities, values beyond 2**53), the sign of zero from int division, float.hex/fromhex, bool.from_bytes, and float ** int rounding.
import random
nan = float('nan')
import itertools
ints = [0, 1, -1, True, False, 2**53, 2**53+1, -2**63-1, 2**63, 10**400, -10**400]
floats = [nan, float('inf'), -float('inf'), 0.0, -0.0, 1e308, 5e-324, 9007199254740992.0, 9.223372036854776e18, 1.5]
for a, b in itertools.product(ints, floats):
    r = [a < b, a <= b, a == b, a != b, a > b, a >= b, b < a, b <= a, b == a, b != a, b > a, b >= a]
    print(a if abs(a) < 10**20 else ('big' if a > 0 else '-big'), b, ''.join('1' if x else '0' for x in r))
print((0) / (-2**63-1), 0 / -5, (-0) // 5, 0 / -(10**30), divmod(0.0, -3))
print(print.__call__ == print.__call__, (5e-324).hex(), bool.from_bytes([]), bool.from_bytes(b'\x01'), b'12' < bytearray(), b'12' > bytearray(b'1'), bytearray(b'abc') < memoryview(bytearray(b'q')) if False else 0)
vals = [0.0, -0.0, 1.0, -1.5, 5e-324, 2.2250738585072014e-308, 1e308, float('inf'), float('-inf'), 0.1, 1/3, 123456.789e-300, 2.0**-1074, 2.0**1023]
rng = random.Random(5)
vals += [rng.uniform(-1e10, 1e10) for _ in range(20)] + [rng.random() * 10**rng.randint(-320, 300) for _ in range(20)]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v)
for s in ['1', '0x1p3', '1.8', '-0x1.8p1', ' 0x.8 ', 'inf', '-Infinity', 'nan', '0x1p-1080', '0x1p1024', '0x1.fffffffffffff8p1023', '0x1.00000000000008p0', '0x1.000000000000081p0', 'x', '0x', '1p', '0x1.2.3', '0X1P+2', '1e3', '0x' + '1'*60, '0x0.' + '0'*300 + '1p0']:
    try: print(repr(s), float.fromhex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
print(float.hex(float('nan')))
# float ** int across the range (integer exponents, subnormal and overflowing results)
for x in [1.1, 0.9, 10.0, 2.0, 0.5, 3.7, 1e-5, 123.456, 1.0000001]:
    for y in [-1100, -400, -300, -23, -3, -2, -1, 0, 1, 2, 3, 7, 50, 300, 1100, 4385]:
        try: r = repr(x ** y)
        except OverflowError as e: r = 'OverflowError'
        print(x, y, r)
print(10 ** -5, 10 ** -320, 2 ** -1074, 2 ** -1075, 2.0 ** 1023)
class I(int): pass
for c in ["bool.from_bytes([])", "bool.from_bytes(b'\\x01')", "I.from_bytes(b'\\x01\\x00', 'little')", "type(I.from_bytes(b'\\x01'))", "int.from_bytes(['a'])", "int.from_bytes([256])", "int.from_bytes('ab')", "int.from_bytes(b'\\xff', signed=1)", "int.from_bytes(bytearray(b'\\x01\\x02'))", "int.from_bytes(memoryview(b'\\x01'))", "int.from_bytes([1, 2], 'little')", "int.from_bytes(5)"]:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
