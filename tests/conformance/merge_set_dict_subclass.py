# Merging a set or dict of a subclass: a set's items are read as stored,
# whatever its __iter__; a dict's only while it keeps dict's __iter__,
# otherwise through its keys() and __getitem__, as CPython's merges.
class S(set):
    def __iter__(self): return iter([42])
class F(frozenset):
    def __iter__(self): return iter([43])
s = S({3}); f = F({4})
print(sorted(set(s)), sorted(frozenset(s)), sorted(set(f)))
t = {1}; t.update(s); print(sorted(t))
t = {1}; t |= s; print(sorted(t))
print(sorted({1}.union(s)), sorted({3, 42}.intersection(s)), sorted({3, 42}.difference(s)), sorted({3, 42} ^ s))
print(sorted({3, 42} - s), {3}.issubset(s), {3, 42}.issuperset(s), {5}.isdisjoint(s))
print(list(s), sorted(s), [*s], 3 in s, 42 in s)
class D(dict):
    def __iter__(self): return iter(['zz'])
    def keys(self): return ['zz']
    def __getitem__(self, k): return 'v'
d = D(a=1)
print(d.copy(), dict(d), {**d}, list(d), dict(**d) if False else '')
e = {}; e.update(d); print(e)
class K(dict):
    def keys(self): return ['zz']
    def __getitem__(self, k): return 'v'
k = K(a=1)
print(k.copy(), dict(k), {**k}); e = {}; e.update(k); print(e)
class I(dict):
    def __iter__(self): return iter(['zz'])
i = I(a=1)
print(i.copy(), dict(i), {**i}); e = {}; e.update(i); print(e)
