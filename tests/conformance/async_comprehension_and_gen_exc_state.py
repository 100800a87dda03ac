# Comprehensions inside async functions, and the handled-exception state of
# suspended generators and coroutines.
#
# A list, set or dict comprehension is a coroutine only when it has an
# `async for` or an await (or contains an asynchronous comprehension);
# lambdas, nested functions and generator expressions inside `async def`
# are not coroutines unless they await. A generator or coroutine suspended
# in an except block keeps its handled exception to itself (CPython's
# gi_exc_state): the resumer's sys.exc_info() does not see it, later
# exceptions do not take it as __context__, and the generator sees it again
# when resumed.
import sys
import types


def run(coro):
    """Drives coro to completion without an event loop."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def info():
    """sys.exc_info() without addresses."""
    t, v, tb = sys.exc_info()
    return (t and t.__name__, repr(v), tb is not None)


class Suspend:
    """An awaitable that suspends its awaiter once."""

    def __await__(self):
        yield "suspended"


class ARange:
    """An asynchronous iterator over range(n) that suspends on each step."""

    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


def flags(fn):
    """Names and coroutine/generator flags of the code objects in fn."""
    out = []
    for k in fn.__code__.co_consts:
        if isinstance(k, types.CodeType):
            out.append((k.co_name, k.co_flags & 0x3A0))
    return out


print("== comprehensions in async def")


async def comp():
    return [x for x in range(3)], {x for x in range(2)}, {x: 1 for x in range(2)}


print(run(comp()))
c = comp()
try:
    c.send(None)
except StopIteration as e:
    print("first send:", e.value)


async def value():
    await Suspend()
    return 5


async def nested():
    a = [[y for y in range(x)] for x in range(3)]
    b = [[y async for y in ARange(2)] for x in range(2)]
    c = [list(g) for g in [(y for y in range(x)) for x in range(3)]]
    f = lambda: [x * 2 for x in range(2)]

    def g():
        return {x: [y for y in range(x)] for x in range(3)}

    async def h():
        return [await value() for _ in range(2)]

    ge = (x for x in range(3))
    age = (await value() for x in range(2))
    d = [[await value() for y in range(1)] for x in range(2)]
    e = [type(x).__name__ for x in [(await value() for y in range(1)) for x in range(2)]]
    s = {x async for x in ARange(3) if x != 1}
    m = {x: await value() async for x in ARange(2)}
    lst = [x for x in await h()]
    return (a, b, c, f(), g(), await h(), type(ge).__name__, list(ge),
            type(age).__name__, d, e, s, m, lst)


for item in run(nested()):
    print(" ", item)
print(flags(comp))
print(flags(nested))


async def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        r = [info()[0] for _ in range(1)]
        await Suspend()
        return r, info()[0]


print(run(in_except()))

print("== compile-time rules")
SOURCES = [
    "def f(): return [await x for x in y]",
    "def f(): return [[await z for z in y] for y in w]",
    "def f(): return (await x for x in y)",
    "def f(): return ([await z for z in y] for y in w)",
    "def f(): return [(await z for z in y) for y in w]",
    "def f(): return [x async for x in y]",
    "lambda: [await x for x in y]",
    "async def f():\n    return lambda: await x",
    "async def f():\n    def g(): return [await x for x in y]",
    "async def f():\n    def g(): await x",
    "async def f():\n    return [await x for x in y]",
    "async def f():\n    return {x: await x for x in y}",
    "async def f():\n    return [[x async for x in y] for y in z]",
    "[x async for x in y]",
    "(x async for x in y)",
]
for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
        print("ok      ", repr(src))
    except SyntaxError as e:
        print("error   ", repr(src), e.msg, e.lineno, e.offset)

print("== generator suspended in except")


def gen():
    try:
        raise KeyError(1)
    except KeyError:
        yield info()
        yield info()
    yield info()


g = gen()
print(next(g))
print("outside:", info())
try:
    raise ValueError
except ValueError as e:
    print("context:", repr(e.__context__))
    print("resumed:", next(g))
    print("caller still:", info())
print("after handler:", info())
print("handler ended:", next(g))
print("outside:", info())


def sees_caller():
    print("  gen sees", info())
    yield
    print("  gen sees", info())
    try:
        raise TypeError
    except TypeError as e:
        print("  context", repr(e.__context__))
    yield


it = sees_caller()
try:
    raise OSError("caller")
except OSError:
    next(it)
next(it)
next(it, None)


def raises_inside():
    try:
        raise KeyError("own")
    except KeyError:
        yield
        raise ValueError("later")


g = raises_inside()
next(g)
try:
    raise OSError("caller")
except OSError:
    try:
        next(g)
    except ValueError as e:
        print("propagated context:", repr(e.__context__))

print("== bare raise inside a resumed generator")


def reraiser():
    try:
        raise KeyError("mine")
    except KeyError:
        yield
        raise


g = reraiser()
next(g)
try:
    raise OSError
except OSError:
    try:
        next(g)
    except KeyError as e:
        print("reraised", repr(e), repr(e.__context__))


def bare_raise_sees_caller():
    yield
    raise


g = bare_raise_sees_caller()
next(g)
try:
    raise IndexError("caller")
except IndexError:
    try:
        next(g)
    except IndexError as e:
        print("bare raise in gen:", repr(e))
g = bare_raise_sees_caller()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("bare raise in gen:", repr(e))

print("== throw and close")


def catcher():
    try:
        yield 1
    except KeyError as e:
        print("  thrown context", repr(e.__context__), info()[0])
        yield 2
        print("  after resume", info()[0])
    yield 3


g = catcher()
next(g)
try:
    raise ValueError("caller")
except ValueError:
    print(g.throw(KeyError))
    print("caller after throw:", info()[0])
print("outside:", info())
print(next(g))
print("outside:", info())


def own_context():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield
        except ValueError as e:
            print("  thrown context", repr(e.__context__))
            yield 7


g = own_context()
next(g)
try:
    raise OSError
except OSError:
    print(g.throw(ValueError))


def plain():
    yield


g = plain()
next(g)
try:
    raise OSError
except OSError:
    try:
        g.throw(ValueError)
    except ValueError as e:
        print("unhandled throw context:", repr(e.__context__))


def closer():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield
        except GeneratorExit as e:
            print("  GeneratorExit context", repr(e.__context__), info()[0])
            raise


g = closer()
next(g)
try:
    raise OSError("caller")
except OSError:
    g.close()
    print("caller after close:", info()[0])
print("outside:", info())


def close_raises():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield
        finally:
            raise RuntimeError("in close")


g = close_raises()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close error", repr(e), repr(e.__context__),
          repr(e.__context__.__context__))
print("outside:", info())

print("== yield from chains")


def inner():
    try:
        raise KeyError("inner")
    except KeyError:
        yield info()[0]
        yield info()[0]


def outer():
    try:
        raise ValueError("outer")
    except ValueError:
        r = yield from inner()
        yield info()[0]
    yield info()[0]


g = outer()
print(next(g), info())
try:
    raise OSError
except OSError:
    print(next(g), info()[0])
print(next(g), next(g), info())


def middle():
    yield from inner_plain()


def inner_plain():
    yield info()[0]
    yield info()[0]


g = middle()
try:
    raise IndexError
except IndexError:
    print("delegated sees caller:", next(g))
print("delegated sees none:", next(g))

print("== coroutines and await chains")


async def awaited():
    try:
        raise KeyError("awaited")
    except KeyError:
        await Suspend()
        return info()[0]


async def awaiter():
    try:
        raise ValueError("awaiter")
    except ValueError:
        r = await awaited()
        return r, info()[0]


co = awaiter()
print(co.send(None), info())
try:
    raise OSError
except OSError as e:
    try:
        co.send(None)
    except StopIteration as stop:
        print("result", stop.value, info()[0])
print("outside:", info())


async def coro_catch():
    try:
        await Suspend()
    except KeyError as e:
        print("  coro thrown context", repr(e.__context__))
        await Suspend()
        return info()[0]


co = coro_catch()
co.send(None)
try:
    raise OSError
except OSError:
    print(co.throw(KeyError("t")))
    print("caller", info()[0])
try:
    co.send(None)
except StopIteration as stop:
    print("coro result", stop.value)


async def async_for_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        out = []
        async for x in ARange(2):
            out.append((x, info()[0]))
        return out, info()[0]


print(run(async_for_in_except()))
co = async_for_in_except()
print(co.send(None), info())


async def coro_closer():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            await Suspend()
        finally:
            print("  closing sees", info()[0])


co = coro_closer()
co.send(None)
co.close()
print("outside:", info())

print("== generator expressions and list()")


def source():
    try:
        raise KeyError
    except KeyError:
        yield 1
        yield info()[0]


try:
    raise OSError
except OSError:
    print(list(source()), info()[0])
print([x for x in source()], info())
print(list(x for x in source()), info())


def pending(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            yield i


gens = [pending(2) for _ in range(3)]
for g in gens:
    next(g)
print("three suspended:", info())
try:
    raise ValueError
except ValueError as e:
    print("context:", repr(e.__context__))
print([next(g) for g in gens], info())

print("== context of exceptions propagated through builtins")


class A(Exception):
    pass


class B(Exception):
    pass


def raise_b(x):
    try:
        raise A
    except A:
        raise B


for call in (lambda: raise_b(1), lambda: list(map(raise_b, [1])),
             lambda: sorted([2, 1], key=raise_b)):
    try:
        raise OSError
    except OSError:
        try:
            call()
        except B as e:
            print(repr(e.__context__))


def stops():
    yield 1
    raise StopIteration("s")


g = stops()
next(g)
try:
    raise OSError
except OSError:
    try:
        next(g)
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__))

saved = None
try:
    raise KeyError("first")
except KeyError as e:
    saved = e
try:
    raise OSError
except OSError:
    try:
        raise saved
    except KeyError as e:
        print("re-raised object context:", repr(e.__context__))
