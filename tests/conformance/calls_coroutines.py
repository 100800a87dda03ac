# Coroutines: async def, await, driving with send, asyncio basics.
import asyncio

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y

c = main()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

class Awaitable:
    def __await__(self):
        value = yield "suspended"
        return value * 2

async def uses_awaitable():
    r = await Awaitable()
    return r

co = uses_awaitable()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("got", e.value)

async def sleeper(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def runner():
    results = await asyncio.gather(sleeper("a", 2), sleeper("b", 3))
    print(results)
    return "all done"

print(asyncio.run(runner()))

async def fails():
    raise ValueError("async failure")

async def catches():
    try:
        await fails()
    except ValueError as e:
        return "caught " + str(e)

print(asyncio.run(catches()))

async def reuse():
    return 1
async def twice():
    c = reuse()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(twice())
try:
    async def bad():
        await 3
    asyncio.run(bad())
except TypeError as e:
    print("TypeError:", e)

class AsyncCM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False

async def use_cm():
    async with AsyncCM() as cm:
        print("inside", type(cm).__name__)

asyncio.run(use_cm())

class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= 3:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def use_aiter():
    async for v in AIter():
        print("item", v)
    print([v async for v in AIter()])

asyncio.run(use_aiter())
