# A cycle already in the context chain of the handled exception: raising
# inside the handler neither hangs nor breaks the cycle.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)

class A(Exception): pass
class B(Exception): pass
try:
    try:
        raise A
    except A as a:
        b = B()
        b.__context__ = a
        a.__context__ = b
        raise b
except B as e:
    print(type(e.__context__).__name__, e.__context__.__context__)

def long_cycle():
    try:
        raise KeyError(1)
    except KeyError as k:
        e2, e3 = IndexError(2), OSError(3)
        k.__context__, e2.__context__, e3.__context__ = e2, e3, e2
        raise RuntimeError(4)
try:
    long_cycle()
except RuntimeError as e:
    c = e.__context__
    print([type(x).__name__ for x in (c, c.__context__, c.__context__.__context__, c.__context__.__context__.__context__)])
