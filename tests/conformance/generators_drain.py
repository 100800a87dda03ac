# Builtins that consume a generator (sum, tuple, list, set, frozenset):
# values, errors raised by the consumer or by the generator, state after.
def gen(n):
    for i in range(n):
        yield i
print(sum(gen(10)), sum(gen(10), 5), sum(x*0.5 for x in range(5)))
print(sum(x for x in [1, 2, 2**62, 2**62, 3]))
print(sum(x for x in [1, True, 2.5, 3]))
print(tuple(x for x in range(5)), list(gen(3)))
print(set(x % 3 for x in range(10)), frozenset(gen(4)))
print(sorted(set(x for x in [1, 1.0, 2, 3, 2.0])), len(set(x for x in [1, "a", 2, "a"])))
class E:
    def __hash__(self): return 1
    def __eq__(self, o): print("eq", o); return False
print(len(set(x for x in [E(), 1, 2])))
def bad():
    yield 1
    yield []
    yield 2
g = bad()
try:
    set(g)
except TypeError as e:
    print("TypeError", e)
print(list(g))
def raising():
    yield 1
    raise ValueError("boom")
try:
    tuple(raising())
except ValueError as e:
    print("ValueError", e)
def st():
    yield 1
    raise StopIteration
try:
    list(st())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__))
def yf():
    yield from gen(3)
    yield from [7, 8]
print(list(yf()), sum(yf()), set(yf()))
import sys
def exc():
    try:
        raise KeyError(1)
    except KeyError:
        yield sys.exc_info()[0]
        yield 2
print(list(exc()), sys.exc_info())
def nested():
    yield tuple(x for x in gen(3))
    yield sum(gen(4))
print(list(nested()))
g = gen(5)
print(next(g), list(g), list(g))
def me():
    yield 1
    yield len(list(g2))
g2 = me()
try:
    list(g2)
except ValueError as e:
    print("ValueError", e)
class Hashy:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o):
        print("Hashy.eq", self.v, o)
        return isinstance(o, Hashy) and o.v == self.v
def mixed():
    yield 1
    yield Hashy(1)
    yield 1
    yield Hashy(2)
    yield 2
print(len(set(mixed())))
def big():
    for i in range(3000):
        yield i
print(len(tuple(big())), sum(big()), len(set(big())), len(list(big())))
print(sum(x for x in [2**63 - 1, 1, 1]), sum(x for x in [-2**63, -1]))
def partial():
    yield 1
    yield 2
g = partial()
print(next(g), sum(g), next(g, "done"))
def gen_frame():
    yield sys._getframe().f_back is not None
print(list(gen_frame()))
# One for loop over generators, then over other iterators (the site's
# specialization misses), then over a generator that is already running.
def loop(it):
    out = []
    for x in it:
        out.append(x)
    return out
for i in range(40):
    r = loop(gen(3))
print(r, loop([1, 2]), loop(iter((3,))), loop(gen(2)))
def selfloop():
    yield 1
    for x in g3:
        yield x
g3 = selfloop()
try:
    print(loop(g3))
except ValueError as e:
    print("ValueError", e)
