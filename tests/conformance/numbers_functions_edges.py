# Numeric and function-object edge cases: math's integer functions with big
# and negative arguments, round() and float ** special cases, __index__
# results beyond an index-sized integer, function __defaults__ and
# __kwdefaults__, equality of bound methods, classmethod and staticmethod
# objects, descriptor __get__ arguments, str subclasses as keywords.
# (__index__ returning a bool or an int subclass is accepted with a
# DeprecationWarning on stderr; the cases here avoid it to keep stderr empty.)
import math

inf = float('inf')
nan = float('nan')


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r))


def power(x, y):
    """x ** y; a complex result (NotImplementedError in pyjit, which has
    no complex type) shows as 'complex'."""
    try:
        r = x ** y
    except NotImplementedError as e:
        if 'complex' in str(e):
            return 'complex'
        raise
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return 'complex' if type(r).__name__ == 'complex' else repr(r)


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return 'I(%r)' % (self.v,)


print('-- math integer functions')
for a in [(10**20, 3), (5, 2), (5, -1), (-1, 2), (5, 6), (2**64, 2**64 - 1), (10, 0),
          (1.0, 2), (True, 1), (I(10**20), I(2)), (10**30, 10**30 - 2), (0, 0), (-5, -1),
          (2**100, 2**70), ('5', 2)]:
    show(math.comb, *a)
for a in [(-1,), (5,), (5, 2), (5, -1), (-1, 2), (5, 6), (10**20, 2), (None,), (5, None),
          (True,), (I(7), I(3)), (2**70, 2**70 + 1), (10, 2**70), (0,), (0, 0)]:
    show(math.perm, *a)
for a in [(-1,), (0,), (20,), (25,), (5.0,), (True,), (10**20,), (-10**20,), (I(6),), ('3',)]:
    show(math.factorial, *a)
for a in [(-1,), (0,), (10**40,), (2**64 - 1,), (5.0,), (True,), (I(17),), (-10**30,)]:
    show(math.isqrt, *a)
for a in [(), (0,), (-4,), (10**30, -(10**20)), (4, 6, 8), (2.0, 4), (I(12), 18), (0, 0, 5)]:
    show(math.gcd, *a)
for a in [(), (0,), (-4,), (10**30, -(10**20)), (4, 6, 8), (2.0, 4), (0, 5), (I(4), 6), (0, 2.0)]:
    show(math.lcm, *a)

print('-- round')
floats = [-0.4, 0.4, -0.0, 0.0, 2.5, -2.5, 0.5, -0.5, 1.5, 0.125, 0.375, 2.675, 1e300, -1e-300,
          123.456, -123.456, 5e-324, 1.7976931348623157e308, inf, -inf, nan, -1e-5, -4.9e-10]
for x in floats:
    row = []
    for n in [None, 0, 1, 2, -1, -2, 300, -300, 400, -400, 10**20, -10**20, I(-1), True]:
        try:
            row.append(repr(round(x) if n is None else round(x, n)))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(x), row)
for x in [0, 5, 15, 25, -25, 125, 12345, -12345, 10**30 + 5 * 10**10, True, -5]:
    row = []
    for n in [0, 1, -1, -2, -5, -40, 10**20, -400, I(-1), False]:
        r = round(x, n)
        row.append('%r:%s' % (r, type(r).__name__))
    print(x, row)
show(round, 2.5, None)
show(round, 2.5, 1.0)
show(round, 'a')
show(round, 2.5, '1')
show(round, 1e308, -308)
show(round, 1.7976931348623157e308, -308)
print(type(round(True, 0)).__name__, type(round(True)).__name__, type(round(2.5)).__name__)

print('-- float **')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1e308, -1e308, 1e-308,
        inf, -inf, nan, 2.5, -2.5]
exps = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, -3.0, 1e308, -1e308, inf, -inf, nan,
        1e10, 1e10 + 1, 2**53 + 1.0, -(2**53 + 1.0), 1023.0, 1024.0, -1075.0]
for x in vals:
    print(repr(x), [power(x, y) for y in exps])
for x in vals:
    row = []
    for y in exps:
        try:
            row.append(repr(math.pow(x, y)))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print('math.pow', repr(x), row)
for a, b in [(2, -1), (0, -1), (-2, -1), (10, -400), (-1, 10**20), (True, -2), (10, 400.0),
             (1.5, 10**20), (0.0, -1), (-0.0, -3), (-inf, 0.5), (-inf, 3), (-inf, -3), (-inf, -0.5)]:
    print(power(a, b))
show(pow, 2.0, 3, 5)
for a, b in [(-8.0, 1 / 3), (-2.0, 0.5), (-1.0, 1.5), (-8, 1 / 3)]:
    print(power(a, b))

print('-- __index__ beyond an index-sized integer')
big = I(2**70)
for what, f in [('list[]', lambda: [1, 2][big]), ('tuple[]', lambda: (1, 2)[big]),
                ('str[]', lambda: 'ab'[big]), ('bytes[]', lambda: b'ab'[big]),
                ('range[]', lambda: range(5)[big]), ('list*', lambda: [1] * big),
                ('*list', lambda: big * [1] if False else [1] * I(-2**70)),
                ('tuple*', lambda: (1,) * big), ('str*', lambda: 'a' * big), ('bytes*', lambda: b'a' * big),
                ('list*int', lambda: [1] * 2**70), ('str*int', lambda: 'a' * 2**70),
                ('list.__mul__', lambda: [1].__mul__(big)), ('list[int]', lambda: [1][2**70]),
                ('slice', lambda: [1, 2, 3][I(-2**70):big]), ('slice step', lambda: [1, 2, 3][::big]),
                ('list.pop str', lambda: [1].pop('a')), ('list.insert str', lambda: [1].insert('a', 0)),
                ('bin', lambda: bin(big)), ('hex', lambda: hex(I(-2**70))), ('oct', lambda: oct(big)),
                ('to_bytes', lambda: (1).to_bytes(big, 'big')), ('ljust', lambda: 'a'.ljust(big)),
                ('center', lambda: 'a'.center(I(3))), ('zfill', lambda: '5'.zfill(I(3))),
                ('list.pop', lambda: [1].pop(big)), ('list.insert', lambda: [1].insert(big, 0) or 'ok'),
                ('list[]=', lambda: [1].__setitem__(big, 0)), ('del list[]', lambda: [1].__delitem__(big)),
                ('tuple.index', lambda: (1, 2).index(2, I(0), big)), ('str.find', lambda: 'ab'.find('b', I(-2**70), big)),
                ('chr', lambda: chr(big)), ('list[I(1)]', lambda: [1, 2][I(1)]), ('float idx', lambda: [1][I(1.0)])]:
    try:
        print(what, repr(f()))
    except Exception as e:
        print(what, type(e).__name__, e)

print('-- __defaults__ and __kwdefaults__')


def h(a=1, *, b=2):
    return a, b


def g():
    pass


print(g.__defaults__, g.__kwdefaults__)
h.__defaults__ = ()
print(h.__defaults__)
show(h, 5)
show(h)
h.__defaults__ = None
print(h.__defaults__)
h.__kwdefaults__ = {}
print(h.__kwdefaults__)
show(h, 1)
h.__kwdefaults__ = None
print(h.__kwdefaults__)
for name, v in [('__defaults__', [1]), ('__kwdefaults__', [1]), ('__defaults__', (7,)),
                ('__kwdefaults__', {'b': 3}), ('__defaults__', 5), ('__kwdefaults__', ())]:
    try:
        setattr(h, name, v)
        print(name, getattr(h, name))
    except Exception as e:
        print(name, type(e).__name__, e)
show(h)


class T(tuple):
    pass


h.__defaults__ = T((8,))
show(h)
del h.__defaults__
print(h.__defaults__)
del h.__kwdefaults__
print(h.__kwdefaults__)

print('-- bound method equality')
xs = []
ys = []
print(xs.append == xs.append, xs.append != xs.append, hash(xs.append) == hash(xs.append))
print(xs.append == ys.append, xs.append == xs.extend, xs.append == xs.append.__self__.append)
print({xs.append: 1}[xs.append], len({xs.append, xs.append}))


class C:
    def m(self):
        return 'm'

    def n(self):
        return 'n'

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


c = C()
d = C()
print(c.m == c.m, c.m != c.m, c.m == d.m, c.m == c.n, hash(c.m) == hash(c.m), c.m is c.m)
print({c.m: 1}[c.m])
print((1).__add__ == (1).__add__, 'a'.upper == 'a'.upper, [].append == [].append, len == len)
print(math.sqrt == math.sqrt, dict.fromkeys == dict.fromkeys)
C.m.tag = 'tagged'
print(c.m.tag, c.m.__get__(5)(), c.m.__func__ is C.m)
show(lambda: c.m.nothing)

print('-- classmethod and staticmethod')
print(callable(classmethod(len)), callable(staticmethod(len)))
show(classmethod(len), [1])
show(staticmethod(len), [1, 2])


class D:
    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def k(cls):
        return cls.__name__

    s2 = staticmethod(s)


print(D.s(2), D().s(3), D.k(), D().k(), D.__dict__['s'](4), D.s2(5))
show(D.__dict__['k'])

print('-- __get__')
show(g.__get__, None, None)
show(g.__get__, None)
show(lambda: g.__get__(1)())
show(lambda: g.__get__(None, int) is g)
show(lambda: g.__get__(1, int).__self__)
show(g.__get__, 1, 2, 3)
show(C.m.__get__, None, None)
show(lambda: c.m.__get__(7).__self__)
show(lambda: hasattr(len, '__get__'))
show(classmethod(g).__get__, None, None)
show(lambda: classmethod(g).__get__(None, int).__self__)
show(lambda: classmethod(g).__get__(1).__self__)
show(lambda: classmethod(g).__get__(1, None).__self__)
show(staticmethod(g).__get__, None, None)
show(lambda: staticmethod(g).__get__(1) is g)
show(property(g).__get__, None, None)
show(lambda: type(property(g).__get__(None, int)).__name__)
show(list.append.__get__, None, None)
show(lambda: list.append.__get__([], None).__name__)
show(list.append.__get__, 1)
show(lambda: list.append.__get__(None, list) is list.append)
show(int.real.__get__, None, None)
show(int.real.__get__, 5)

print('-- str subclasses as keywords')


class S(str):
    pass


def kw(**k):
    return k


def pos(a, b=0):
    return a, b


show(kw, **{S('a'): 1})
show(pos, **{S('a'): 1, S('b'): 2})
show(dict, **{S('a'): 1})
show(h, **{S('b'): 3})
show(lambda: pos(1, **{S('a'): 2}))
show(lambda: kw(**{1: 2}))
show(lambda: kw(**{S('x'): 1}, **{'x': 2}))
