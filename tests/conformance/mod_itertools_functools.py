import itertools as it
import functools
import operator
import heapq
import bisect
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.chain("ab", [1])))
print(list(it.chain.from_iterable([[1], [2, 3]])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.filterfalse(None, [0, 1, 0, 2])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.pairwise("abcd")), [list(t) for t in it.tee([1, 2], 2)])
print(functools.reduce(operator.add, [1, 2, 3], 10), functools.partial(int, base=2)("101"))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
print(sq(2), sq(2), sq(3), sq.cache_info())
class C:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
c = C()
print(c.val, c.val)
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3))
print(operator.methodcaller("upper")("x"), operator.add(1, 2), operator.neg(3), operator.contains([1], 1))
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 9, 1]), heapq.nsmallest(2, [4, 9, 1]))
l = [3, 1, 2]; heapq.heapify(l); print(l)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3); print(a)
