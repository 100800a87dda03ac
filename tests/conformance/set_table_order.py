# Sets of ints, floats, bools, tuples and frozensets with adds and
# removes: iteration order, membership, hashes and the results of the
# set operations, including difference with a non-set iterable.
import random
r = random.Random(5)
vals = [0, 1, -1, -2, 2**61-1, 2**61, -(2**61), 2**63-1, -2**63, 2**64, 1.5, -1.0, float('inf'), float('-inf'), True, False, (1, 2), frozenset([1]), 0.0, -0.0, 1e300, 2**61-2]
nan = float('nan')

for trial in range(120):
    s = set()
    ops = []
    for k in range(r.randrange(1, 60)):
        v = r.choice(vals) if r.random() < 0.5 else r.randrange(-100, 100) * r.choice([1, 8, 32, 1024, 2**40])
        if r.random() < 0.2:
            s.discard(v)
        else:
            s.add(v)
    print(trial, [repr(x) for x in s], len(s), 5 in s, -1 in s, 1.5 in s, nan in s, hash(frozenset(s)) if nan not in s else 0)
    t = set(x for x in s if not isinstance(x, (tuple, frozenset)))
    print(sorted(repr(x) for x in (t ^ {1, 2, 3})), repr(s - {1}) == repr(s.difference([1])), repr(s | {7}), repr(s & {1, 2.5, (1, 2)}))
    while s:
        s.pop()
