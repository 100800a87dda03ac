# The async generator object and its awaitables, driven by hand:
# __anext__/asend/athrow/aclose, their send/throw/close, and the errors
# CPython raises for misuse.
import types


def step(aw, value=None):
    """One send() into an awaitable: what it yields, returns or raises."""
    try:
        r = aw.send(value)
    except StopIteration as e:
        return ('return', e.args)
    except BaseException as e:
        return ('raise', type(e).__name__, str(e))
    return ('yield', r)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


@types.coroutine
def suspend(v='tick'):
    r = yield v
    return r


async def simple():
    yield 1
    yield 2


async def awaiting():
    x = await suspend()
    got = yield x
    print('  got', got)
    y = await suspend('tock')
    yield y


a = simple()
print(type(a).__name__, a.__name__, a.__qualname__, a.ag_running, a.ag_await, a.ag_code.co_name)
print(type(a.ag_frame).__name__, a.__aiter__() is a)
s = a.__anext__()
print(type(s).__name__, s.__await__() is s, iter(s) is s)
print(step(s))
print(step(s))
print(step(a.asend(None)))
print(step(a.asend(None)))
print(step(a.asend(None)))
print(a.ag_frame)

print('-- just started')
a = simple()
print(step(a.asend(5)))
print(step(a.asend(None)))

print('-- await passes through')
b = awaiting()
s1 = b.asend(None)
print(step(s1), b.ag_running, type(b.ag_await).__name__)
print(step(b.asend(None)))
print(step(b.athrow(KeyError)))
print(step(b.aclose()))
print(step(s1, 'resumed'), b.ag_running, b.ag_await)
s2 = b.asend('sent')
print(step(s2), b.ag_running)
print(step(s2, 'tock-result'), b.ag_running)
print(step(s2))
print(step(b.asend(None)))
print(step(b.asend(None)))

print('-- throw into asend')
b = awaiting()
s = b.asend(None)
print(step(s))
try:
    s.throw(ValueError('inside await'))
except ValueError as e:
    print('ValueError', e)
print(step(s))
print(step(b.asend(None)))

print('-- close an awaitable')
b = simple()
s = b.asend(None)
s.close()
print(step(s))
t = b.aclose()
t.close()
print(step(t))
print(step(b.asend(None)))

print('-- athrow')
async def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            yield 'caught ' + str(e)
        except KeyError:
            return


c = catcher()
print(step(c.asend(None)))
print(step(c.athrow(ValueError('a'))))
print(step(c.athrow(ValueError, 'b')))
print(step(c.athrow(ValueError, ValueError('c'), None)))
print(step(c.athrow(ValueError, None, None)))
print(step(c.athrow(KeyError)))
print(step(c.athrow(KeyError)))
print(step(c.aclose()))
print(step(c.asend(None)))

print('-- athrow argument errors')
for args in [(), (1,), (ValueError, 1, 2), (ValueError, ValueError(), 5), (ValueError(), 1), (1, 2, 3, 4)]:
    c = catcher()
    run(c.asend(None))
    print(args[:1] and type(args[0]).__name__, len(args), step(c.athrow(*args)), c.ag_running)
try:
    catcher().asend()
except TypeError as e:
    print('TypeError', e)
try:
    catcher().asend(1, 2)
except TypeError as e:
    print('TypeError', e)
for args in [(), (1,), (1, 2, 3, 4)]:
    s = simple().asend(None)
    try:
        s.throw(*args)
    except TypeError as e:
        print('TypeError', e)
    print(step(s))
    c = catcher()
    run(c.asend(None))
    t = c.athrow(ValueError)
    try:
        t.throw(*args)
    except TypeError as e:
        print('TypeError', e)
    print(step(t), c.ag_running)
    t = c.aclose()
    try:
        t.throw(*args)
    except TypeError as e:
        print('TypeError', e)
    print(step(t), c.ag_running)

print('-- athrow on an unstarted generator')
c = catcher()
print(step(c.athrow(ValueError('early'))))
print(step(c.asend(None)))

print('-- athrow awaitable throw()')
c = catcher()
run(c.asend(None))
t = c.athrow(ValueError('x'))
try:
    t.throw(KeyError)
except BaseException as e:
    print(type(e).__name__)
print(step(t))
print(step(c.athrow(ValueError)))
print(step(c.athrow(ValueError)))

print('-- reuse')
a = simple()
s = a.asend(None)
print(step(s))
print(step(s))
print(step(s))
t = a.aclose()
print(step(t))
print(step(t))
try:
    s.throw(ValueError)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    t.throw(ValueError)
except RuntimeError as e:
    print('RuntimeError', e)

print('-- already running')
b = awaiting()
s1 = b.asend(None)
print(step(s1))
print(step(b.asend(None)))
print(step(b.__anext__()))
print(step(b.athrow(ValueError)))
print(step(b.aclose()))
s3 = b.asend(None)
print(step(s3))
print(step(s3))

print('-- values that look like StopIteration arguments')
async def odd():
    yield (1, 2)
    yield None
    yield StopIteration(5)
    yield ()
o = odd()
for i in range(5):
    print(step(o.asend(None)))

print('-- next()')
o = odd()
s = o.asend(None)
try:
    next(s)
except StopIteration as e:
    print('StopIteration', e.value)
print(type(o.__anext__().__next__).__name__)

print('-- aclose')
async def closer():
    try:
        yield 1
    finally:
        print('  finally, awaiting')
        r = await suspend('in-finally')
        print('  finally got', r)
c = closer()
print(step(c.aclose()))
print(step(c.asend(None)))
c = closer()
run(c.asend(None))
t = c.aclose()
print(step(t))
print(step(t, 'R'))
print(step(c.asend(None)))
print(step(c.aclose()))

async def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = ignorer()
run(c.asend(None))
print(step(c.aclose()))
print(step(c.aclose()))

async def swallower():
    try:
        yield 1
    except GeneratorExit:
        pass
    print('  after GeneratorExit')
c = swallower()
run(c.asend(None))
print(step(c.aclose()))

async def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')
c = raiser()
run(c.asend(None))
print(step(c.aclose()))

print('-- StopIteration and StopAsyncIteration out of the body')
async def sai():
    raise StopAsyncIteration('x')
    yield
async def si():
    raise StopIteration('y')
    yield
for f in (sai, si):
    try:
        run(f().asend(None))
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__.args, e.__suppress_context__)
c = catcher()
run(c.asend(None))
try:
    run(c.athrow(StopAsyncIteration))
except RuntimeError as e:
    print('RuntimeError', e)
c = catcher()
run(c.asend(None))
try:
    run(c.athrow(StopIteration))
except RuntimeError as e:
    print('RuntimeError', e)

print('-- ag_running inside the body')
async def self_aware():
    print('  running', me.ag_running)
    try:
        await me.asend(None)
    except RuntimeError as e:
        print('  RuntimeError', e)
    try:
        await me.aclose()
    except RuntimeError as e:
        print('  RuntimeError', e)
    try:
        await me.athrow(ValueError)
    except RuntimeError as e:
        print('  RuntimeError', e)
    yield 'ok'
me = self_aware()
print(step(me.asend(None)), me.ag_running)

print('-- return ends the iteration')
async def early(n):
    yield 0
    if n:
        return
    yield 1
print(step(early(1).asend(None)))
e = early(1)
run(e.asend(None))
print(step(e.asend(None)))

print('-- names')
class C:
    async def meth(self):
        yield self
g = C().meth()
print(g.__name__, g.__qualname__, g.ag_code.co_qualname)
print(types.AsyncGeneratorType is type(g), types.AsyncGeneratorType.__name__)
print(types.AsyncGeneratorType[int])
