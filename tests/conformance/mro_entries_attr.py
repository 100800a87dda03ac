class Base:
    pass

def factory():
    pass

factory.__mro_entries__ = lambda bases: (Base,)

class C(factory):
    pass

print(C.__mro__, C.__orig_bases__[0] is factory)

class Obj:
    def __init__(self):
        self.__mro_entries__ = lambda bases: (int,)

class D(Obj()):
    pass
print(D.__mro__, D(3))

class Bad:
    def __mro_entries__(self, bases):
        return [object]
try:
    class E(Bad()):
        pass
except TypeError as e:
    print(e)

from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int = 2
print(P(1), P._fields, P.__annotations__)
