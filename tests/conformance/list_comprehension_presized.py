# A list comprehension with one loop and no condition reserves the length
# of a list, tuple or range iterator for its result; every form still
# gives CPython's lists (mutated sources, partly consumed iterators,
# nested loops, conditions, exceptions).
a = [x * 2 for x in range(100)]
b = [x for x in []]
c = [x for x in (1, 2, 3) * 10]
d = [x for x in range(10**12, 10**12 + 20)]
l = list(range(50))
e = [l.append(x) or x for x in l[:20]]
f = [y for y in l]
it = iter(range(100)); next(it); next(it)
g = [x for x in it]
h = [x for x in range(100) if x % 3]
i = [(x, y) for x in range(12) for y in range(2)]
j = [x for x in reversed(range(30))]
print(len(a), a[-1], b, len(c), d[:2], len(e), len(f), len(g), g[0], len(h), len(i), j[:3])
r = range(5, 100, 7)
k = [x for x in r]; print(k)
def gen():
    yield from range(30)
print(len([x for x in gen()]))
try:
    [1 / (x - 50) for x in range(100)]
except ZeroDivisionError as ex:
    print("raised", ex)
big = [0 for _ in range(3_000_000)]
print(len(big))
