# Trace events of `await`, `yield from` and `async for`: the StopIteration
# that ends a delegate is reported as an exception event in the awaiting
# frame when CPython 3.11's SEND raises one (a coroutine, an awaitable's
# iterator, a generator returning a value or sent one), not for a
# generator that returns None to next(); the jump back of an async for
# has no line, and its end is on the iterable's line.
import sys


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name.startswith(("t_", "h")):
        extra = arg[0].__name__ if event == "exception" else ""
        print(name, frame.f_lineno - frame.f_code.co_firstlineno, event, extra)
    return tracer


async def helper():
    return 1


async def hnone():
    pass


def hgen():
    yield 1
    return 2


def hgen_none():
    yield 1


async def harange(n):
    for i in range(n):
        yield i


class Awaitable:
    def __await__(self):
        yield 5
        return 6


async def t_await():
    x = await helper()
    await hnone()
    async for i in harange(3):
        if i > 100:
            break
    return x


async def t_await_iter():
    y = await Awaitable()
    return y


def t_yf():
    y = yield from hgen()
    z = yield from hgen_none()
    return y, z


def t_yf_send():
    y = yield from hgen_none()
    return y


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        print("done", e.value)


sys.settrace(tracer)
drive(t_await())
drive(t_await_iter())
drive(t_yf())
g = t_yf_send()
next(g)
try:
    g.send(7)
except StopIteration as e:
    print("done", e.value)
sys.settrace(None)
