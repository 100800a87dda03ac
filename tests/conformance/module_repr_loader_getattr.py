# Module repr as importlib's _module_repr: a true __spec__ first, then the
# loader's module_repr (an Exception from it falls through), then
# __file__ or the loader. A missing attribute names the module by the
# __name__ in its dict.
from types import ModuleType


class FullLoader:
    @classmethod
    def module_repr(cls, m):
        return "<module '{}' (crafted)>".format(m.__name__)


class BadLoader:
    @classmethod
    def module_repr(cls, m):
        raise ValueError


m = ModuleType('foo')
m.__loader__ = FullLoader
print(repr(m))
m.__file__ = '/tmp/foo.py'
print(repr(m))
m = ModuleType('foo')
m.__loader__ = BadLoader
m.__file__ = '/tmp/foo.py'
print(repr(m))
m = ModuleType('foo')
m.__spec__ = 0
print(repr(m))
m = ModuleType('foo')
m.__loader__ = FullLoader
m.__spec__ = None
print(repr(m))
foo = ModuleType.__new__(ModuleType)
try:
    foo.not_here
except AttributeError as e:
    print(e)
print(repr(foo))
foo.__name__ = 3
try:
    foo.not_here
except AttributeError as e:
    print(e)
foo.__name__ = "renamed"
try:
    foo.not_here
except AttributeError as e:
    print(e)
