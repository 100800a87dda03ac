# async for over async generators, their methods awaited from coroutines,
# exceptions crossing them, and asyncio.run driving them.
import sys, gc, types
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
@types.coroutine
def sleep0():
    yield
async def agen(n):
    try:
        for i in range(n):
            await sleep0()
            x = yield i
            if x is not None:
                print('got', x)
    finally:
        print('agen finally')
async def main():
    r = [x async for x in agen(3)]
    print(r)
    print({x async for x in agen(2)}, {x: x async for x in agen(2)})
    print([await sleep0() for _ in range(2)])
    g = (x * 2 async for x in agen(3))
    print(type(g).__name__, [y async for y in g])
    a = agen(5)
    print(await a.__anext__(), await a.asend('hi'), await anext(a))
    await a.aclose()
    print(await anext(a, 'dflt'))
    try:
        await anext(a)
    except StopAsyncIteration:
        print('SAI')
    b = agen(5)
    await anext(b)
    try:
        await b.athrow(ValueError('boom'))
    except ValueError as e:
        print('VE', e)
    async for z in agen(2):
        print('z', z)
    return 'done'
print(run(main()))
async def bad():
    raise StopAsyncIteration
    yield
async def bad2():
    raise StopIteration
    yield
async def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
for f in (bad, bad2):
    try:
        run(anext(f()))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
async def m3():
    a = ign()
    await anext(a)
    try:
        await a.aclose()
    except RuntimeError as e:
        print('RE', e)
run(m3())
try:
    import asyncio
    async def am():
        await asyncio.sleep(0)
        return [x async for x in agen(2)]
    print(asyncio.run(am()))
except Exception as e:
    print('asyncio', type(e).__name__, e)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
@types.coroutine
def sleep0():
    v = yield 'tick'
    return v
async def ag():
    try:
        x = yield 1
        print('x', x)
    except ValueError as e:
        print('caught', repr(e), sys.exc_info()[0].__name__)
        y = yield 'from-except'
        print('y', y)
    r = await sleep0()
    print('r', r)
    yield 3
async def main():
    a = ag()
    print(await a.asend(None))
    print(await a.athrow(ValueError('v')))
    print(sys.exc_info())
    print(await a.asend('Y'))
    try:
        await a.asend(None)
    except StopAsyncIteration:
        print('end')
# drive manually, observing the passthrough
a = ag()
s = a.asend(None)
try: s.send(None)
except StopIteration as e: print('yielded', e.value)
t = a.athrow(ValueError)
try: t.send(None)
except StopIteration as e: print('athrow yielded', e.value)
s = a.asend('sent')
print('pass', s.send(None), a.ag_running, type(a.ag_await).__name__)
try: s.send('resumed')
except StopIteration as e: print('yielded', e.value, a.ag_running)
print(run(main()))
async def raiser():
    yield 1
    1/0
async def m2():
    async for x in raiser():
        print(x)
try:
    run(m2())
except ZeroDivisionError:
    import traceback
    traceback.print_exc()
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def consume(name, n):
    out = []
    async for i in ticker(n, 0):
        out.append((name, i))
    return out


async def amain():
    r = await asyncio.gather(consume('a', 3), consume('b', 2))
    print(r)
    agen = ticker(5, 0)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print([x async for x in ticker(3, 0)])
    return 'amain done'


print(asyncio.run(amain()))
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print('ag finally')
        await asyncio.sleep(0)
        print('ag finally after await')
keep = []
async def main():
    print(sys.get_asyncgen_hooks().firstiter is not None)
    a = ag()
    keep.append(a)
    print(await anext(a))
    print('main end')
print(asyncio.run(main()))
print('after run', sys.get_asyncgen_hooks())
import gc


async def ag2():
    try:
        yield 1
    finally:
        print('ag2 finally')


async def dropper():
    a = ag2()
    await anext(a)
    del a
    gc.collect()
    for _ in range(5):
        await asyncio.sleep(0)
    print('dropper end')


asyncio.run(dropper())
