# dataclasses is CPython's module: __slots__ members are no defaults,
# generated methods have the class's qualnames, docstrings format typing
# annotations without their module, slots=True makes __weakref__ on request.
from dataclasses import dataclass, field, fields, make_dataclass, KW_ONLY, InitVar
from typing import Any, List, Optional, ClassVar
import weakref


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Slotted:
    __slots__ = ('x',)
    x: Any


show("slotted no default", lambda: Slotted())
show("slotted", lambda: Slotted(3).x)


@dataclass
class Derived(Slotted):
    x: int
    y: int


show("derived", lambda: (Derived(1, 2).x, Derived(1, 2).y))


@dataclass
class Doc:
    x: List[int]
    y: Optional[int] = None
    z: list = field(default_factory=list)


print(Doc.__doc__)
print(Doc.__init__.__qualname__, Doc.__repr__.__qualname__, Doc.__eq__.__qualname__)


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


print(W.__slots__, weakref.ref(W(1)) is not None)
show("weakref without slots", lambda: dataclass(weakref_slot=True)(type('V', (), {'__annotations__': {'a': int}})))
show("field metadata", lambda: field(metadata=3))
show("unhashable default", lambda: dataclass(type('U', (), {'__annotations__': {'a': list}, 'a': []})))
show("make_dataclass keyword", lambda: make_dataclass('M', ['for']))
show("make_dataclass dup", lambda: make_dataclass('M', ['a', 'a']))


@dataclass(frozen=True)
class F:
    a: int
    b: ClassVar[int] = 3


show("frozen", lambda: setattr(F(1), 'a', 2))
show("fields", lambda: [f.name for f in fields(F)])
show("repr field", lambda: repr(fields(F)[0]).startswith("Field(name='a',type=<class 'int'>"))


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: InitVar[int] = 1

    def __post_init__(self, c):
        self.d = c


show("kw_only", lambda: (K(1, b=2).b, K(1, c=5).d))
show("kw_only positional", lambda: K(1, 2))
