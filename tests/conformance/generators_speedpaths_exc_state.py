# sys.exc_info() and exception contexts in generators and coroutines
# resumed by `yield from`, `await` and for loops, with and without an
# exception being handled around them.
import sys


def show(where):
    e = sys.exc_info()[1]
    print(where, repr(e))


def child():
    show("child start")
    yield 1
    show("child resumed")
    try:
        raise KeyError("child")
    except KeyError:
        show("child handling")
        yield 2
        show("child handling resumed")
    show("child after")
    yield 3


def parent():
    show("parent start")
    yield from child()
    show("parent end")


for x in parent():
    show("loop %d" % x)

try:
    raise ValueError("outer")
except ValueError:
    for x in parent():
        show("loop in except %d" % x)

g = parent()
next(g)
try:
    raise TypeError("around send")
except TypeError:
    next(g)
    show("between")
next(g)
show("after except")
try:
    raise TypeError("around last")
except TypeError:
    print(list(g))


def parent_handling():
    try:
        raise IndexError("parent")
    except IndexError:
        yield from child()
        show("parent after child")


print(list(parent_handling()))


def context_child():
    yield 1
    raise RuntimeError("in child")


def context_parent():
    try:
        raise IndexError("handled by parent")
    except IndexError:
        try:
            yield from context_child()
        except RuntimeError as e:
            print("context", repr(e.__context__))
            yield "done"


print(list(context_parent()))

try:
    raise KeyError("resumer handles")
except KeyError:
    try:
        list(context_child())
    except RuntimeError as e:
        print("context from resumer", repr(e.__context__))


async def ashow(n):
    show("coroutine %d" % n)
    if n:
        try:
            raise LookupError(n)
        except LookupError:
            await ashow(n - 1)
            show("coroutine %d after" % n)
    return n


try:
    ashow(2).send(None)
except StopIteration as e:
    print("returned", e.value)

try:
    raise ArithmeticError("around coroutine")
except ArithmeticError:
    try:
        ashow(1).send(None)
    except StopIteration as e:
        print("returned", e.value)
show("end")
