# sum() asks for the iterator before it checks start; exec() takes a
# closure for a code object with free variables; compile() checks
# _feature_version.
class _Boom(Exception): pass


class _IterRaise:
    def __iter__(self): raise _Boom


def t(fn):
    try:
        print('OK', fn())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: sum(_IterRaise(), '%s%d'))
t(lambda: sum(_IterRaise(), b''))
t(lambda: sum(5, ''))
t(lambda: sum([], bytearray()))
t(lambda: sum([[1], [2]], []))
def f():
    x = 1
    def g(): return x
    return g
co = f().__code__
for a in ((co,), ):
    pass
t(lambda: exec(co))
t(lambda: exec(co, {}, None, closure=None))
t(lambda: exec(co, closure=f().__closure__))
t(lambda: exec(co, closure=(1,)))
t(lambda: exec(co, closure=[f().__closure__[0]]))
t(lambda: exec(co, closure=()))
t(lambda: exec('', closure=None))
t(lambda: exec('', closure=()))
t(lambda: exec(compile('1', 's', 'exec'), closure=()))
t(lambda: exec(compile('1', 's', 'exec'), closure=None))
t(lambda: eval('1', closure=None))
t(lambda: exec('x=1', None, None, None))
def outer():
    y = 5
    def inner():
        return y
    print('outer ran', inner())
t(lambda: exec(outer.__code__))
t(lambda: eval(co))
t(lambda: eval(outer.__code__))
def mk():
    z = 7
    def h():
        print('z is', z)
    return h
hh = mk()
t(lambda: exec(hh.__code__, {}, None, closure=hh.__closure__))
t(lambda: exec(hh.__code__, closure=hh.__closure__[0]))
t(lambda: compile(0, b'\xff\x00', KeyError(1), _feature_version={(1, 2): 3}))
t(lambda: compile('1', b'a\x00', 'eval'))
t(lambda: compile('1', 'a\x00', 'eval'))
t(lambda: compile('1', 'a', 'eval', _feature_version=3).co_filename)
t(lambda: compile('1', 'a', 'eval', _feature_version='x'))
t(lambda: compile('1', 'a', 'eval', _feature_version=-1).co_filename)
t(lambda: compile('1', 'a', 'eval', 0, False, -1, 8).co_filename)
t(lambda: compile('1', 'a', 'eval', 0, False, -1, _feature_version=1<<70))
t(lambda: compile(0, 'a', KeyError(1), _feature_version=1.5))

# compile() takes any bytes-like file name, with a warning; a bound super hashes
# a name that is not a str before refusing it.
import warnings
warnings.simplefilter('ignore', DeprecationWarning)

def show(v):
    return repr(v.co_filename) if hasattr(v, 'co_filename') else repr(v)[:40]

class _Sub(int): pass
for src in ["compile(0, memoryview(b'ab'), 'ß')", "compile('1', memoryview(b'ab'), 'eval')", "compile('1', bytearray(b'ab'), 'eval')", "compile('1', b'ab', 'eval')", "super.__getattribute__(super(_Sub, _Sub), memoryview(bytearray(b'q')))", "super.__getattribute__(super(_Sub, _Sub), 5)", "object.__getattribute__(1, memoryview(b'q'))"]:
    try:
        print(src, show(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
for src in ["super.__getattribute__(super(_Sub), memoryview(bytearray(b'q')))", "super(_Sub, _Sub(1)).__getattribute__([])", "super(_Sub, _Sub(1)).__getattribute__('real')"]:
    try:
        print(src, show(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
