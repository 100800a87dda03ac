# A decorated function's code starts at its first decorator's line, as a
# decorated class's does: co_firstlineno, and so a frame's f_lineno
# relative to it and an unstarted generator's f_lineno.
import sys


def deco(f):
    return f


@deco
@deco
def f():
    return sys._getframe().f_lineno - sys._getframe().f_code.co_firstlineno


class C:
    @classmethod
    def m(cls):
        return sys._getframe().f_lineno - sys._getframe().f_code.co_firstlineno

    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return sys._getframe().f_code.co_firstlineno

    def plain(self):
        return sys._getframe().f_lineno - sys._getframe().f_code.co_firstlineno


@deco
class K:
    line = sys._getframe().f_code.co_firstlineno


@deco
async def af():
    pass


@deco
def gen():
    yield 1


@deco

# a comment between the decorator and the def
def spaced(): return sys._getframe().f_lineno


print(f.__code__.co_firstlineno, f())
print(C.m.__code__.co_firstlineno, C.m(), C.s.__code__.co_firstlineno, C().p, C().plain())
print(K.line, af.__code__.co_firstlineno, spaced.__code__.co_firstlineno, spaced())
g = gen()
print(g.gi_frame.f_lineno, g.gi_code.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno)
print(af.__code__.co_firstlineno)
af().close()

try:
    @deco
    def bad():
        return 1 / 0
    bad()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_firstlineno, tb.tb_lineno)
print((lambda: 0).__code__.co_firstlineno, deco(lambda: 0).__code__.co_firstlineno)
