# Rich comparisons try a proper subclass's reflected method first, even when
# it is the base's (object.__ne__ runs the subclass's own __eq__).
class A:
    def __eq__(self, o):
        print("A.eq", type(self).__name__, type(o).__name__); return NotImplemented
    def __lt__(self, o):
        print("A.lt", type(self).__name__, type(o).__name__); return NotImplemented
class B(A):
    def __eq__(self, o):
        print("B.eq", type(self).__name__, type(o).__name__); return False
class C(A): pass
print(A() != B()); print(A() == B()); print(A() != C())
try: A() < C()
except TypeError as e: print(e)
class I(int): pass
print(1 == I(1), I(2) > 1, 1 < I(2))
import sys
sys.modules['_datetime'] = None
from datetime import date, datetime, time
d = date(2020, 5, 17); dt = datetime.combine(d, time())
print(d != dt, dt != d, d == dt, dt == d)
