# The __dict__ of builtin types' objects (functions, partial, exceptions,
# static and class methods) and of their subclasses' instances: a dict may
# be assigned, never deleted (CPython's PyObject_GenericSetDict); a
# subclass of partial or of an exception uses its base's __dict__.
import functools


class P(functools.partial):
    pass


class Q:
    pass


class S(list):
    pass


class E(Exception):
    pass


def f():
    pass


objs = [P(int), functools.partial(int), Q(), S(), E(), Exception(), f, staticmethod(f), classmethod(f)]
for o in objs:
    name = type(o).__name__
    try:
        del o.__dict__
        print(name, 'deleted', o.__dict__)
    except TypeError as e:
        print(name, 'TypeError', e)
    try:
        o.__dict__ = 3
    except TypeError as e:
        print(name, 'TypeError', e)
    o.x = 1
    o.__dict__ = {'y': 2}
    print(name, o.__dict__, hasattr(o, 'x'), o.y)

print(P.__dict__.get('__dict__'), E.__dict__.get('__dict__'), '__dict__' in S.__dict__)
