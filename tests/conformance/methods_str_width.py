s = '\ud800'
for spec in ['10', '<5', '^7', '>4', '.0', '\ud801^6', '\ud801<3', ' ', '+', '-']:
    try:
        print(ascii(format(s, spec)), ascii(format('ab', spec)))
    except ValueError as e:
        print(e)
print(ascii(s.center(8)), ascii(s.ljust(3, '\udc00')), ascii(s.rjust(2)), ascii(s.zfill(4)), ascii(('-' + s).zfill(5)))
print(s.count(''), ('a' + s + 'b').count(''), ('x' + s * 3).count('', 1), ascii(f'{s:>5}|{s!r:^9}|'))
print(ascii('{:*^7}'.format(s + 'é')), ascii('%5s|%-4s|' % (s, s)))
for v, spec in [(1e308, '%'), (1e308, '+.2%'), (-1e308, '%'), (1e307, '.1%'), (2**64, 'c'), (-2**70, 'c'), (0x10ffff + 1, 'c'), (0xd800, 'c'), (-1, 'c')]:
    try:
        print(ascii(format(v, spec)))
    except OverflowError as e:
        print('OverflowError', e)
b = bytearray(b'ab')
for n in [2**63, 10**30, -2**64]:
    try:
        b *= n
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
s = 'a\ud800b\udc00'
for n in [-1, 0, 1, 2, 5, 9]:
    print(ascii(s.replace('', '-', n)), ascii('\ud800'.replace('', '\t', n)))
for sub in ['', 'b', '\udc00', '\ud800', 'x']:
    print(s.find(sub), s.rfind(sub), s.find(sub, 1), s.rfind(sub, 0, 3), s.count(sub))
print(ascii('%.2s|%.1r|%5.1s|' % (s, s, s)))
for f, a in [(b'b', bytearray(b'abc')), (bytearray(b'b'), bytearray(b'abc')), (b'%(x)s', {b'x': 1}), (b'b', memoryview(b'x')), (b'b', 'str')]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
