# Generators and coroutines that finished inside `yield from` and `await`
# stay what they were: their frames, locals and tracebacks are unchanged
# by the generators made after them.
import sys

frames = []


async def keep_frame(n):
    local = "coroutine %d" % n
    frames.append(sys._getframe())
    return n


async def driver():
    total = 0
    for i in range(5):
        total += await keep_frame(i)
    return total


try:
    driver().send(None)
except StopIteration as e:
    print("total", e.value)


async def filler(n):
    x = n * 2
    return x


async def fill():
    for i in range(50):
        await filler(i)


try:
    fill().send(None)
except StopIteration:
    pass
print([f.f_locals.get("local") for f in frames])
print([f.f_code.co_name for f in frames], len(set(map(id, frames))))

backs = []


def caller_frame():
    backs.append(sys._getframe(1))


def calls_out(n):
    marker = n
    caller_frame()
    yield n


def delegates():
    for i in range(3):
        yield from calls_out(i)


print(list(delegates()))
print(list(delegates()))
print([f.f_locals["marker"] for f in backs])

tbs = []


def fails_inside(n):
    value = n
    try:
        raise ValueError(n)
    except ValueError as e:
        tbs.append(e.__traceback__)
    yield value


def runs_failing():
    for i in range(3):
        yield from fails_inside(i)


print(list(runs_failing()), list(runs_failing()))
print([tb.tb_frame.f_locals["value"] for tb in tbs])


# A coroutine object returned by a wrapper is not the callee's own.
async def make(n):
    return n


store = []


def remember(n):
    c = make(n)
    store.append(c)
    return c


async def awaits_wrapper():
    return await remember(7)


try:
    awaits_wrapper().send(None)
except StopIteration as e:
    print("wrapper", e.value)
print(store[0].cr_frame, store[0].cr_running)
try:
    store[0].send(None)
except RuntimeError as e:
    print("RuntimeError", e)


# Generator objects seen through gi_frame while they delegate.
def sub():
    yield sys._getframe().f_back.f_code.co_name
    yield "sub 2"


def outer():
    yield from sub()


o = outer()
print(next(o), o.gi_frame.f_code.co_name, o.gi_frame.f_lineno)
print(list(o), o.gi_frame)
