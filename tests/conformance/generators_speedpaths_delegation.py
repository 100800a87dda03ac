# Values, return values and exceptions passing through nested `yield from`
# and `await`, and generators driven by for loops.
import sys


def leaf(n):
    got = yield n
    if got is not None:
        print("leaf got", got)
    return n * 10


def middle(n):
    r = yield from leaf(n)
    print("middle: leaf returned", r)
    r2 = yield from leaf(n + 1)
    return r + r2


def top():
    total = yield from middle(1)
    print("top: middle returned", total)
    return "top done"


g = top()
print(next(g))
print(g.send("hello"))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


t = build(0, 50)
print(list(t) == list(range(50)), sum(t), sum(x for x in t))
for _ in range(3):
    print(sum(1 for _ in t))


def deep(n):
    if n:
        return (yield from deep(n - 1)) + 1
    yield "bottom"
    return 0


d = deep(30)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("deep returned", e.value)


# A delegate returning at once, without ever yielding.
def quick(x):
    return x
    yield


def collect():
    acc = []
    for i in range(5):
        acc.append((yield from quick(i)))
    return acc


try:
    next(collect())
except StopIteration as e:
    print("quick", e.value)


async def fib(n):
    if n <= 1:
        return n
    return await fib(n - 1) + await fib(n - 2)


c = fib(15)
try:
    c.send(None)
except StopIteration as e:
    print("fib", e.value)


class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v


async def waits(n):
    if n == 0:
        return await Suspend()
    return await waits(n - 1)


w = waits(5)
print(w.send(None))
try:
    w.send("resumed")
except StopIteration as e:
    print("waits", e.value)


# Exceptions out of nested delegates, caught at different levels.
def raiser(kind):
    yield 1
    raise kind("from raiser")


def passthrough(kind):
    yield from raiser(kind)


def catcher():
    try:
        yield from passthrough(KeyError)
    except KeyError as e:
        print("caught", repr(e), e.__traceback__.tb_next is not None)
        yield "recovered"
    yield "end"


print(list(catcher()))


def gen_stop():
    yield 1
    raise StopIteration("inner stop")


def wrap_stop():
    yield from gen_stop()


try:
    list(wrap_stop())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

for x in wrap_stop():
    print("for got", x)
    break


def outer_for():
    try:
        for x in wrap_stop():
            yield x
    except RuntimeError as e:
        yield "outer caught " + str(e)


print(list(outer_for()))


async def araise():
    raise ValueError("async boom")


async def acatch():
    try:
        await araise()
    except ValueError as e:
        return "caught " + str(e)


try:
    acatch().send(None)
except StopIteration as e:
    print(e.value)


async def astop():
    raise StopIteration("in coroutine")


async def await_astop():
    return await astop()


try:
    await_astop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# Running flags and frames while a delegate runs.
def child():
    f = sys._getframe()
    print("child running", cg.gi_running, pg.gi_running, f.f_back.f_code.co_name)
    yield 1


def parent():
    yield from cg


cg = child()
pg = parent()
print(list(pg), cg.gi_running, pg.gi_running, cg.gi_frame, pg.gi_frame)


def self_resume():
    yield from inner_resume()


def inner_resume():
    try:
        next(sr)
    except ValueError as e:
        print("ValueError", e)
    yield "ok"


sr = self_resume()
print(next(sr))


# Reaching the recursion limit through delegation.
def recurse(n):
    yield from recurse(n + 1)


try:
    next(recurse(0))
except RecursionError as e:
    print("RecursionError", e)


async def arecurse(n):
    return await arecurse(n + 1)


try:
    arecurse(0).send(None)
except RecursionError as e:
    print("RecursionError", e)

print(list(recurse.__code__.co_name for _ in range(1)))


# Argument errors of generator functions called directly.
def params(a, b=2, *, c):
    yield a + b + c


def use_params():
    r = yield from params(1, c=3)
    return r


print(list(use_params()))
for call in (lambda: params(), lambda: params(1, 2, 3), lambda: params(1, d=4, c=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


async def aparams(a):
    return a


async def use_aparams():
    return await aparams()


try:
    use_aparams().send(None)
except TypeError as e:
    print("TypeError", e)
