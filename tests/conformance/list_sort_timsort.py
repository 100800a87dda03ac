# list.sort makes CPython's comparisons in CPython's order (its timsort:
# runs, binary insertion, powersort merges, galloping), so comparisons
# with side effects, inconsistent ones and one that raises part way give
# CPython's results, and the list is left as CPython leaves it.
import random

rng = random.Random(1234)


class K:
    log = None

    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        K.log.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v},{self.tag})"


def digest(log):
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h


def data_sets():
    yield "empty", []
    yield "one", [1]
    for n in [2, 3, 5, 17, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 3000]:
        yield f"random{n}", [rng.randrange(n) for _ in range(n)]
    yield "sorted", list(range(500))
    yield "reversed", list(range(500, 0, -1))
    yield "sawtooth", [i % 37 for i in range(1200)]
    yield "runs", sorted(rng.randrange(1000) for _ in range(400)) + sorted(rng.randrange(1000) for _ in range(700)) \
        + list(range(300, 0, -1)) + sorted(rng.randrange(50) for _ in range(900))
    yield "plateaus", [rng.randrange(4) for _ in range(2000)]
    yield "gallop", list(range(0, 4000, 2)) + list(range(1, 400, 2)) + list(range(4000, 6000))


for name, vals in data_sets():
    for reverse in (False, True):
        items = [K(v, i) for i, v in enumerate(vals)]
        K.log = []
        items.sort(reverse=reverse)
        print(name, reverse, len(K.log), digest(K.log), [k.tag for k in items[:5]],
              [k.v for k in items] == sorted(vals, reverse=reverse))

# A comparison that raises part way: the list is left a permutation, as in
# CPython.
for stop in [1, 5, 40, 300, 2500]:
    vals = [rng.randrange(500) for _ in range(800)]
    items = [K(v, i) for i, v in enumerate(vals)]
    count = 0

    class Stop(Exception):
        pass

    def lt(self, other, _orig=K.__lt__):
        global count
        count += 1
        if count == stop:
            raise Stop
        return _orig(self, other)

    class KS(K):
        __lt__ = lt

    items = [KS(v, i) for i, v in enumerate(vals)]
    K.log = []
    try:
        items.sort()
    except Stop:
        print("stopped at", stop, digest([(k.tag, 0) for k in items]), sorted(k.tag for k in items) == list(range(800)))

# Inconsistent comparisons: the result is whatever CPython's algorithm
# makes of them.
flips = random.Random(99)


class Flaky:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return flips.random() < 0.5


for n in [10, 70, 700]:
    items = [Flaky(i) for i in range(n)]
    items.sort()
    print("flaky", n, [x.v for x in items][:20])

# Sets under subset order, a partial order.
sets = [{i % 3, i % 5} for i in range(40)]
print(sorted(sets, key=frozenset))
print(sorted([3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]))

# Keys, stability and reverse.
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(range(20), key=lambda x: x % 4, reverse=True))

# The list is empty while it is sorted; a change that allocates or frees
# its items is reported after the sort, and the sorted items stay.
def modify_during_sort(change):
    lst = [3, 1, 2, 5, 4]

    def key(x):
        change(lst)
        return x

    try:
        lst.sort(key=key)
        print("no error", lst)
    except Exception as e:
        print(type(e).__name__, e, lst)


modify_during_sort(lambda l: len(l))
modify_during_sort(lambda l: l.append(9))
modify_during_sort(lambda l: (l.append(9), l.clear()))
modify_during_sort(lambda l: l.extend([7, 8]))
modify_during_sort(lambda l: l.__setitem__(slice(None), [1]))
modify_during_sort(lambda l: l.pop())
modify_during_sort(lambda l: l.insert(0, 1))
