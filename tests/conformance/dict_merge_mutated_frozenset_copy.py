# A dict merged into another while a key's __eq__ empties it (RuntimeError, as
# CPython), and frozenset.copy() returning the frozenset itself.
class X:
    def __hash__(self): return 0
    def __eq__(self, o):
        other.clear()
        return False
other = dict([(i, 0) for i in range(1, 1337)])
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)
f = frozenset([1, 2]); print(f.copy() is f)
class F(frozenset): pass
g = F([1]); print(type(g.copy()), g.copy() is g)
print(set([1]).copy() is set([1]))
