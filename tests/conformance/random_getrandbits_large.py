# getrandbits draws the same words as CPython for every width, and takes
# time linear in the width (a width of millions of bits, as
# random.randbytes asks for, returns at once).
import random

r = random.Random(12345)
print([r.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 65, 100, 200)])
print(hex(r.getrandbits(1000)))
x = r.getrandbits(8_000_000)
print(x.bit_length() > 7_999_900, x % 1_000_003)
print(len(random.Random(7).randbytes(3_000_000)))
