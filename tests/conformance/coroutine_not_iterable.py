# Coroutines and async generators are not iterables or iterators; a
# finished coroutine refuses send() and throw() but closes quietly.
import types


async def coro():
    return "spam"


async def agen():
    yield 1


def g(*a, **k):
    return a


uses = [
    ("list", list), ("tuple", tuple), ("sum", sum), ("iter", iter),
    ("next", next), ("set", set), ("sorted", sorted), ("min", min),
    ("enumerate", enumerate), ("zip", lambda c: zip(c)),
    ("comprehension", lambda c: [x for x in c]),
    ("list display", lambda c: [*c]), ("tuple display", lambda c: (*c,)),
    ("set display", lambda c: {*c}), ("call", lambda c: g(*c)),
    ("unpack", lambda c: exec("a, b = c", {"c": c})),
    ("yield from", lambda c: list(exec_yield_from(c))),
]


def exec_yield_from(c):
    yield from c


for make in (coro, agen):
    for name, use in uses:
        c = make()
        try:
            use(c)
            print(name, "ok")
        except Exception as e:
            print(make.__name__, name, type(e).__name__, e)
        if make is coro:
            c.close()


class Iterable:
    def __iter__(self):
        self.c = coro()
        return self.c


obj = Iterable()
try:
    iter(obj)
except TypeError as e:
    print(e)
obj.c.close()

c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
for attempt in ("send", "throw", "next of __await__", "throw of __await__"):
    try:
        if attempt == "send":
            c.send(None)
        elif attempt == "throw":
            c.throw(Exception("wat"))
        elif attempt == "next of __await__":
            next(c.__await__())
        else:
            c.__await__().throw(Exception("wat"))
    except Exception as e:
        print(attempt, type(e).__name__, e)
c.close()
c.close()
print("closed twice")


def gen():
    yield 1


it = gen()
list(it)
try:
    it.throw(KeyError("thrown into a finished generator"))
except KeyError as e:
    print("generator", repr(e))


@types.coroutine
def legacy():
    yield 1


async def awaits_legacy():
    await legacy()


c = awaits_legacy()
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
c.close()
print(list(legacy()))
