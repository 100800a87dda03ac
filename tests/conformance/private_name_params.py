# Private names (__x) are mangled everywhere inside a class body and the
# functions nested in it: parameters, locals, cells, globals, imports.

class X:
    def f(self, *, __a=42):
        return __a

    def f2(self, __b, /, __c=5, *, __d=6):
        return __b, __c, __d

    def g(self, __x):
        __y = __x + 1

        def inner():
            return __y
        return inner()

    def h(self):
        global __glob
        __glob = 7
        import os as __os
        return __os.sep, [__i * 2 for __i in range(3)], (lambda __l=1: __l)()

    def w(self):
        return [(__n := k) for k in range(2)], __n

    def m(self, v):
        match v:
            case [__first, *__rest]:
                return __first, __rest

    def e(self):
        try:
            1 / 0
        except ZeroDivisionError as __err:
            return type(__err).__name__


print(X().f(), X.f.__code__.co_varnames, X.f.__kwdefaults__)
print(X().f2(1), X.f2.__code__.co_varnames[:4], X.f2.__kwdefaults__)
print(X().f2(1, _X__d=3))
print(X().g(3), X.g.__code__.co_cellvars)
print(X().h(), _X__glob)
print(X().w())
print(X().m([1, 2, 3]))
print(X().e())
for call in (lambda: X().f2(), lambda: X().f(__a=1), lambda: X().f2(1, _X__b=2)):
    try:
        call()
    except TypeError as err:
        print(err)
import inspect
print(inspect.signature(X.f2))


class _:
    def f(self, __a):
        return __a


print(_.f.__code__.co_varnames)


def outer():
    __v = 1

    class C:
        def m(self):
            return __v
    try:
        return C().m()
    except NameError as err:
        return str(err)


print(outer())


class Q:
    def __init__(self):
        self.__p = 1

    def get(self):
        return self.__p


print(Q().get(), vars(Q()))
for src in ("class Y:\n def f(__a, __a): pass", "class Y:\n def f(__a):\n  global __a"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as err:
        print(err)
