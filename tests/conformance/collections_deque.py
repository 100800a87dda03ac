# deque: construction, both ends, bounded deques, indexing, search,
# rotation, operators, comparisons, iteration, reprs, pickling support
# and errors, as CPython's _collections.deque.
import copy
from collections import deque


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft("xy"); print(d)
d.rotate(); print(d); d.rotate(-2); print(d); d.rotate(10); print(d)
d.reverse(); print(d)
print(d.count(2), d.index(2), d.index("a", 1, 9))
d.insert(2, "I"); d.insert(-1, "J"); d.insert(100, "K"); d.insert(-100, "L"); print(d)
d.remove("I"); del d[0]; d[1] = "S"; print(d)
print("a" in d, "zz" in d, list(reversed(d)))
d.clear(); print(d, bool(d))

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9); print(b); b.appendleft(8); print(b)
b.extend([1, 2]); print(b); b.extendleft([7]); print(b)
z = deque([1, 2], maxlen=0); z.append(1); print(z)
t("insert full", lambda: b.insert(0, 1))
print(deque([1, 2]) * 3, 2 * deque([1]), deque([1, 2], maxlen=3) * 3)
m = deque([1, 2]); m *= 2; print(m); m *= 0; print(m)
p = deque([1]); q = p; p += [2, 3]; print(p is q, p)
print(deque([1]) + deque([2]), deque([1], maxlen=1) + deque([2, 3]))
s = deque([1, 2]); s.extend(s); print(s); s += s; print(s)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]),
      deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque([1]) >= deque([1, 0]), deque([1]) == [1])

r = deque()
r.append(r)
print(r, deque([1], maxlen=4), repr(deque()))

c = deque([1, [2]], maxlen=5)
c2 = copy.copy(c); c3 = copy.deepcopy(c); c4 = c.copy()
print(c2, c3, c4, c2 is c, c3[1] is c[1], c.__reduce__()[:3])
print(deque[int], type(iter(c)).__name__, type(reversed(c)).__name__)
it = iter(deque("abcd")); next(it)
print(it.__length_hint__(), it.__reduce__()[1][1], list(it))
rit = reversed(deque("abcd")); next(rit)
print(rit.__length_hint__(), list(rit))
I = type(iter(deque()))
print(list(I(deque("abcde"), 2)), list(type(reversed(deque()))(deque("abcde"), 1)))


class D(deque):
    def __init__(self, it=(), tag="t"):
        super().__init__(it)
        self.tag = tag


x = D([1, 2], tag="q")
print(x, x.tag, type(x.copy()).__name__, len(x), x + deque([3]), type(x + deque([3])).__name__)
print(isinstance(x, deque), x == deque([1, 2]))

t("hash", lambda: hash(deque()))
t("maxlen str", lambda: deque(maxlen="a"))
t("maxlen neg", lambda: deque(maxlen=-1))
t("args", lambda: deque([1], 2, 3))
t("kw", lambda: deque(x=1))
t("pop", lambda: deque().pop())
t("popleft", lambda: deque().popleft())
t("remove", lambda: deque([1]).remove(2))
t("index", lambda: deque([1]).index(2))
t("index bounds", lambda: deque([1, 2, 1]).index(1, 1))
t("index bad", lambda: deque([1]).index(1, "a"))
t("getitem str", lambda: deque([1])["a"])
t("getitem slice", lambda: deque([1])[1:2])
t("getitem range", lambda: deque([1])[5])
t("getitem neg", lambda: deque([1, 2])[-2])
t("concat", lambda: deque([1]) + [1])
t("mul", lambda: deque([1]) * "a")
t("rotate", lambda: deque([1]).rotate("a"))
t("lt", lambda: deque() < [1])
t("count", lambda: deque([1]).count())
t("extend", lambda: deque().extend(1))
t("init", lambda: deque(1))
t("maxlen set", lambda: setattr(deque(), "maxlen", 3))


def mut():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


t("mutate", mut)


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(1)
        return False


e = deque([1, 2])
t("count mut", lambda: e.count(Eq(e)))
e = deque([1, 2])
t("index mut", lambda: e.index(Eq(e)))
e = deque([1, 2])
t("remove mut", lambda: e.remove(Eq(e)))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))


class Z(deque):
    __slots__ = ("q",)


class W(deque):
    pass


z = Z([1])
z.q = 2
w = W([1], 4)
w.k = 3
print(z.__reduce__()[:3], w.__reduce__()[:3], copy.deepcopy(w).k, copy.deepcopy(z).q, type(copy.copy(w)).__name__)
t("object new", lambda: object.__new__(W))
t("layout", lambda: type("Y", (deque, list), {}))
import _collections
from collections import deque
I = type(iter(deque()))
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: I(1))
t(lambda: I(deque(), 1, 2))
t(lambda: list(I(deque([5]), x=1)))
t(lambda: _collections._tuplegetter(1, 2, x=3))
t(lambda: _collections._tuplegetter(1))
t(lambda: (deque.__name__, deque.__qualname__, deque.__module__, I.__name__, I.__module__, _collections._tuplegetter.__name__))
t(lambda: deque.append(1, 2))
t(lambda: deque().count())
t(lambda: hash(deque()))
t(lambda: _collections.defaultdict.__init__({}, int))
t(lambda: _collections.defaultdict.default_factory.__get__(1))
