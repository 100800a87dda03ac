from __future__ import annotations
import __future__
from array import array
a = array('d', [1.0, 2.5])
a.append(3)
a.extend(range(2))
print(a, len(a), a[1], a.typecode, a.itemsize, a.tolist(), sum(a))
b = array('i', [1, 2, 3])
b[0] = 10
print(b, b[1:], b * 2, b.index(3), 2 in b)
try:
    array('b', [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array('z')
except ValueError as e:
    print("ValueError:", e)
def f(x: SomeUndefinedType) -> AlsoUndefined:
    return x
print(f.__annotations__, __future__.annotations.compiler_flag)
