# abc.get_cache_token changes with every register(), so that
# functools.singledispatch drops its dispatch cache when a class is
# registered with an ABC; _abc_registry_clear and _abc_caches_clear.
import abc
import collections.abc as c
import functools

t0 = abc.get_cache_token()
print(t0 == abc.get_cache_token())


@functools.singledispatch
def g(arg):
    return 'base'


class O(c.Sized):
    def __len__(self):
        return 0


o = O()
g.register(c.Iterable, lambda arg: 'iterable')
g.register(c.Container, lambda arg: 'container')
g.register(c.Sized, lambda arg: 'sized')
g.register(c.Set, lambda arg: 'set')
print(g(o))
c.Iterable.register(O)
print(g(o), abc.get_cache_token() != t0)
c.Container.register(O)
print(g(o))
c.Set.register(O)
print(g(o))


class A(abc.ABC):
    pass


class B:
    pass


A.register(B)
print(issubclass(B, A))
A._abc_registry_clear()
A._abc_caches_clear()
print(issubclass(B, A))
