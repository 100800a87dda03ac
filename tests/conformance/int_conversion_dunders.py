# int(x) follows CPython's PyNumber_Long: __int__, then __index__, then __trunc__
# (deprecated, with a DeprecationWarning); results of a strict subclass of
# int are converted with a DeprecationWarning.
import warnings
warnings.simplefilter("always")
class BadIndex:
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class BadInt2(int):
    def __int__(self): return True
class TruncReturnsBadIndex:
    def __trunc__(self): return BadIndex()
class TruncReturnsBadInt:
    def __trunc__(self): return BadInt()
class TruncReturnsIntSubclass:
    def __trunc__(self): return True
class JustTrunc:
    def __trunc__(self): return 42
class FloatTrunc:
    def __trunc__(self): return 4.5
class ExceptionalTrunc:
    def __trunc__(self): 1/0
class IntOverridesTrunc:
    def __int__(self): return 42
    def __trunc__(self): return -12
for c in [BadIndex, BadInt, BadInt2, TruncReturnsBadIndex, TruncReturnsBadInt, TruncReturnsIntSubclass, JustTrunc, FloatTrunc, ExceptionalTrunc, IntOverridesTrunc]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            n = int(c())
            print(c.__name__, n, type(n).__name__)
        except Exception as e:
            print(c.__name__, type(e).__name__, e)
        for x in w:
            print("  warning:", x.category.__name__, x.message)
