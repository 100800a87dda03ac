# Edge cases of str padding and case conversion, slicing with huge steps
# and bounds, ranges with bounds beyond 64 bits, and reprs of recursive
# containers.
from collections import deque, OrderedDict


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', ascii(r))


# --- center / ljust / rjust on str, bytes, bytearray
for s in ['', 'a', 'ab', 'abc', 'abcd', 'ßé']:
    print(ascii([s.center(w, '*') for w in range(0, 9)]))
    b = s.encode()
    print([b.center(w, b'*') for w in range(0, 9)])
    print([bytearray(b).center(w) for w in range(0, 9)])
    print([b.ljust(w, b'-') for w in range(0, 6)], [bytearray(b).rjust(w, bytearray(b'-')) for w in range(0, 6)])
show('center fill str', lambda: 'a'.center(3, 'xy'))
show('bytes center fill str', lambda: b'a'.center(3, 'x'))
show('bytes center fill long', lambda: b'a'.center(3, b'xy'))
show('bytes center no args', lambda: b'a'.center())
x = b'abc'
print(x.center(2) is x, x.ljust(3) is x, type(bytearray(x).rjust(1)).__name__)

# --- full Unicode case mappings
words = ['ß', 'ﬁ', 'ﬃx', 'İ', 'İstanbul', 'ΑΣ', 'ΑΣ Α', 'Σ', 'ΑΣ.', 'Α.Σ', "ΑΣ'Α", 'aΣb',
         'ΣΣ', 'ǅungla', 'ǆ', 'Ǆ', 'Ⓐⓑ', 'ﬁx ﬂy', 'ßtraße', 'ŉ', 'ΐ', 'hello WORLD', 'ᾳ', 'ᾼ',
         'Ꭰꭰ', 'ſ', 'µ', 'K', 'Å', 'ﬀ', 'ʼn', 'x\udc00Y', "they're bill's", '3rd ΣΑΣ']
for w in words:
    print(ascii(w), [ascii(getattr(w, m)()) for m in
                     ('upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase')],
          w.isupper(), w.islower(), w.istitle())
print('ß'.casefold() == 'SS'.casefold(), 'ﬁ'.casefold(), 'Straße'.casefold() == 'STRASSE'.casefold())

# --- slicing with steps and bounds beyond 64 bits
big = 2**63
seqs = ['abcdef', [1, 2, 3, 4], (1, 2, 3), b'abcd', bytearray(b'abcd'), range(7), range(2, 30, 3)]
steps = [None, 1, -1, 2, -2, big - 1, big, -big, -big - 1, 2**64, -2**64, 2**100, -2**100]
bounds = [None, 0, -1, 3, big, -big, -big - 1, 2**70, -2**70]
for s in seqs:
    out = []
    for st in steps:
        for a in bounds[::2]:
            for b in bounds[1::2]:
                out.append(s[a:b:st])
    print(type(s).__name__, len(out), ascii(out[:12]), hash(ascii(out)) if False else ascii(out[-8:]))
    print(' ', ascii([s[::st] for st in steps]))
    print(' ', ascii([s[a:] for a in bounds]), ascii([s[:b] for b in bounds]))
mv = memoryview(b'abcdef')
print([mv[::st].tobytes() for st in steps])
print([mv[a:b].tobytes() for a in bounds for b in bounds[:4]])
print([list(mv[::st]) for st in [big, -big, 2**70, -2**70]])
show('abcdef[::-(2**63)]', lambda: 'abcdef'[::-(2**63)])
show('step zero', lambda: 'abc'[::0])
show('step zero big', lambda: [1][::0 * 2**70])

l = list(range(10))
l[::big] = [99]
print(l)
l[::-big] = [98]
print(l)
del l[::big]
print(l)
del l[::-2**70]
print(l)
show('extended assign size', lambda: l.__setitem__(slice(None, None, big), [1, 2]))

for sl in [slice(None), slice(None, None, -1), slice(-2**70, 2**70, -2**80), slice(None, None, -big),
           slice(big, -big, 3), slice(2**65, None, -7), slice(-3, -2**64, -1)]:
    for n in [0, 1, 10, 2**70]:
        show('indices %r %d' % (sl, n), lambda: sl.indices(n))
show('indices negative', lambda: slice(1).indices(-1))
show('indices float', lambda: slice(1).indices(1.5))
show('indices step zero', lambda: slice(1, 2, 0).indices(5))
show('indices bad bound', lambda: slice('a', 2).indices(5))

# --- ranges with any ints
R = [range(-2**62, 2**62), range(2**64), range(2**64, 2**64 + 3), range(-2**70, 2**70, 2**68),
     range(2**100, -2**100, -3**50), range(0), range(5, 5), range(10, 0, -3), range(-big, big - 1),
     range(big - 3, big + 3), range(0, 10, big), range(10, -10, -big), range(-big, big, big)]
for r in R:
    print(r, r.start, r.stop, r.step, bool(r))
    show('  len', lambda: len(r))
    show('  len slow', lambda: r.__len__())
    show('  [0] [-1]', lambda: (r[0], r[-1]))
    show('  [big]', lambda: r[2**63])
    show('  [-big]', lambda: r[-2**63])
    show('  head', lambda: [x for _, x in zip(range(4), r)])
    show('  rev head', lambda: [x for _, x in zip(range(4), reversed(r))])
    show('  slice', lambda: (r[::2], r[::-1], r[1:-1:big], r[-2**70:2**70:-3], r[2**62::2**61]))
    show('  in', lambda: (r.start in r, r.stop in r, (r.start + r.step) in r, 2**63 in r, -2**70 in r))
    show('  index', lambda: r.index(r.start))
    show('  index2', lambda: r.index(r.start + 2 * r.step))
    show('  count', lambda: (r.count(r.start), r.count(r.stop), r.count(2**64)))
    show('  eq', lambda: (r == range(r.start, r.stop, r.step), r == r[::1], r == range(0)))
    show('  hash', lambda: hash(r) == hash(range(r.start, r.stop, r.step)) == hash(r[:]))
    show('  iter type', lambda: type(iter(r)).__name__)
    show('  hint', lambda: iter(r).__length_hint__())
print(range(2**64)[2**63] == 2**63, list(range(2**64 + 5, 2**64, -2)))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 5, 7)), range(1, 2) == range(1, 5, 7))
print(range(0, 10, 2) == range(0, 9, 2), range(3)[::-1] == range(2, -1, -1))
show('list big range', lambda: list(range(2**64)))
show('range float', lambda: range(1.5))
show('range zero step', lambda: range(0, 1, 0 * 2**80))
show('range zero step small', lambda: range(0, 1, 0))
show('index missing', lambda: range(2**64).index(-1))
show('index missing float', lambda: range(3).index(5.0))
show('index float', lambda: range(3).index(2.0))
show('count float', lambda: range(3).count(1.0))
show('bool contains', lambda: (True in range(3), False in range(1, 3), range(3).index(True)))


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


show('range index obj', lambda: (range(I(2**65))[I(2**64)], range(10)[I(-1)], 'abcdef'[I(-2**70):I(2**70):I(-2**64)]))
show('range index out', lambda: range(10)[2**64])
show('range bad index', lambda: range(10)['a'])
it = iter(range(2**64 - 2, 2**64 + 1))
print(next(it), it.__length_hint__(), list(it))
print(sum(range(2**64, 2**64 + 100)), max(range(-2**70, -2**70 + 5)), sorted(range(big + 2, big - 2, -1)))
print([i for i in range(big - 2, big + 2)], list(reversed(range(-big - 2, -big + 2))))
print(list(range(big - 1, -big - 1, -big)), list(reversed(range(big - 1, -big - 1, -big))))

# --- reprs of recursive containers
l = []
l.append(l)
print(repr((l,)), repr([l]), repr({1: l}), repr((l, (l,))))
d = {}
d['d'] = d
print(repr(d), repr([d]), repr((d,)), repr({'x': [d, (d,)]}))
t = ([],)
t[0].append(t)
print(repr(t), repr([t]), str(t))
a, b = [], []
a.append(b)
b.append(a)
print(repr(a), repr(b), repr((a, b)))
dq = deque()
dq.append(dq)
print(repr(dq), repr([dq]), repr((dq,)))
od = OrderedDict()
od['o'] = od
print(repr(od), repr((od,)))
s = [1]
s.append({2: s, 3: (s, [s])})
print(repr(s))


class Box:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return 'Box(%r)' % (self.items,)


bx = Box()
bx.items.append(bx.items)
print(repr(bx), repr((bx, bx.items)))
