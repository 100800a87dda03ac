# async for, async comprehensions and async generator expressions in the
# positions CPython 3.11 allows, with aiter() and anext().
import types
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
@types.coroutine
def sleep0():
    yield
async def aid(x):
    await sleep0()
    return x
async def arange(n):
    for i in range(n):
        await sleep0()
        yield i
async def main():
    print([[z async for z in arange(x)] for x in range(3)])
    print([await aid(x) for x in range(3)])
    print([x for x in range(5) if await aid(x % 2)])
    print({x: await aid(x) async for x in arange(3)})
    g = (await aid(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    g = (x async for x in arange(4) if x % 2)
    print([v async for v in g])
    print([(x, y) async for x in arange(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in arange(2)] if False else 'skip')
    print([(x, y) async for x in arange(2) async for y in arange(x + 1)])
    print(sum([x async for x in arange(5)]))
    async def inner():
        return [i async for i in arange(2)]
    print(await inner())
    lst = []
    async for i in arange(3):
        if i == 1:
            continue
        lst.append(i)
    else:
        lst.append('else')
    print(lst)
    async for i in arange(3):
        if i == 1:
            break
    else:
        print('no')
    print(i)
    try:
        async for i in 5:
            pass
    except TypeError as e:
        print(e)
    class AI:
        def __aiter__(self): return self
        async def __anext__(self): raise StopAsyncIteration
    print([x async for x in AI()])
    print(await anext(arange(0), 'empty'))
    try:
        await anext(5)
    except TypeError as e:
        print(e)
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    a = aiter(arange(2))
    print(type(a).__name__)
    print(await anext(a), await anext(a))
    try:
        await anext(a)
    except StopAsyncIteration as e:
        print('SAI', e.args)
run(main())
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def raiser():
    yield 1
    1/0
async def m2():
    return [x async for x in raiser()]
try:
    run(m2())
except ZeroDivisionError:
    import traceback; traceback.print_exc()
async def m3():
    async for x in raiser(
    ):
        pass
try:
    run(m3())
except ZeroDivisionError:
    import traceback; traceback.print_exc()
async def m4():
    g = (x async for x in raiser())
    return [y async for y in g]
run(m4())
