# min() and max() of ints, floats (signed zeros, NaN first or later), bools
# mixed with ints, big ints, and of a frozenset: the first of equal items wins.
import math
nan = float('nan')
cases = [[3, 1, 2], [1.5, -0.0, 0.0], [0.0, -0.0], [-0.0, 0.0], [nan, 1.0, 2.0], [1.0, nan, 0.5], [True, 1, 0, False], [1, 1.0, True], [2**70, 3, -2**70], [1, 2.5, 2], frozenset(range(50)), [5, 5, 5]]
for c in cases:
    print(repr(min(c)), repr(max(c)), [type(x).__name__ for x in (min(c), max(c))])
print(min([3, 1, 2], key=lambda x: -x), max("abc"), min((1, 'a'), (1, 'b')))
