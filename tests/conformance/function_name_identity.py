# A function's __name__ and __qualname__ are the same str objects each
# time they are read, and wrappers (staticmethod, classmethod) share them.


def func(x):
    "doc"
    return x


co = func.__code__
print(func.__name__ is func.__name__, func.__qualname__ is func.__qualname__)
print(co.co_name is co.co_name, co.co_qualname is co.co_qualname)
for wrap in (staticmethod, classmethod):
    w = wrap(func)
    print(wrap.__name__, w.__func__ is func, w.__wrapped__ is func,
          [getattr(w, a) is getattr(func, a) for a in ('__module__', '__qualname__', '__name__', '__doc__', '__annotations__')])
func.__qualname__ = "renamed"
print(func.__qualname__, repr(func).startswith("<function renamed at"), co.co_qualname)
try:
    func(1, 2)
except TypeError as e:
    print(e)
try:
    func.__qualname__ = 3
except TypeError as e:
    print(e)
