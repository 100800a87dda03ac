# The str that __str__, __repr__ or __format__ returns, of a str subclass too,
# is the result itself where it is the whole result of %-formatting,
# str.format, format() or an f-string, as CPython returns the one string its
# writer was given; anything added to it makes a new str.
class S(str):
    pass


class X:
    def __str__(self):
        return S('a')

    def __repr__(self):
        return S('r')


class U:
    def __repr__(self):
        return S('\xe9')


class F:
    def __format__(self, spec):
        return S('f' + spec)


def show(label, r):
    print(label, type(r).__name__, repr(r))


x = X()
for fmt in ['%s', 'x%s', '%r', '%a', '%s%s', '%5s', '%1s', '%-1s', '%.1s', '%.0s', '%+s', '% s',
            '%%%s', '%(k)s', '%s%%']:
    try:
        if '(' in fmt:
            r = fmt % {'k': x}
        else:
            r = fmt % ((x,) * fmt.replace('%%', '').count('%'))
    except Exception as e:
        r = e
    show(fmt, r)
show("'%s%s' % ('', x)", '%s%s' % ('', x))
show("'%a' % U()", '%a' % U())
show('ascii(U())', ascii(U()))
show('ascii(x)', ascii(x))
show('format(x)', format(x))
show("format(x, '')", format(x, ''))
show("format(F(), 'z')", format(F(), 'z'))
show("'{}'.format(x)", '{}'.format(x))
show("'{!s}'.format(x)", '{!s}'.format(x))
show("'{!r}'.format(x)", '{!r}'.format(x))
show("'{:z}'.format(F())", '{:z}'.format(F()))
show("'<{}>'.format(x)", '<{}>'.format(x))
show("f'{x}'", f'{x}')
show("f'{x!s}'", f'{x!s}')
show("f'{x!r}'", f'{x!r}')
show("f'{F():q}'", f'{F():q}')
show("f'-{x}'", f'-{x}')
s = 'plain'
print(('%s' % s) is s, ('%s' % (s,)) is s, format(s) is s, f'{s}' is s)
try:
    '%s' % (x, x)
except TypeError as e:
    print('TypeError', e)
