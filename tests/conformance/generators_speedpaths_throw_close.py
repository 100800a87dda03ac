# throw() and close() into generators suspended in nested `yield from`
# and `await`, after values went through the delegation chain.


def leaf(log):
    try:
        x = yield "leaf 1"
        log.append(("leaf got", x))
        yield "leaf 2"
    except KeyError as e:
        log.append(("leaf caught", str(e)))
        yield "leaf recovered"
        return "leaf result"
    finally:
        log.append("leaf finally")
    return "leaf normal"


def mid(log):
    try:
        r = yield from leaf(log)
        log.append(("mid got", r))
        yield "mid after"
    finally:
        log.append("mid finally")


def top(log):
    r = yield from mid(log)
    log.append(("top got", r))
    yield "top after"


log = []
g = top(log)
print(next(g), g.send("v"), g.throw(KeyError("k")), next(g), next(g))
print(log)

log = []
g = top(log)
print(next(g))
g.close()
print(log, g.gi_frame)

log = []
g = top(log)
print(next(g))
try:
    g.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", e, log)
print(list(g))


def ignoring():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield "ignored"


def wraps_ignoring():
    yield from ignoring()


w = wraps_ignoring()
next(w)
try:
    w.close()
except RuntimeError as e:
    print("RuntimeError", e)


def returns_on_throw():
    try:
        yield 1
    except KeyError:
        return "returned on throw"


def outer_rt():
    r = yield from returns_on_throw()
    yield r


o = outer_rt()
next(o)
print(o.throw(KeyError))


def stop_on_throw():
    try:
        yield 1
    except KeyError:
        raise StopIteration("x")


def outer_st():
    yield from stop_on_throw()


o = outer_st()
next(o)
try:
    o.throw(KeyError)
except RuntimeError as e:
    print("RuntimeError", e)


class Awaitable:
    def __await__(self):
        try:
            v = yield "waiting"
        except KeyError as e:
            return "await got " + str(e)
        return "await sent " + str(v)


async def inner_coro():
    return await Awaitable()


async def outer_coro():
    r = await inner_coro()
    return r.upper()


c = outer_coro()
print(c.send(None))
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print("StopIteration", e.value)

c = outer_coro()
c.send(None)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# Resuming a finished coroutine, a finished generator, and throwing into them.
c = outer_coro()
c.send(None)
try:
    c.send("x")
except StopIteration as e:
    print("finished with", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


def simple():
    yield 1


s = simple()
print(list(s), list(s))
try:
    s.throw(KeyError("after end"))
except KeyError as e:
    print("KeyError", e)


# A coroutine held elsewhere and awaited twice.
async def value():
    return 42

held = value()


async def await_held():
    return await held


for _ in range(2):
    try:
        await_held().send(None)
    except StopIteration as e:
        print("value", e.value)
    except RuntimeError as e:
        print("RuntimeError", e)


# Tracebacks of an exception raised in a nested delegate.
import traceback


def lvl3():
    yield 1
    1 / 0


def lvl2():
    yield from lvl3()


def lvl1():
    yield from lvl2()


try:
    for _ in lvl1():
        pass
except ZeroDivisionError:
    import sys
    print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])
