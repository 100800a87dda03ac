# tuple.__new__(cls, t) for a subclass and an exact tuple t (what every
# namedtuple's __new__ does): the items are copied, never shared.
from collections import namedtuple


class T(tuple):
    pass


for src in [(), (1,), (1, 2), (1, 2, 3), tuple(range(10)), ([],)]:
    x = tuple.__new__(T, src)
    print(type(x).__name__, x, x == src, x is src, tuple(x) is src, x[:] is src, len(x))
src = ([1],)
x = T(src)
src[0].append(2)
print(x, type(x[0]).__name__)

P = namedtuple("P", "a b")
p = P(1, [2])
q = P._make(p)
print(p, q, p is q, p == q, p[1] is q[1])
print(P.__new__(P, 3, 4), tuple.__new__(P, (5, 6)))
