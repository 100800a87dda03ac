# OSError's errno lookup compares int subclasses; property() passes on
# errors of fget.__doc__; bytes containment and str.find-style bounds;
# format specs of str subclasses and CPython's messages; bytearray += itself;
# generator.throw's arguments; to_bytes of a huge length; source text with
# lone surrogates.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Boom(Exception): pass
class IS(int):
    def __index__(self): raise Boom
    def __eq__(self, o): raise Boom
    __hash__ = int.__hash__
class IS2(int):
    def __eq__(self, o): print("IS2.eq"); return False
    __hash__ = int.__hash__
class IS3(int):
    def __hash__(self): return 2
class IS4(int):
    pass
class GR:
    def __getattribute__(self, name):
        if name == "__doc__": raise Boom(name)
        return object.__getattribute__(self, name)
    def __call__(self, o): return 1
t(lambda: OSError(IS(3), 'x'))
t(lambda: OSError(IS(999), 'x'))
t(lambda: OSError(IS2(3), 'x'))
t(lambda: OSError(IS3(3), 'x'))
t(lambda: OSError(IS4(2), 'x'))
t(lambda: OSError([], 'x'))
t(lambda: OSError(2.0, 'x'))
t(lambda: property(GR()))
t(lambda: property(GR(), doc="d").__doc__)


class IR:
    def __index__(self):
        return self.__index__()


class B:
    def __index__(self):
        raise KeyError


for f in [lambda: IR() in bytearray(), lambda: B() in b'ab', lambda: 'a\tb'.rindex(0, IR()), lambda: 'ab'.find(0, B()),
          lambda: 'ab'.count(0, 'x'), lambda: b'ab'.find(b'a', B()), lambda: 'ab'.startswith(0, B()),
          lambda: 'ab'.index(0, None, B())]:
    t(f)


class S(str):
    pass


for v in [1.5, 1, 'x', True, object(), [1], b'x']:
    for spec in [S('ab'), S(''), S('>5')]:
        t(lambda: type(v).__format__(v, spec) if not isinstance(v, object) or type(v) not in (object,) else "obj")
for v, s in [('x', 'ab'), (1, 'ab'), (1.5, 'ab'), ('x', 'é'), (1, '5é'), ('x', '<<<')]:
    t(lambda: format(v, s))


class D(dict):
    pass


t(lambda: eval('a', {}, D(a=1)))
def iadd(b):
    b += b
    return b
t(lambda: iadd(bytearray()))
t(lambda: iadd(bytearray(b'ab')))
t(lambda: bytearray(b'ab').__iadd__(bytearray(b'ab')))
b = bytearray(b'xy'); t(lambda: b.extend(b)); t(lambda: b)
b = bytearray(b'xy'); t(lambda: b.__iadd__(b''))
b = bytearray(b'xy'); m = memoryview(b); t(lambda: b.__iadd__(b'')); t(lambda: b.__iadd__(b'z'))
def g():
    try:
        yield 1
    except Exception as e:
        yield "caught %s %r" % (type(e).__name__, e.args)
def mk():
    x = g(); next(x); return x
t(lambda: mk().throw(lambda x: 1/0, 'ABC def'))
t(lambda: mk().throw(ValueError))
t(lambda: mk().throw(ValueError, 'v'))
t(lambda: mk().throw(ValueError, ('a', 'b')))
t(lambda: mk().throw(ValueError, None))
t(lambda: mk().throw(ValueError, ValueError('inst')))
t(lambda: mk().throw(ValueError, KeyError('k')))
t(lambda: mk().throw(ValueError('x'), 'v'))
t(lambda: mk().throw(ValueError('x'), None))
t(lambda: mk().throw(5))
t(lambda: mk().throw(int))
t(lambda: mk().throw(ValueError, 'v', 5))
t(lambda: mk().throw(ValueError, 'v', None))
t(lambda: (x for x in [1]).throw(lambda x: 1/0, 'ABC def'))
import sys
def h():
    try:
        yield 1
    except ValueError:
        yield sys.exc_info()[2] is not None
x = h(); next(x)
try:
    raise KeyError
except KeyError:
    tb = sys.exc_info()[2]
print(x.throw(ValueError, None, tb))
class E(Exception):
    def __init__(self, *a): self.a = a
t(lambda: mk().throw(E, (1, 2)))
t(lambda: mk().throw(E, [1, 2]))
for n in [2**63-1, 2**63-33, 2**63-34]:
  try: print(False.to_bytes(n))
  except Exception as e: print(type(e).__name__, e)
for s in ['\ud800', 'x = "\ud800"', '# \udcff']:
  try: exec(s)
  except Exception as e: print(type(e).__name__, e)
  try: compile(s, 'f', 'exec')
  except Exception as e: print(type(e).__name__, e)
  try: eval(s)
  except Exception as e: print(type(e).__name__, e)
