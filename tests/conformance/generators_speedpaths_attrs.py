# gi_yieldfrom, cr_await, gi_suspended and cr_suspended through the life
# of generators and coroutines, and delegates obtained through them.


def leaf():
    yield 1
    yield 2
    return "leaf"


def mid():
    r = yield from leaf()
    yield r


def top():
    yield from mid()


def describe(g):
    yf = g.gi_yieldfrom
    return (g.gi_suspended, g.gi_running, None if yf is None else yf.__name__)


t = top()
print(describe(t))
print(next(t), describe(t), describe(t.gi_yieldfrom))
m = t.gi_yieldfrom
l = m.gi_yieldfrom
print(l.gi_yieldfrom, describe(l))
print(next(t), describe(l))
print(next(t), describe(t), describe(m), describe(l))
print(l.gi_frame, list(t), describe(t), t.gi_yieldfrom)
try:
    next(l)
except StopIteration as e:
    print("leaf done", e.value)


def watch():
    print("inside", describe(w))
    yield "x"


w = watch()
print(list(w))


def over_list():
    yield from [1, 2]


o = over_list()
next(o)
print(type(o.gi_yieldfrom).__name__)


class Waiter:
    def __await__(self):
        yield "wait"
        return "waited"


async def ainner():
    return await Waiter()


async def aouter():
    return await ainner()


c = aouter()
print(c.cr_suspended, c.cr_await)
print(c.send(None), c.cr_suspended, c.cr_await.__qualname__, type(c.cr_await.cr_await).__name__)
inner = c.cr_await
print(inner.cr_running, inner.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value, c.cr_suspended, c.cr_await, inner.cr_suspended, inner.cr_frame)
for name in ("gi_yieldfrom", "gi_suspended"):
    try:
        setattr(top(), name, 1)
    except AttributeError as e:
        print("AttributeError", e)
