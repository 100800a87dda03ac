# member_descriptor: __slots__ entries and the attributes builtin types keep
# in fields of their objects (function.__globals__, slice.start, ...) are
# the same type, types.MemberDescriptorType, with __get__, __set__,
# __delete__, __name__, __qualname__ and __objclass__.
import types


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    __slots__ = ('x', 'y')


class D(C):
    pass


show("type", lambda: (type(C.x), type(C.x) is types.MemberDescriptorType))
show("isinstance", lambda: isinstance(C.x, types.MemberDescriptorType))
show("repr", lambda: repr(C.x))
show("names", lambda: (C.x.__name__, C.x.__qualname__, C.x.__objclass__))
show("doc", lambda: C.x.__doc__)
c = C()
show("set", lambda: C.x.__set__(c, 5))
show("get", lambda: (C.x.__get__(c), C.x.__get__(c, C), C.x.__get__(None, C) is C.x))
show("get subclass", lambda: C.x.__get__(D()))
show("delete", lambda: C.x.__delete__(c))
show("after delete", lambda: c.x)
show("delete again", lambda: C.x.__delete__(c))
show("get other", lambda: C.x.__get__(1))
show("set other", lambda: C.x.__set__(1, 2))
show("set arity", lambda: C.x.__set__(c))
show("delete arity", lambda: C.x.__delete__(c, 1))
show("get none none", lambda: C.x.__get__(None, None))

# Builtin members.
for owner, name in [(types.FunctionType, '__globals__'), (types.FunctionType, '__closure__'),
                    (types.FunctionType, '__module__'), (types.FunctionType, '__doc__'),
                    (slice, 'start'), (range, 'stop'), (complex, 'real'),
                    (types.MethodType, '__self__'), (property, 'fget'),
                    (BaseException, '__suppress_context__'), (type, '__base__'),
                    (type, '__mro__'), (types.CodeType, 'co_name')]:
    d = owner.__dict__[name]
    print(owner.__name__, name, type(d).__name__, repr(d), d.__name__, d.__objclass__ is owner,
          d.__qualname__)


def f():
    pass


g = types.FunctionType.__dict__['__globals__']
show("member get", lambda: g.__get__(f) is globals())
show("member set readonly", lambda: g.__set__(f, {}))
show("member get other", lambda: g.__get__(1))
m = types.FunctionType.__dict__['__module__']
show("writable member", lambda: (m.__set__(f, 'mod'), f.__module__))
show("delete member", lambda: (m.__delete__(f), f.__module__))
e = Exception()
show("suppress_context", lambda: (e.__suppress_context__, setattr(e, '__suppress_context__', True), e.__suppress_context__))
show("suppress_context int", lambda: setattr(e, '__suppress_context__', 1))
show("suppress_context del", lambda: delattr(e, '__suppress_context__'))


class E:
    pass


show("base readonly", lambda: setattr(E, '__base__', object))
show("mro readonly", lambda: setattr(E, '__mro__', (E, object)))
