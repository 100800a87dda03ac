# math.fsum with infinities and NaNs (summed apart), and an intermediate
# overflow of finite terms.
import math
inf, nan = float('inf'), float('nan')
tests = [[10, inf], [inf, -inf], [nan, inf], [1e308, 1e308], [1e308, 1e308, -1e308], [inf, inf], [-inf, 1.0], [0.0, 0.0], [-0.0, -0.0], [], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [0.1]*10, [2.0**53, -0.5, -2.0**-54]]
for t in tests:
    try: print(repr(math.fsum(t)))
    except Exception as e: print(type(e).__name__, e)
