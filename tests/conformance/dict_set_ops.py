d = {}
for i in range(20):
    d[i * 7 % 13] = i
print(d, len(d))
for k in list(d):
    if k % 2:
        del d[k]
print(d, list(d.keys())[:3], sum(d.values()))
d.update({100: "x"}, extra=1)
d.update([("pair", 2)])
print(d.popitem(), d.pop("extra"), d.get(100), len(d))
print(dict(zip("abc", range(3))), dict.fromkeys(range(3)), {k: v for k, v in enumerate("xy")})
e = {"b": 1, "a": 2}
print(sorted(e), sorted(e.items(), key=lambda kv: kv[1]), min(e, key=e.get), e == {"a": 2, "b": 1})
print(e.keys() & {"a", "z"}, e.keys() | {"c"}, e.keys() - {"a"}, {"a": 1}.items() <= {"a": 1, "b": 2}.items())
try:
    for k in e:
        e[k + "x"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
s = set()
for i in [5, 3, 9, 1, 3, 7, 100, 33, 64, 2]:
    s.add(i)
print(s, sorted(s), len(s), 9 in s, 4 in s)
s.discard(100); s.remove(33)
print(s, s.pop(), s)
try:
    s.remove(12345)
except KeyError as err:
    print("KeyError:", err)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1} < a, a.isdisjoint({9}), a.union([7], (8,)), a.intersection(b, {4}))
a |= {10}; a &= {1, 2, 10, 3}; a -= {2}; a ^= {3, 11}
print(a, frozenset(a) == a, hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "f"})
print(set("hello"), set(range(-5, 5)), set([(1, 2), (1, 2)]), {1.0, 1, True}, {0, False, 0.0})
print({i * i for i in range(-3, 4)}, set(map(abs, [-1, 1, -2])), sorted({"b", "a", "c"}))
big = set(range(1000))
print(len(big), sum(big), 999 in big, min(big), max(big))
print(set([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]))
print({v: k for k, v in {"a": 1, "b": 2}.items()}, dict(a=1) | dict(b=2))
from collections import Counter, defaultdict, OrderedDict
c = Counter(w for w in "the quick brown fox jumps over the lazy dog the end".split())
print(c.most_common(3), c["the"], sum(c.values()), c + Counter(the=1), c - Counter(the=3))
dd = defaultdict(int)
for ch in "mississippi":
    dd[ch] += 1
print(sorted(dd.items()), dict(dd))
od = OrderedDict()
od["z"] = 1; od["a"] = 2; od.move_to_end("z")
print(od, od.popitem(last=False), list(od.items()))
