# any() and all() over generators they stop before the end: the dropped
# generator's frame is reused by the next one, which must start clean.
import sys


def early(xs):
    return any(x > 2 for x in xs)


print([early(range(n)) for n in range(6)])
print([all(x < 3 for x in range(n)) for n in range(6)])


# Values left in the dropped frame (loop iterator, locals, stack) must not
# leak into the next generator made from the same code.
def pairs(rows):
    out = []
    for r in rows:
        out.append((any(v for v in r), all(v for v in r)))
    return out


print(pairs([[0, 0, 1, 2], [], [3, 0], [0], [1, 1, 1]]))


# Generator functions (not expressions) given straight to any/all.
def gen(n, log):
    for i in range(n):
        log.append(i)
        yield i


log = []
print(any(gen(10, log)), log)
log = []
print(all(gen(10, log)), log)
log = []
print(any(gen(0, log)), all(gen(0, log)), log)


# A generator with a yield inside try/finally is closed when dropped: the
# finally block runs (CPython runs it at once; pyjit when the collector
# finalizes it), and the generator is not reused before that.
def guarded(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("closed")


log = []
print(any(guarded(log)))
import gc
gc.collect()
print(log)


# A generator that inspects its own frame keeps it: it is not reused.
def framed(out):
    f = sys._getframe()
    out.append(f)
    yield 0
    yield 1
    yield 2


frames = []
print(any(framed(frames)), frames[0].f_code.co_name, frames[0].f_locals["out"] is frames)
print(any(framed(frames)), len(frames), frames[0] is not frames[1])


# A generator kept in a variable is not the call's sole consumer's.
g = (x for x in range(10))
print(any(g), next(g), list(g))
g = (x for x in range(10))
print(all(x < 3 for x in g), list(g))


# Exceptions from the generator or from __bool__ propagate as usual.
class Bad:
    def __bool__(self):
        raise ValueError("no truth")


try:
    any(b for b in [Bad()])
except ValueError as e:
    print("ValueError", e)
try:
    all(1 / x for x in [1, 0, 2])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(any(x for x in [0, 0]), all(x for x in []), any(x for x in []))


# Nested: an inner any() inside a generator given to an outer all().
grid = [[0, 1], [1, 1], [0, 0]]
for _ in range(3):
    print(all(any(c for c in row) for row in grid), any(all(c for c in row) for row in grid))


# Many rounds, so that pooled frames are reused over and over.
total = 0
for i in range(2000):
    if any(j == i % 7 for j in range(5)):
        total += 1
    if all(j != i % 11 for j in range(9)):
        total += 2
print(total)


# any/all rebound: a user function given the generator keeps it.
kept = []


def any(it):
    kept.append(it)
    return True


print(any(x for x in range(3)), list(kept[0]))
del any
print(any(x for x in [0, 5]))
