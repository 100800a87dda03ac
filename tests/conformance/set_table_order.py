# Set iteration and pop order follow CPython's table layout: insertions,
# removals (dummy slots), pops that resume where the last one stopped,
# updates from every kind of iterable, partial updates, frozenset hashes.
s = set(); s.add(1); s.add(9); s.discard(1); s.add(17); print(list(s))
s = set(); s.add(1); s.add(9); s.add(17); s.discard(9); s.add(25); print(list(s))
s = set(); s.add(1); s.add(9); s.add(17); s.discard(1); s.add(25); print(list(s))
x = [1, 9]; s = {*x}; s.discard(1); s.add(17); print(list(s))
s = set(range(40))
out = []
for i in range(10):
    out.append(s.pop())
s.update(range(100, 110))
for i in range(10):
    out.append(s.pop())
s.add(0)
s.add(1)
out.append(s.pop())
out.append(s.pop())
print(out, list(s))
s = set(range(0, 300, 7))
for k in range(0, 300, 21):
    s.discard(k)
s.update(k * 2 for k in range(50))
print(list(s))
s |= {1000, 1001}
s -= set(range(0, 100))
print(list(s), list(set(s)), list(frozenset(s)))
print(hash(frozenset(s)) == hash(frozenset(list(s))))
strs = set("the quick brown fox jumps over the lazy dog".split())
print(sorted(strs), len(strs))
print(set(x for x in []), set(()), set([]), frozenset(iter([3, 1, 2])))
print(set([1, 1.0, True]), {0, -0.0, False})
s = {1, 2, 3}
try:
    s.update([4, 5, {}])
except TypeError as e:
    print(e, sorted(s))
def gen():
    yield 10
    yield 11
    raise ValueError("stop")
s = set()
try:
    s.update(gen())
except ValueError as e:
    print(e, sorted(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
s = set(range(40))
for i in range(20): s.pop()
s.add(0); print(list(s)[:4])
s.add(1); print(list(s)[:4])
s = set(range(40))
for i in range(20): s.pop()
s.add(1); print(list(s)[:4])
s = set(range(40))
for i in range(3): s.pop()
s.add(1); print(list(s)[:4])
s = set(range(8))
for i in range(3): s.pop()
s.add(1); print(list(s)[:4])
