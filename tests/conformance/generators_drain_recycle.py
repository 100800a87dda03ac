# Generators passed alone to set, frozenset, tuple, list or sum, against
# ones kept elsewhere, shadowed builtins, frames asked for inside, errors.
import sys
def gen(n):
    for i in range(n):
        yield i
results = []
for rep in range(3):
    a = set(x * 2 for x in range(5))
    b = tuple(gen(4))
    c = list(y for y in "abc")
    d = sum(z for z in range(10))
    e = frozenset(gen(3))
    results.append((sorted(a), b, c, d, sorted(e)))
print(results[-1], all(r == results[0] for r in results))
# A generator passed to a Python function is not recycled.
kept = []
def keep(g):
    kept.append(g)
    return tuple(g)
print(keep(x for x in range(3)), list(kept[0]), kept[0].gi_frame, kept[0].gi_running)
# Shadowed builtins.
def tuple2(g):
    kept.append(g)
    return 0
print(tuple2(gen(2)), len(kept))
list_ = list
def twice():
    gs = []
    out = []
    for i in range(3):
        out.append(list_(gen(i)))
    return out
print(twice())
# Frames asked for inside: kept apart.
frames = []
def withframe(n):
    for i in range(n):
        frames.append(sys._getframe())
        yield i
print(tuple(withframe(2)), tuple(withframe(3)), len(frames), frames[0] is frames[1], frames[1] is frames[2])
print([f.f_code.co_name for f in frames])
# Errors inside.
def boom():
    yield 1
    raise KeyError("k")
for _ in range(2):
    try:
        sum(boom())
    except KeyError as e:
        print("KeyError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(sum(gen(5)), sum(x for x in [1.5, 2]), set(x for x in ["a"]) == {"a"})
# Identity of generators made one after another.
ids = set()
for i in range(4):
    g = gen(2)
    ids.add(id(g))
    list(g)
print(len(ids) >= 1, list(g), next(g, "end"))
def nested(n):
    return sum(sum(gen(i)) for i in range(n))
print(nested(6), [tuple(gen(k)) for k in range(4)])
