# Which builtin types can be instantiated, and by whose __new__:
# X.__new__(Y) refuses a Y whose own builtin __new__ is another one, types
# without a constructor cannot be instantiated, and the singletons' types
# return the singleton.
import builtins


def attempt(f):
    try:
        r = f()
        return "-> " + type(r).__name__
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class MyOS(OSError):
    pass


class MyInt(int):
    def __new__(cls, *a):
        return int.__new__(cls, *a)


class MyInt2(MyInt):
    pass


class L(list):
    pass


class EG(ExceptionGroup):
    pass


types_ = [getattr(builtins, n) for n in sorted(dir(builtins))
          if not n.startswith("_") and n != "complex" and isinstance(getattr(builtins, n), type)]
types_ += [MyOS, MyInt, MyInt2, L, EG]
bases = [object, int, list, BaseException, Exception, OSError, BaseExceptionGroup, ExceptionGroup, MyInt]
for T in bases:
    for S in types_:
        if S is not T and issubclass(S, T) and S is not MyInt:
            print("%s.__new__(%s)" % (T.__name__, S.__name__), attempt(lambda: T.__new__(S)))

print(Exception.__new__ is BaseException.__new__, OSError.__new__ is FileNotFoundError.__new__,
      sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
             and issubclass(getattr(builtins, n), BaseException) and "__new__" not in getattr(builtins, n).__dict__))
print(attempt(lambda: Exception.__new__(ValueError, 1, 2).args))
print(attempt(lambda: ExceptionGroup.__new__(ExceptionGroup, "a", [ValueError()])))
try:
    raise Exception.__new__(ExceptionGroup)
except TypeError as e:
    print("raise:", e)

# Types whose values only the runtime makes.
d = {1: 2}
internal = [type(d.keys()), type(d.values()), type(d.items()), type(iter(d)), type(iter(d.values())),
            type(iter(d.items())), type(x for x in ()), type(iter([])), type(iter(())), type(iter("")),
            type(iter(range(3))), type(iter(set())), type(iter(lambda: 0, 1)),
            type(len), type(list.append), type(type.__dict__["__name__"])]
for t in internal:
    for args in [(), (1,), (1, 2)]:
        print(t.__name__, args, attempt(lambda: t(*args)))

for t in [type(None), type(NotImplemented), type(...)]:
    print(t.__name__, t() is t(), attempt(lambda: t(1)))

# The class must come positionally.
for f in [lambda: ValueError('v').__new__(default=ValueError), lambda: int.__new__(x=int),
          lambda: list.__new__(list, a=1), lambda: object.__new__(cls=object), lambda: ValueError.__new__(ValueError, a=1)]:
    print(attempt(f))
