import heapq, bisect, _heapq, _bisect
import random
r = random.Random(5)
data = [r.randrange(100) for _ in range(50)]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))
h = list(data); heapq.heapify(h); print(h[:10])
print(heapq.heapreplace(h, 7), heapq.heappushpop(h, -1), heapq.heappushpop(h, 200), h[:5])
m = list(data); heapq._heapify_max(m); print(m[:5], heapq._heappop_max(m), heapq._heapreplace_max(m, 0))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), list(heapq.merge([1, 4], [2, 3])))
for f, a in [(heapq.heappush, (1, 2)), (heapq.heappush, ([],)), (heapq.heappop, ()), (heapq.heappop, ([],)),
             (heapq.heapreplace, ([], 1)), (heapq.heapify, ((),)), (heapq.heappushpop, ([1],))]:
    try:
        f(*a)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
class Evil:
    def __lt__(self, o):
        h.clear()
        return True
h = [Evil(), Evil(), Evil()]
try:
    heapq.heapify(h)
except RuntimeError as e:
    print(e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 2, 1, 3), bisect.bisect_left(a, 2, hi=2))
print(bisect.bisect(a, 20, key=lambda v: v * 10), bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
b = [(1, 'a'), (3, 'b')]; bisect.insort(b, (2, 'c'), key=lambda t: t[0]); print(b)
class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
for call in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(), lambda: bisect.bisect(a, 1, lo=1.5), lambda: bisect.bisect(a, 1, 0, 2, 3)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bisect.bisect(range(100), 50.5), bisect.bisect_left("abcdef", "c"))
print(_heapq.heappush.__module__, _bisect.bisect.__name__ if hasattr(_bisect, 'bisect') else 'no bisect', bisect.bisect is _bisect.bisect_right)
