# Slices of ranges, with small and large bounds and steps of both signs.
import itertools


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


ranges = [range(0), range(10), range(3, 50, 7), range(50, 3, -7), range(-5, 5),
          range(10, -10, -1), range(0, 1), range(2**40, 2**40 + 100, 3), range(-2**62, 2**62, 2**61)]
bounds = [None, 0, 1, -1, 3, -3, 100, -100, 2**31, -2**31, 2**40, -2**40, 2**70]
steps = [None, 1, 2, -1, -2, 3, 100, -100, 2**31, -2**33]
results = []
for r in ranges:
    for a, b, c in itertools.product(bounds, bounds, steps):
        x = r[a:b:c]
        results.append((x.start, x.stop, x.step, len(x)))
print(len(results), sum(hash(t) for t in results) % 1000003)
for r in ranges:
    print(r[::2], r[1:-1], r[::-1], r[-2::-3], r[:0:-1], r[True:])
print(range(10)[Idx(2):Idx(8):Idx(2)])
for bad in (slice(None, None, 0), slice("a", None), slice(None, 1.5)):
    try:
        range(5)[bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def tree(input):
    n = len(input)
    if n == 0:
        return []
    i = n // 2
    return tree(input[:i]) + [input[i]] + tree(input[i + 1:])


print(tree(range(20)) == list(range(20)), tree(range(5, 100, 9)))
