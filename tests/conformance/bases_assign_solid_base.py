# Assigning __bases__ makes __base__ the base with the most specific
# layout (CPython's best_base), which decides whose __new__ is safe to
# call: typing.NamedTuple classes that are also Generic rely on it.
from typing import NamedTuple, Generic, TypeVar


class Mixin:
    pass


class C(Mixin, tuple):
    pass


C.__bases__ = (Mixin, tuple)
print(C.__base__, C.__mro__)
print(tuple.__new__(C, (1, 2)))

T = TypeVar('T')


class Y(Generic[T], NamedTuple):
    x: T


print(Y.__bases__, Y.__base__)
print(Y[int](3), Y(4).x)
try:
    object.__new__(C)
except TypeError as e:
    print(e)
