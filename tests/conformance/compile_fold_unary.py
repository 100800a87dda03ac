x = 1
print((-1, ~2, +3, not 1, -2.5, --1, -(2**70), -True, ~False, -9223372036854775808, not None, not '', not b'x', not ..., -0.0, +True, ~-1))
print(x is -1, x is not ~0, x is not (not 1))
def f(a=-1, b=(1, -2, ~3)):
    return a, b
print(f(), f.__defaults__)
import math
print(math.copysign(1, -0.0), 'skip')
print(-9223372036854775807 - 1, type(-9223372036854775808))
