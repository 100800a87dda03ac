from types import MappingProxyType as MP
import collections
m = MP({'a': 1})
print(m, m['a'], len(m), 'a' in m, list(m), m.get('b', 2), m.copy(), m | {'c': 3})
c = collections.OrderedDict(x=1)
p = MP(c)
print(p, len(p), 'x' in p, list(p.items()), type(p.copy()))
for bad in ([], (), 3):
    try:
        MP(bad)
    except TypeError as e:
        print(e)
try:
    m['z'] = 1
except TypeError as e:
    print(e)
print(MP(mapping={'q': 1}))
