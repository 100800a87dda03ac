# Exceptions and other objects made from a call's arguments keep their own
# copy: later calls that reuse the caller's stack do not change them.
import sys
def clobber(a=0, b=0, c=0, d=0, e=0, f=0):
    x = [a, b, c, d, e, f]
    return x
objs = []
objs.append(ValueError(1, 2))
objs.append(OSError(2, "no", "file"))
objs.append(KeyError("k"))
objs.append(slice(1, 2, 3))
objs.append(range(1, 10, 2))
objs.append(map(lambda *a: a, [1], [2], [3]))
objs.append(zip([1], [2], [3]))
objs.append(property(len, None, None, "doc"))
objs.append(UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad"))
objs.append(StopIteration(5))
objs.append(SystemExit(4))
objs.append(BaseExceptionGroup("g", [ValueError(1)]))
class T(tuple): pass
objs.append(T((1, 2)))
class E(Exception):
    def __init__(self, *a): super().__init__(*a)
objs.append(E(7, 8))
import functools
objs.append(functools.partial(print, 1, 2, sep="-"))
clobber(100, 200, 300, 400, 500, 600)
clobber(100, 200, 300, 400, 500, 600)
for o in objs:
    if isinstance(o, (map, zip)):
        print(list(o))
    elif isinstance(o, BaseException):
        print(type(o).__name__, o.args)
    elif isinstance(o, functools.partial):
        print(o.args, o.keywords)
    elif isinstance(o, property):
        print(o.fget, o.__doc__)
    else:
        print(o)

try:
    sys.exit(3)
except SystemExit as e:
    kept = e
try:
    exit(5, )
except SystemExit as e:
    kept2 = e
clobber(1, 2, 3, 4, 5, 6)
print(kept.args, kept.code, kept2.args, kept2.code)
