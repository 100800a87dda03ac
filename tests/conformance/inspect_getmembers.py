# inspect.getmembers: a class's members include its bases'
# DynamicClassAttributes, which dir() leaves out and getattr on the class
# refuses; an attribute getattr fails on comes from the __dict__ along the
# MRO; an empty slot is no member.
import inspect
import types


class Base:
    @types.DynamicClassAttribute
    def dyn(self):
        return 'dyn of ' + type(self).__name__

    def method(self):
        pass


class Sub(Base):
    x = 1


print([k for k, v in inspect.getmembers(Sub) if not k.startswith('__')])
print(type(dict(inspect.getmembers(Sub))['dyn']).__name__)
print([(k, v) for k, v in inspect.getmembers(Sub()) if k in ('dyn', 'x')])


class S:
    __slots__ = ('a', 'b')

    def f(self):
        pass


s = S()
s.a = 1
print([(k, v if k == 'a' else type(v).__name__) for k, v in inspect.getmembers(s) if not k.startswith('__')])
print([k for k, v in inspect.getmembers(S, inspect.isfunction)])
print([k for k, v in inspect.getmembers(S) if not k.startswith('__')])
