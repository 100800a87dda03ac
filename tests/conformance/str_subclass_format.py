# str subclass instances through formatting: '%s' % x and str(x) give a
# plain str; format(x, spec), str.format and f-strings give back x itself
# when the spec changes nothing and nothing else is written (CPython's
# writer hands back the object it was given); a __format__ may return a
# str subclass; partition gives back a str or bytes that has no separator;
# %c takes str subclasses and any integer with __index__, with CPython's
# range errors; errors name the subclass.
class S(str):
    def __str__(self): return 'STR'
    def __format__(self, spec): return 'FMT' + spec
class P(str): pass
class R(str):
    def __repr__(self): return 'REPR'
for cls in (S, P, R):
    x = cls('val')
    cases = {
        "'%s' % x": lambda: '%s' % x,
        "'%s' % (x,)": lambda: '%s' % (x,),
        "'%s%s' % (x, x)": lambda: '%s%s' % (x, x),
        "'%r' % x": lambda: '%r' % x,
        "'%a' % x": lambda: '%a' % x,
        "'%.2s' % x": lambda: '%.2s' % x,
        "'%5s' % x": lambda: '%5s' % x,
        "'%(k)s' % {'k': x}": lambda: '%(k)s' % {'k': x},
        "'a%s' % x": lambda: 'a%s' % x,
        "'%s' % 'plain'": lambda: '%s' % 'plain',
        "format(x)": lambda: format(x),
        "format(x, '')": lambda: format(x, ''),
        "format(x, '5')": lambda: format(x, '5'),
        "f'{x}'": lambda: f'{x}',
        "f'{x!s}'": lambda: f'{x!s}',
        "f'{x!r}'": lambda: f'{x!r}',
        "f'{x:5}'": lambda: f'{x:5}',
        "f'a{x}'": lambda: f'a{x}',
        "'{}'.format(x)": lambda: '{}'.format(x),
        "'{!s}'.format(x)": lambda: '{!s}'.format(x),
        "str(x)": lambda: str(x),
        "str.__str__(x)": lambda: str.__str__(x),
        "x.__str__()": lambda: x.__str__(),
        "str.__format__(x, '')": lambda: str.__format__(x, ''),
        "''.join([x])": lambda: ''.join([x]),
        "''.join([x, x])": lambda: ''.join([x, x]),
        "x + ''": lambda: x + '',
        "'' + x": lambda: '' + x,
        "x * 1": lambda: x * 1,
        "x[:]": lambda: x[:],
        "x.strip()": lambda: x.strip(),
        "x.lower()": lambda: x.lower(),
        "x.replace('q', 'z')": lambda: x.replace('q', 'z'),
        "x.ljust(2)": lambda: x.ljust(2),
        "x.center(1)": lambda: x.center(1),
        "x.zfill(1)": lambda: x.zfill(1),
        "x.expandtabs()": lambda: x.expandtabs(),
        "x.format()": lambda: x.format(),
        "x.removeprefix('q')": lambda: x.removeprefix('q'),
        "x.title()": lambda: x.title(),
        "x.split()[0]": lambda: x.split()[0],
        "x.partition('q')[0]": lambda: x.partition('q')[0],
        "x.translate({})": lambda: x.translate({}),
        "repr(x)": lambda: repr(x),
        "ascii(x)": lambda: ascii(x),
        "str(x, )": lambda: str(x),
        "'%c' % x": lambda: '%c' % cls('v'),
        "x % ()": lambda: cls('%%') % (),
        "'{:s}'.format(x)": lambda: '{:s}'.format(x),
        "format(x, 's')": lambda: format(x, 's'),
        "'%-s' % x": lambda: '%-s' % x,
        "'%s' % [x]": lambda: '%s' % [x],
        "print": lambda: '',
        "sys.intern": lambda: __import__('sys').intern(str(x)),
        "'{0}'.format_map": lambda: '{0}'.format_map({}) if False else '{k}'.format_map({'k': x}),
    }
    for name, f in cases.items():
        try:
            r = f()
            print(cls.__name__, name, repr(r) if type(r) is str else 'R' + repr(str.__str__(r)), type(r).__name__)
        except Exception as e:
            print(cls.__name__, name, type(e).__name__, e)

class P(str): pass
class B(bytes): pass
class BA(bytearray): pass
x = P('val'); y = P('a{{b}}'); e = P('')
b = B(b'val')
ba = BA(b'val')
cases = {
    "format(x, 's')": lambda: format(x, 's'),
    "format(x, '2')": lambda: format(x, '2'),
    "format(x, '3')": lambda: format(x, '3'),
    "format(x, '4')": lambda: format(x, '4'),
    "format(x, '.5')": lambda: format(x, '.5'),
    "format(x, '.3')": lambda: format(x, '.3'),
    "format(x, '.2')": lambda: format(x, '.2'),
    "format(x, '<')": lambda: format(x, '<'),
    "format(x, '>3')": lambda: format(x, '>3'),
    "format(x, '^1s')": lambda: format(x, '^1s'),
    "format(x, 'x<3')": lambda: format(x, 'x<3'),
    "format(x, '=')": lambda: format(x, '='),
    "format(e, 's')": lambda: format(e, 's'),
    "format(e, '')": lambda: format(e, ''),
    "str.__format__(x, 's')": lambda: str.__format__(x, 's'),
    "x.__format__('s')": lambda: x.__format__('s'),
    "f'{x:s}'": lambda: f'{x:s}',
    "f'{x:}'": lambda: f'{x:}',
    "f'{x:2}'": lambda: f'{x:2}',
    "f'a{x:s}'": lambda: f'a{x:s}',
    "f'{x:s}{e}'": lambda: f'{x:s}{e}',
    "f'{x!s:s}'": lambda: f'{x!s:s}',
    "f'{x!r:s}'": lambda: f'{x!r:s}',
    "'{:s}'.format(x)": lambda: '{:s}'.format(x),
    "'{0:s}'.format(x)": lambda: '{0:s}'.format(x),
    "'{:s}{}'.format(x, '')": lambda: '{:s}{}'.format(x, ''),
    "'{:s}{}'.format(x, e)": lambda: '{:s}{}'.format(x, e),
    "'{}{:s}'.format('', x)": lambda: '{}{:s}'.format('', x),
    "'{:s}{:s}'.format(x, x)": lambda: '{:s}{:s}'.format(x, x),
    "'{!s:s}'.format(x)": lambda: '{!s:s}'.format(x),
    "'{:{}}'.format(x, 's')": lambda: '{:{}}'.format(x, 's'),
    "'{0[0]:s}'.format([x])": lambda: '{0[0]:s}'.format([x]),
    "'{:s}'.format_map": lambda: '{k:s}'.format_map({'k': x}),
    "x.format()": lambda: x.format(),
    "y.format()": lambda: y.format(),
    "e.format()": lambda: e.format(),
    "x.format(1, k=2)": lambda: x.format(1, k=2),
    "x.format_map({})": lambda: x.format_map({}),
    "'{}'.format(x)": lambda: '{}'.format(x),
    "x.partition('q')": lambda: x.partition('q'),
    "x.rpartition('q')": lambda: x.rpartition('q'),
    "x.partition('a')": lambda: x.partition('a'),
    "x.split('q')": lambda: x.split('q'),
    "x.rsplit('q')": lambda: x.rsplit('q'),
    "x.split()": lambda: x.split(),
    "x.splitlines()": lambda: x.splitlines(),
    "x.rsplit()": lambda: x.rsplit(),
    "b.partition(b'q')": lambda: b.partition(b'q'),
    "b.rpartition(b'q')": lambda: b.rpartition(b'q'),
    "b.split(b'q')": lambda: b.split(b'q'),
    "b.split()": lambda: b.split(),
    "b.splitlines()": lambda: b.splitlines(),
    "ba.partition(b'q')": lambda: ba.partition(b'q'),
    "b''.join([b])": lambda: b''.join([b]),
    "b'%s' % b": lambda: b'%s' % b,
    "b'%s' % (b,)": lambda: b'%s' % (b,),
    "b % ()": lambda: B(b'%%') % (),
    "b'%c' % B(b'v')": lambda: b'%c' % B(b'v'),
    "b'%c' % BA(b'v')": lambda: b'%c' % BA(b'v'),
    "'%c' % P('v')": lambda: '%c' % P('v'),
    "'%c' % P('vv')": lambda: '%c' % P('vv'),
    "'%c' % 'vv'": lambda: '%c' % 'vv',
    "'%c' % b'v'": lambda: '%c' % b'v',
    "'%.1c' % P('v')": lambda: '%3c' % P('v'),
    "format(P('v'), 'c')": lambda: format(P('v'), 'c'),
    "b.strip()": lambda: b.strip(),
    "b[:]": lambda: b[:],
    "b * 1": lambda: b * 1,
    "b.replace(b'q', b'z')": lambda: b.replace(b'q', b'z'),
    "b.ljust(2)": lambda: b.ljust(2),
    "bytes(b)": lambda: bytes(b),
    "x.join([])": lambda: x.join([]),
    "P('').join([x])": lambda: P('').join([x]),
    "str(x)": lambda: str(x),
    "('%s' % x)": lambda: '%s' % x,
    "x.center(3)": lambda: x.center(3),
    "x.casefold()": lambda: x.casefold(),
    "x.swapcase()": lambda: x.swapcase(),
    "x.capitalize()": lambda: x.capitalize(),
    "x.upper()": lambda: x.upper(),
    "x.rjust(3)": lambda: x.rjust(3),
    "x.lstrip('q')": lambda: x.lstrip('q'),
    "x.removesuffix('q')": lambda: x.removesuffix('q'),
    "max(x)": lambda: max([x]),
    "x.encode().decode()": lambda: x.encode().decode(),
    "str(b, 'ascii')": lambda: str(b, 'ascii'),
}
def show(r):
    if isinstance(r, tuple) or isinstance(r, list):
        return '[' + ', '.join(show(i) for i in r) + ']'
    return type(r).__name__ + ':' + (repr(str.__str__(r)) if isinstance(r, str) else repr(bytes(r)) if isinstance(r, (bytes, bytearray)) else repr(r)) + (' self' if r is x or r is b or r is ba or r is e else '')
for name, f in cases.items():
    try:
        print(name, show(f()))
    except Exception as ex:
        print(name, type(ex).__name__, ex)

class P(str): pass
class Q(str):
    def __format__(self, spec): return P('zz' + spec)
class I(int): pass
class F(float): pass
class W:
    def __format__(self, spec): return P(spec or 'w')
def show(r):
    return type(r).__name__ + ':' + repr(str(r) if isinstance(r, str) else r)
cases = {
    "format(Q('a'), '')": lambda: format(Q('a'), ''),
    "format(W(), 'q')": lambda: format(W(), 'q'),
    "f'{Q(1)}'": lambda: f'{Q(1)}',
    "f'{Q(1)}{1}'": lambda: f'{Q(1)}{1}',
    "f'{W()}-{W():x}'": lambda: f'{W()}-{W():x}',
    "'{}'.format(Q(1))": lambda: '{}'.format(Q(1)),
    "'{}'.format(W())": lambda: '{}'.format(W()),
    "'{:y}'.format(W())": lambda: '{:y}'.format(W()),
    "'a{}'.format(W())": lambda: 'a{}'.format(W()),
    "'{k}'.format_map({'k': W()})": lambda: '{k}'.format_map({'k': W()}),
    "str.format(P('ab'))": lambda: str.format(P('ab')),
    "P('ab{}').format('')": lambda: P('ab{}').format(''),
    "P('{}ab').format('')": lambda: P('{}ab').format(''),
    "P('{}').format(P('q'))": lambda: P('{}').format(P('q')),
    "P('{:s}').format(P('q'))": lambda: P('{:s}').format(P('q')),
    "P('}}').format()": lambda: P('}}').format(),
    "P('').format()": lambda: P('').format(),
    "P('ab}').format()": lambda: P('ab}').format(),
    "'{:{}}'.format(P('q'), W())": lambda: '{:{}}'.format(P('q'), W()),
    "format(I(5), 'q')": lambda: format(I(5), 'q'),
    "format(F(5), 'q')": lambda: format(F(5), 'q'),
    "format(True, 'q')": lambda: format(True, 'q'),
    "format(True, '')": lambda: format(True, ''),
    "format(True, 'd')": lambda: format(True, 'd'),
    "format(I(5), 'xx')": lambda: format(I(5), 'xx'),
    "format(P('v'), 'xx')": lambda: format(P('v'), 'xx'),
    "format(P('v'), '=')": lambda: format(P('v'), '='),
    "format(P('v'), ',')": lambda: format(P('v'), ','),
    "format(5, 'q')": lambda: format(5, 'q'),
    "format('v', 'q')": lambda: format('v', 'q'),
    "I(5).__format__('q')": lambda: I(5).__format__('q'),
    "int.__format__(True, 'q')": lambda: int.__format__(True, 'q'),
    "P('vvv').__format__('.1')": lambda: P('vvv').__format__('.1'),
    "'%c' % P('v')": lambda: '%c' % P('v'),
    "'%c' % P('')": lambda: '%c' % P(''),
    "'%c' % I(65)": lambda: '%c' % I(65),
    "P('v').partition('v')": lambda: P('v').partition('v'),
    "'v'.partition('q')[0]": lambda: 'v'.partition('q')[0],
}
for name, f in cases.items():
    try:
        r = f()
        print(name, [show(x) for x in r] if isinstance(r, tuple) else show(r))
    except Exception as ex:
        print(name, type(ex).__name__, ex)
s = 'abc'
print(format(s, 's') is s, '{}'.format(s) is s, f'{s:3}' is s, s.format() is s, s.partition('q')[0] is s)
b = b'abc'
print(b.partition(b'q')[0] is b, b.rpartition(b'q')[2] is b)

class I(int): pass
class X:
    def __index__(self): return 66
class Bad:
    def __index__(self): raise ValueError('boom')
for v in [65, I(65), X(), -1, 0x110000, 0x10FFFF, 2**70, 1.5, True, Bad(), 'ab', b'a', None]:
    try:
        print(repr('%c' % v))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(repr(b'%c' % v))
    except Exception as e:
        print(type(e).__name__, e)
