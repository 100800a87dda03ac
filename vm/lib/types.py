"""Names for the types of the interpreter's objects."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodDescriptorType = type(str.join)
ModuleType = type(__import__("sys"))


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
MappingProxyType = type(type.__dict__)
GetSetDescriptorType = type(FunctionType.__code__)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)


SimpleNamespace = type(sys.implementation)


def new_class(name, bases=(), kwds=None, exec_body=None):
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    ns = meta.__prepare__(name, bases, **kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, bases, ns, **kwds)


def coroutine(func):
    return func


class DynamicClassAttribute(property):
    pass

GenericAlias = type(list[int])
UnionType = type(int | str)
