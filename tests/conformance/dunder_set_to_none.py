def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
for dn in ['__bool__', '__len__', '__iter__', '__contains__', '__reversed__', '__eq__', '__lt__', '__add__', '__radd__', '__getitem__', '__hash__', '__index__', '__int__', '__float__', '__neg__', '__call__', '__repr__', '__str__', '__format__', '__enter__', '__next__', '__setitem__', '__delitem__', '__abs__', '__round__', '__length_hint__', '__iadd__']:
    C = type('C', (), {dn: None})
    c = C()
    ops = {'__bool__': lambda: bool(c), '__len__': lambda: len(c), '__iter__': lambda: iter(c), '__contains__': lambda: 1 in c,
           '__reversed__': lambda: reversed(c), '__eq__': lambda: c == 1, '__lt__': lambda: c < 1, '__add__': lambda: c + 1, '__radd__': lambda: 1 + c,
           '__getitem__': lambda: c[0], '__hash__': lambda: hash(c), '__index__': lambda: [1][c], '__int__': lambda: int(c), '__float__': lambda: float(c),
           '__neg__': lambda: -c, '__call__': lambda: c(), '__repr__': lambda: repr(c)[:10], '__str__': lambda: str(c)[:10], '__format__': lambda: format(c, ''),
           '__enter__': lambda: exec('with c: pass', {'c': c}), '__next__': lambda: next(c), '__setitem__': lambda: c.__class__.__setitem__, '__delitem__': lambda: exec('del c[0]', {'c': c}),
           '__abs__': lambda: abs(c), '__round__': lambda: round(c), '__length_hint__': lambda: __import__('operator').length_hint(c, 7), '__iadd__': lambda: exec('c += 1', {'c': c})}
    t(dn, ops[dn])
