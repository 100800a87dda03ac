# a[i] and a[i] = x on arrays of every typecode: limits of each integer
# type on both sides, negative and out-of-range indices, values of other
# types (bool, float into an int array, int into a float array, big ints,
# objects with __index__ or __float__), and a subclass of array.
from array import array
import math

limits = {
    'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
    'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
    'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1),
}


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


def attempt(a, i, x):
    try:
        a[i] = x
        return repr(a[i])
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for code, (lo, hi) in limits.items():
    a = array(code, [0] * 4)
    row = []
    for x in (lo, hi, lo - 1, hi + 1, 0, True, False, 1.0, Idx(), 2**70, -2**70, "1", None):
        row.append(attempt(a, 1, x))
    for i in (0, 3, -1, -4, 4, -5, 2**70, True, Idx(), 1.0, "0"):
        row.append(attempt(a, i, 5))
        try:
            row.append(repr(a[i]))
        except Exception as e:
            row.append("%s: %s" % (type(e).__name__, e))
    print(code, row)

for code in "fd":
    a = array(code, [0.0] * 3)
    row = []
    for x in (1.5, -0.0, math.inf, -math.inf, 3, True, 2**70, 10**400, Flt(), 1e300, "x", None):
        row.append(attempt(a, 0, x))
    a[1] = math.nan
    row.append(math.isnan(a[1]))
    row.append(repr(a[-1]))
    print(code, row)

u = array('u', 'abc')
print(attempt(u, 0, 'z'), attempt(u, 0, 'zz'), attempt(u, 0, 1), u[-1])


class MyArray(array):
    def __getitem__(self, i):
        return ("sub", super().__getitem__(i))


m = MyArray('d', [1.0, 2.0])
m[0] = 5.0
print(m[0], m[1], type(m[0:1]).__name__)

# Many times at one site, with the array's kind changing under it.
arrays = [array('d', [0.0] * 8), array('i', [0] * 8), array('B', [0] * 8), [0] * 8]
total = 0
for n in range(400):
    a = arrays[n % 4]
    a[n % 8] = (n % 200) if not isinstance(a[0], float) else n / 2
    total += a[n % 8]
print(total, [list(a) for a in arrays])
