# types.GenericAlias and types.UnionType: __parameters__, substitution of
# type variables (TypeVar, ParamSpec, TypeVarTuple, unpacked tuples),
# attributes taken from the origin, equality, hashing and __orig_class__.
import types
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, Generic, Unpack

T = TypeVar('T')
S = TypeVar('S')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


show("list[T] params", lambda: list[T].__parameters__)
show("dict[T, list[S]] params", lambda: dict[T, list[S]].__parameters__)
show("list[T][int]", lambda: list[T][int])
show("dict[T, list[S]][str, int]", lambda: dict[T, list[S]][str, int])
show("dict[T, T][int]", lambda: dict[T, T][int])
show("list[int][str]", lambda: list[int][str])
show("dict[T, S][int]", lambda: dict[T, S][int])
show("dict[T, S][int, str, bytes]", lambda: dict[T, S][int, str, bytes])
show("tuple[T, ...][int]", lambda: tuple[T, ...][int])
show("tuple[T, S][*tuple[int, str]]", lambda: tuple[T, S][*tuple[int, str]])
show("tuple[T][*tuple[int, ...]]", lambda: tuple[T][*tuple[int, ...]])
show("tuple[T, *Ts] params", lambda: tuple[T, *Ts].__parameters__)
show("tuple[T, *Ts][int]", lambda: tuple[T, *Ts][int])
show("tuple[T, *Ts][int, str, bytes]", lambda: tuple[T, *Ts][int, str, bytes])
show("tuple[*Ts, T][int, *tuple[str, ...]]", lambda: tuple[*Ts, T][int, *tuple[str, ...]])
show("tuple[*Ts][()]", lambda: tuple[*Ts][()])
show("list[*Ts][int]", lambda: list[*Ts][int, str])
show("tuple[T, *Ts][()]", lambda: tuple[T, *Ts][()])
show("tuple[Unpack[Ts]][int]", lambda: tuple[Unpack[Ts]][int])
show("list[P] params", lambda: list[P].__parameters__)
show("list[P][int, str]", lambda: list[P][int, str])
show("list[P][[int, str]]", lambda: list[P][[int, str]])
show("dict[T, P][int, 42]", lambda: dict[T, P][int, 42])
show("list[T][()]", lambda: list[T][()])


class G(Generic[T]):
    pass


class A:
    __parameters__ = (T,)


show("list[G[T]] params", lambda: list[G[T]].__parameters__)
show("list[G[T]][int]", lambda: list[G[T]][int])
show("list[G] params", lambda: list[G].__parameters__)
show("list[A] params", lambda: list[A].__parameters__)
show("list[A()] params", lambda: list[A()].__parameters__)
show("list[A][int]", lambda: list[A][int])
show("tuple[int, T][str]", lambda: tuple[int, T][str])
show("starred kept", lambda: next(iter(tuple[T, int]))[str])

# Attributes: the alias's own, and any other from the origin.
show("append", lambda: list[int].append)
show("__class__", lambda: list[int].__class__)
show("__doc__ is list's", lambda: list[int].__doc__ == list.__doc__)
show("__name__", lambda: list[int].__name__)
show("__qualname__", lambda: dict[str, int].__qualname__)
show("missing", lambda: list[int].nope)
show("getattr default", lambda: getattr(list[int], 'nope', 'default'))
show("hasattr append", lambda: hasattr(list[int], 'append'))
show("dir", lambda: [n for n in dir(list[int]) if n.startswith('__') and n in
                     ('__origin__', '__args__', '__parameters__', '__copy__', '__class__', '__reduce__')])
show("unpacked args", lambda: (list[int].__typing_unpacked_tuple_args__,
                               next(iter(tuple[int, str])).__typing_unpacked_tuple_args__))
show("mro_entries", lambda: list[int].__mro_entries__(()))

# Equality and hashing.
show("eq", lambda: (list[int] == list[int], list[int] != list[int], list[int] == list[str]))
show("eq starred", lambda: next(iter(tuple[int])) == tuple[int])
show("eq other", lambda: (list[int] == list, list[int].__eq__(3)))
show("hash", lambda: hash(dict[str, int]) == hash(dict[str, int]))
show("in set", lambda: len({list[int], list[int], list[str]}))


# Calling an alias records it on the new object.
class Box:
    pass


class Slotted:
    __slots__ = ()


show("orig_class", lambda: types.GenericAlias(Box, int)().__orig_class__)
show("slotted", lambda: type(types.GenericAlias(Slotted, int)()))
show("builtin", lambda: list[int]((1, 2)))

# Unions.
u = int | list[T]
show("union params", lambda: u.__parameters__)
show("union subst", lambda: u[str])
show("union subst to one", lambda: (int | list[T])[int] if False else (list[int] | list[T])[int])
show("union plain", lambda: (int | str).__parameters__)
show("union not generic", lambda: (int | str)[int])
show("union to typing", lambda: (int | list[T])[T])
show("union eq", lambda: ((int | str) == (str | int), (int | str) != (str | int)))
show("union eq alias", lambda: (int | list[T]) == (int | list[T]))
show("union hash", lambda: hash(int | list[T]) == hash(list[T] | int))
show("union dedup", lambda: list[int] | list[int] | int | list[int])
show("union typevar", lambda: (int | T, T | int))
