# Random set operations: the printed order of every set matches CPython's.
import random

rng = random.Random(5)
for trial in range(60):
    s = set()
    log = []
    for step in range(rng.randrange(1, 120)):
        r = rng.random()
        k = rng.randrange(-50, 200)
        if r < 0.5:
            s.add(k)
        elif r < 0.65:
            s.discard(k)
        elif r < 0.75 and s:
            log.append(s.pop())
        elif r < 0.8:
            s.update(range(k, k + rng.randrange(8)))
        elif r < 0.85:
            s.update(x * 3 for x in range(rng.randrange(10)))
        elif r < 0.9:
            s |= {k, k + 1, -k}
        elif r < 0.95:
            s -= set(range(k, k + 5))
        else:
            s = set(s)
    print(trial, list(s), log)
    f = frozenset(s)
    print(hash(f) == hash(frozenset(list(s))), list(f) == list(frozenset(f)))
    while s:
        log.append(s.pop())
    print(log[-10:])

