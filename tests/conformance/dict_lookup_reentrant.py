# A key's __eq__ that changes the dict during a lookup: the lookup starts
# again only when the table or the compared entry changed (CPython's
# lookdict), so an lru_cache called again from __eq__ does not loop.
import functools

@functools.lru_cache(maxsize=10)
def cached(x):
    return x

class DoubleEq:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x
    def __eq__(self, other):
        if self.x == 2:
            cached(DoubleEq(1))
        return self.x == other.x

cached(DoubleEq(1))
cached(DoubleEq(2))
print(cached(DoubleEq(2)).x)

d = {}
class K:
    def __init__(self, x, action=None):
        self.x, self.action = x, action
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print("eq", self.x, other.x)
        if self.action:
            a, self.action = self.action, None
            a()
        return self.x == other.x

d[K(1)] = "one"
d[K(2, lambda: d.__setitem__("new", 0))] = "two"
print(d.get(K(2)))
k3 = K(3)
d[k3] = "three"
k3.action = lambda: d.__delitem__("new")
print(d.get(K(3)))
big = {i: i for i in range(100)}
class Grow:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        if len(big) < 200:
            for i in range(100, 200):
                big[i] = i
        return False
big[Grow()] = "g"
print(big.get(Grow()), len(big))
