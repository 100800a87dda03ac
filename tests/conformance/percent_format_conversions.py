# %-formatting of str and bytes: a '%' conversion is the literal '%' only
# right after the '%' that opens it; the float conversions take what
# float's own protocol gives (a str is refused, whatever it holds), and
# bytes report any failure as "float argument required".
class Half:
    def __float__(self):
        return 0.5


class Idx:
    def __index__(self):
        return 7


class Bad:
    def __float__(self):
        raise RuntimeError('no float')


def attempt(f, a):
    try:
        print(repr(f), repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)


for fmt in ['% %s', '%5%', '%-%', '%.2%', '%(a)%', '%%', 'x%%y', '%*%', '%l%', '%%%s']:
    for f in (fmt, fmt.encode()):
        if '(' in fmt:
            a = {'a': 1} if isinstance(f, str) else {b'a': 1}
        elif '*' in fmt or fmt == '%%%s':
            a = (3,)
        else:
            a = ()
        attempt(f, a)
attempt('% %s', 1)
for conv in 'eEfFgG':
    for v in ['1', b'1', 1, 2.5, True, Half(), Idx(), Bad(), None, 3 + 0j]:
        attempt('%' + conv, v)
        attempt(('%' + conv).encode(), v)
