# Generator expressions whose generator, function and containers go
# straight to a builtin (set, frozenset, tuple, len): results, order,
# closures and errors, including when they are made again and again.

def queens(n):
    cols = range(n)
    out = []
    for vec in [(0, 4, 7, 5, 2, 6, 1, 3), (0, 1, 2, 3, 4, 5, 6, 7), (7, 6, 5, 4, 3, 2, 1, 0)]:
        if (n == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            out.append(vec)
    return out

for _ in range(3):
    print(queens(8))

# Sets of many sizes, one after another: each len() sees its own set.
print([len(set(i % k for i in range(40))) for k in range(1, 45)])
print([len(frozenset(str(i % k) for i in range(30))) for k in range(1, 35)])
print(len(set(range(100))), len(set(x for x in range(1000) if x % 3)))

# A set(x) whose value does not go to len() is an ordinary set.
def keep(g):
    return set(g)
kept = [keep(i for i in range(k)) for k in range(12)]
print([sorted(s) for s in kept][-3:], [len(s) for s in kept])
s1 = set(i for i in range(10))
n1 = len(set(i for i in range(20)))
print(sorted(s1), n1)

# len() of a copy of a set or frozenset.
base = {1, 2, 3, 5, 8}
fz = frozenset(base)
print(len(set(base)), len(frozenset(base)), len(frozenset(fz)), len(set(fz)))
print(sorted(base), sorted(fz))

# Elements that are not ints, equal elements of different types.
print(len(set(x for x in [1, 1.0, True, "a", "a", (1,), (1,)])))
print(len(set([1, 2, 2, 3])), len(set("mississippi")), len(set({})))

class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        Key.calls += 1
        return self.v == other.v
print(len(set(Key(i) for i in range(12))), Key.calls)

# Errors raised while the set is built, and the next set after them.
for src in (lambda: (1 // (i - 3) for i in range(6)), lambda: ([i] for i in range(3))):
    try:
        print(len(set(src())))
    except Exception as e:
        print(type(e).__name__, e)
    print(len(set(i for i in range(7))))

# Generator expressions with closures, made and finished many times: each
# sees its own cells.
def tuples(pool, rows):
    return [tuple(pool[i] for i in row) for row in rows]
print(tuples("abcdefgh", [range(8), [3, 1], [], range(7, -1, -1)]))

def adders(n):
    out = []
    for k in range(n):
        m = k * 10
        out.append(tuple(m + i + k for i in range(3)))
    return out
print(adders(5))

def nested(n):
    return tuple(tuple(i * j for j in range(i)) for i in range(n))
print(nested(5))
print(sum(x for x in range(10)), list(x * 2 for x in range(4)), sorted(frozenset(x for x in "hello")))

# A generator expression whose generator is kept is not reused.
gens = [(c for c in "ab"), (c for c in "cd")]
print(next(gens[0]), tuple(gens[1]), tuple(gens[0]))
g = (i for i in range(3))
print(g.__name__, g.__qualname__, tuple(g), tuple(g))

def qual():
    return [(x for x in ()).__name__ for _ in "ab"][0], (x for x in ()).__qualname__
print(qual())

# A frame seen from inside the generator expression.
import sys
frames = []
def look(i):
    frames.append(sys._getframe(1))
    return i
print(len(set(look(i) for i in range(4))), tuple(look(i) for i in range(2)))
print([f.f_code.co_name for f in frames], sorted(frames[0].f_locals))

# Many tuple sizes built from generators.
print([len(tuple(i for i in range(n))) for n in range(0, 70, 7)])
print(tuple(x for x in range(100))[-3:])

# Slices iterated over at once, and list sums assigned to slices.
a = list(range(10))
for x in a[2:5]:
    a.append(x)
print(a)
print([x * 2 for x in a[:4]], tuple(x for x in a[3:6]), list(x for x in a[::2]))
def from_slice(l):
    for x in l[1:]:
        yield x
print(list(from_slice(a)))
for _ in range(3):
    out = []
    for i in range(5):
        out.append(tuple(a[j] for j in a[:i]))
        for y in a[i:i + 2]:
            out.append(y)
    print(out)
def early_exit():
    r = []
    for x in a[:5]:
        if x == 2:
            break
        r.append(x)
    for x in a[:3]:
        r.append(x)
    return r
print(early_exit(), early_exit())
held = []
def keep_gen():
    g = (x for x in a[:3])
    held.append(g)
    return g
print(next(keep_gen()), list(held[0]), list(held[0]))
gg = (x for x in a[1:4])
fr = gg.gi_frame
print(tuple(gg), sorted(fr.f_locals), fr.f_locals['x'])
print([[y for y in row[:1]] for row in [[1, 2], [3, 4]]])
print([c for c in "abcdef"[1:3]], tuple(c for c in (1, 2, 3)[1:]))
print(len(set(x for x in a[:7])), sum(x for x in a[:4]))

idx = list(range(6))
for i in range(6):
    idx[i:] = idx[i + 1:] + idx[i:i + 1]
    print(idx)
b, c = [1, 2], [3]
idx[2:4] = b + c
print(idx, b, c)
idx[:] = idx + idx
print(idx)
idx[1:3] = idx[5:] + [9, 9]
print(idx)
class AddList(list):
    def __add__(self, o):
        return [0]
idx[:2] = AddList([1]) + [5]
print(idx)
idx[:] = list(range(100)) + list(range(3))
print(len(idx), idx[-4:])
