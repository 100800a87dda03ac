# x[k] on instances whose class defines __getitem__ in Python: the method
# runs as a call in the same loop; every way the site can change.

class Grid:
    def __init__(self, n):
        self.cells = list(range(n))
    def __getitem__(self, i):
        return self.cells[i]

g = Grid(10)
def total(obj, n):
    s = 0
    for i in range(n):
        s += obj[i]
    return s

print(total(g, 10), total(g, 10))
try:
    total(g, 11)
except IndexError as e:
    print("IndexError", e)

# The class's method replaced, then removed.
def doubled(self, i):
    return self.cells[i] * 2
Grid.__getitem__ = doubled
print(total(g, 10))
g.__getitem__ = lambda i: "instance attribute, not used"
print(total(g, 10))
del Grid.__getitem__
try:
    total(g, 3)
except TypeError as e:
    print("TypeError", e)

# Subclasses of builtin types, __slots__, closures, defaults, generators.
class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))

class S:
    __slots__ = ("data",)
    def __init__(self):
        self.data = "abcdef"
    def __getitem__(self, i):
        return self.data[i]

def make_closure_class(offset):
    class C:
        def __getitem__(self, i):
            return i + offset
    return C

class D:
    def __getitem__(self, i, extra=100):
        return i + extra

class G:
    def __getitem__(self, i):
        yield i

objs = [L([1, 2, 3]), S(), make_closure_class(1000)(), D(), [5, 6, 7], {0: "d0", 1: "d1", 2: "d2"}, "xyz"]
for _ in range(3):
    print([[o[i] for i in range(3)] for o in objs])
print(type(G()[0]).__name__)

# A result discarded, a slice key, recursion through __getitem__.
class R:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        if k <= 0:
            return 0
        return k + self[k - 1]

r = R()
for i in range(30):
    r[i]
print(r[100], r[1:5:2], r[::-1])

class Deep:
    def __getitem__(self, k):
        return self[k + 1]
try:
    Deep()[0]
except RecursionError as e:
    print("RecursionError", e)

# An exception inside __getitem__ with its traceback line.
class Bad:
    def __getitem__(self, k):
        return 1 / k
b = Bad()
for i in range(5, 0, -1):
    b[i]
try:
    b[0]
except ZeroDivisionError as e:
    import traceback
    print("".join(traceback.format_exception_only(type(e), e)).strip())
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
