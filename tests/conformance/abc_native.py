# abc.ABCMeta over the native _abc module: registration, the caches and
# their invalidation, __subclasshook__'s answers, abstract methods
# computed from the class and its bases, and the errors CPython gives.
import abc
import _abc
import gc
from collections.abc import Mapping, Sequence, Iterable, Hashable


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    @property
    @abc.abstractmethod
    def p(self): ...


class B(A):
    def f(self):
        return 1


print(sorted(A.__abstractmethods__), type(A.__abstractmethods__).__name__)
print(sorted(B.__abstractmethods__))
for cls in (A, B):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

# Registration and its errors.
token = abc.get_cache_token()
print(A.register(int) is int, issubclass(int, A), isinstance(3, A), isinstance('x', A))
print(abc.get_cache_token() != token)
print(A.register(B) is B)  # already a subclass: no change
for bad in (3, 'x'):
    try:
        A.register(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    B.register(A)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    issubclass(3, A)
except TypeError as e:
    print('TypeError', e)


# __subclasshook__ decides first, and its answers are cached.
class Sized(abc.ABC):
    calls = 0

    @classmethod
    def __subclasshook__(cls, C):
        Sized.calls += 1
        if cls is Sized:
            return hasattr(C, '__len__') or NotImplemented
        return NotImplemented


print(issubclass(list, Sized), issubclass(list, Sized), Sized.calls)
print(issubclass(int, Sized), issubclass(int, Sized), Sized.calls)
Sized.register(float)  # invalidates every negative cache
print(issubclass(int, Sized), Sized.calls)


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError', e)


# isinstance asks about __class__ and then the real type.
class Liar:
    @property
    def __class__(self):
        return int


print(isinstance(Liar(), A), isinstance(Liar(), Mapping))

# Collections ABCs and pattern matching flags.
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance([], Sequence),
      isinstance(iter(()), Iterable), isinstance([], Hashable))


class MySeq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (10, 20)[i]


Sequence.register(MySeq)
match MySeq():
    case [a, b]:
        print('sequence pattern', a, b)

# The dump: registry, cache, negative cache (sets of weak references), version.
registry, cache, negative, version = _abc._get_dump(A)
print(sorted(r().__name__ for r in registry), type(version).__name__)
_abc._reset_caches(A)
print([len(s) for s in _abc._get_dump(A)[:3]])
_abc._reset_registry(A)
print(issubclass(int, A))


# Registered classes are held weakly.
def make():
    class Temp:
        pass
    A.register(Temp)
    return len(_abc._get_dump(A)[0])


print(make())
gc.collect()
print(len(_abc._get_dump(A)[0]))


# A metaclass can be an ABC.
class M(abc.ABC):
    @abc.abstractmethod
    def x(self): ...


class meta(type, M):
    def x(self):
        return 1


class C(metaclass=meta):
    pass


print(C.x(), sorted(meta.__abstractmethods__))
try:
    type.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
try:
    _abc._abc_instancecheck(int, 3)
except AttributeError as e:
    print('AttributeError', e)


class WrongImpl:
    _abc_impl = 5


try:
    _abc._abc_subclasscheck(WrongImpl, int)
except TypeError as e:
    print('TypeError', e)

# Argument counts are checked as CPython's.
for f, args in [(_abc._abc_init, ()), (_abc._abc_register, (1,)),
                (_abc.get_cache_token, (1,)), (_abc._get_dump, ())]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)


# Classes nobody refers to are collected, subclasses and all.
def make_classes():
    class T:
        pass

    class U(T):
        pass
    return weakref.ref(T), weakref.ref(U)


import weakref
refs = make_classes()
gc.collect()
print([r() for r in refs])
