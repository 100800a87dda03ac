# Set lookups of int keys among elements of other kinds that compare
# equal to ints: floats, bools, big ints, and objects with __eq__ and
# __hash__ of their own.
class Num:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    def __repr__(self):
        return "Num(%r)" % self.v


mixed = {1.0, True, 2**70, -0.0, 3, Num(5), 7.5, -1, -2}
for k in [0, 1, 2, 3, 4, 5, 6, 7, -1, -2, 2**70, 2**61 - 1, 2**61, -(2**61)]:
    print(k, k in mixed)
print(sorted((x for x in mixed if not isinstance(x, Num)), key=float))

# Ints whose hashes collide (hash(-1) == hash(-2), the modulus wraps).
coll = {-1, 2**61 - 1, 2**61, 0, 2**62}
print([x in coll for x in (-1, -2, 0, 2**61 - 1, 2**61 - 2, 1, 2**62, 2**62 + 1)])

# Subset and superset orders between int sets and mixed sets.
a = frozenset(range(50))
b = frozenset([3, 9, 17, 20, 41])
print(b <= a, a >= b, b < a, a > b, a <= b, b >= a, b == a, b != a)
print({1, 2} <= {1.0, 2.0, 3}, {1.0, 2.0} <= {1, 2}, {True, 0} == {1, False}, {0.0} <= {-0.0})
print({1, 2, Num(3)} <= {1, 2, 3}, {3} <= {Num(3), 4})
print({5} <= {Num(5)}, {5, 6} <= {Num(5), Num(6), 7})
print(a - b == frozenset(x for x in range(50) if x not in b), len(a & {4, 10, 11, 100}))
print(sorted((a - b) & frozenset(range(0, 50, 7))), min(a - b), max(a ^ b))

# Removed entries (dummies) on the probe path.
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(len(s), 3 in s, 4 in s, 99 in s, 97 in s, {4, 5} <= s, {3, 4} <= s)
s.add(3)
print(3 in s, {3, 4} <= s, sorted(s)[:5])

# An __eq__ that empties or grows the set being compared must not crash
# the comparison (what it then answers is left unchecked: CPython walks
# the table as it is now).
class Mutator:
    def __init__(self, v, target):
        self.v, self.target = v, target

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        if self.target:
            t = self.target.pop()
            t.clear() if len(t) < 3 else t.update(range(100, 400))
        return self.v == other


for grow in (False, True):
    box = []
    a = set(range(5)) if not grow else {1, 2}
    a |= {Mutator(7, box)}
    b = {0, 1, 2, 3, 4, 7, Mutator(7, None)}
    box.append(a)
    try:
        r = a <= b
        print("no crash", type(r).__name__)
    except RuntimeError as e:
        print("RuntimeError")
