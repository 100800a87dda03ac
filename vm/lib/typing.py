"""A minimal typing module: enough for annotations to evaluate and print."""

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is type(None):
        return 'None'
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        name = self._name or _type_repr(self.__origin__)
        if self._name == 'Optional' or (self._name == 'Union' and len(self.__args__) == 2 and type(None) in self.__args__):
            args = [a for a in self.__args__ if a is not type(None)]
            return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.' + name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _Alias:
    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _AnyMeta(type):
    def __repr__(self):
        return 'typing.Any'

    def __instancecheck__(self, obj):
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    pass


Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')

import collections.abc as _abc
import collections as _collections

List = _Alias(list, 'List')
Dict = _Alias(dict, 'Dict')
Set = _Alias(set, 'Set')
FrozenSet = _Alias(frozenset, 'FrozenSet')
Tuple = _Alias(tuple, 'Tuple')
Type = _Alias(type, 'Type')
Callable = _Alias(_abc.Callable, 'Callable')
Iterable = _Alias(_abc.Iterable, 'Iterable')
Iterator = _Alias(_abc.Iterator, 'Iterator')
Generator = _Alias(_abc.Generator, 'Generator')
Sequence = _Alias(_abc.Sequence, 'Sequence')
MutableSequence = _Alias(_abc.MutableSequence, 'MutableSequence')
Mapping = _Alias(_abc.Mapping, 'Mapping')
MutableMapping = _Alias(_abc.MutableMapping, 'MutableMapping')
AbstractSet = _Alias(_abc.Set, 'AbstractSet')
Hashable = _Alias(_abc.Hashable, 'Hashable')
Sized = _Alias(_abc.Sized, 'Sized')
Awaitable = _Alias(_abc.Awaitable, 'Awaitable')
Coroutine = _Alias(_abc.Coroutine, 'Coroutine')
AsyncIterator = _Alias(_abc.AsyncIterator, 'AsyncIterator')
AsyncIterable = _Alias(_abc.AsyncIterable, 'AsyncIterable')
Deque = _Alias(_collections.deque, 'Deque')
DefaultDict = _Alias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _Alias(_collections.OrderedDict, 'OrderedDict')
Counter = _Alias(_collections.Counter, 'Counter')
ChainMap = _Alias(_collections.ChainMap, 'ChainMap')
import contextlib as _contextlib
ContextManager = _Alias(_contextlib.AbstractContextManager, 'ContextManager')
Text = str
AnyStr = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return '~' + self.__name__


class ParamSpec(TypeVar):
    pass


class Generic:
    def __class_getitem__(cls, params):
        return cls

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(**kwargs)


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


class IO(Generic):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    for klass in reversed(getattr(obj, '__mro__', [obj])):
        hints.update(getattr(klass, '__annotations__', {}))
    return hints


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [n for n, t in fields])


class TypedDict(dict):
    pass
