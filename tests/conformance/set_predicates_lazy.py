# issuperset and isdisjoint look at the items of a non-set argument one at
# a time and stop at the first that decides; issubset builds a set first.
import itertools
sr = [1]; sr.append(sr)
for s in (frozenset('a'), {1}, set(), frozenset({1, 2})):
    for name in ('issuperset', 'isdisjoint', 'issubset'):
        for arg in (sr, [1, 2, []], itertools.count(), iter([2, {}]), {1: 2}.keys(), {1, 2}, frozenset(), 'ab', [2, 1]):
            if name != 'issuperset' and isinstance(arg, itertools.count):
                continue
            try:
                print(sorted(s, key=repr), name, type(arg).__name__, getattr(s, name)(arg))
            except Exception as e:
                print(sorted(s, key=repr), name, type(arg).__name__, type(e).__name__, e)
class Eq:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        print('eq', self.n, getattr(o, 'n', o)); return False
a = {Eq(1), Eq(2)}
b = {Eq(3)}
print(a.isdisjoint(b), b.isdisjoint(a))
def gen():
    yield 1
    raise ValueError('late')
print({5}.isdisjoint([5, 6]))
try: print({1}.isdisjoint(gen()))
except ValueError as e: print('ValueError', e)
print({2}.issuperset(gen()))
try: print({1}.issuperset(gen()))
except ValueError as e: print('ValueError', e)
sr = [1]; sr.append(sr)
import itertools
for v in ({1: 2}.keys(), {'a': 1}.items(), {'a': 1}.keys()):
    for arg in (sr, [1, []], [(1, 2), []], iter([2, {}])):
        try: print(type(v).__name__, v.isdisjoint(arg))
        except Exception as e: print(type(e).__name__, e)
print({1:2}.keys().isdisjoint(itertools.count()))
def gen():
    yield 1
    raise ValueError('late')
try: print({1:1}.keys().isdisjoint(gen()))
except ValueError as e: print('ValueError', e)
