# Values are echoed with repr, None is not, and _ keeps the last value.
1, 2
'text' * 2
_
None
_
class P:
    def __repr__(self):
        return 'P()'

P()
[P(), {'k': P()}]
import math
math.pi
def gen():
    yield 1

list(gen())
x = 5
x
  x
del x
x
raise ValueError('shown, and the session goes on')
try:
    1/0
except ZeroDivisionError as e:
    e

print('before exit')
import sys; sys.exit(3)
print('not reached')
