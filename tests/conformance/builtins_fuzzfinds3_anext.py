# anext(iterator, default): an anext_awaitable that returns default when the
# iteration ends, and proxies send, throw and close.
class AIt:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        return self.n
class AwNext:
    def __aiter__(self): return self
    def __anext__(self): return Aw()
class Aw:
    def __await__(self):
        yield "y"
        return "r"
class Bad:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def main():
    it = AIt(2)
    print(await anext(it, "d"), await anext(it, "d"), await anext(it, "d"), await anext(it, "d"))
    a = anext(it, "x")
    print(type(a).__name__, type(a.__await__()).__name__, a.__await__() is a)
    print(await a)
    try:
        await anext(Bad())
    except TypeError as e: print("TypeError", e)
    try:
        await anext(Bad(), 1)
    except TypeError as e: print("TypeError", e)
    try: anext(5, 1)
    except TypeError as e: print("TypeError", e)
    try: anext(it, 1, 2)
    except TypeError as e: print("TypeError", e)
    w = anext(AIt(1), "d")
    try: w.send(None)
    except StopIteration as e: print("Stop", e.value)
    try: w.send(None)
    except RuntimeError as e: print("RuntimeError", e)
    w = anext(AIt(0), "d")
    try: next(w)
    except StopIteration as e: print("Stop", e.value)
    w = anext(AwNext(), "d")
    print(w.send(None))
    try: w.send(None)
    except StopIteration as e: print("Stop", e.value)
    w = anext(AwNext(), "d")
    print(next(w))
    try: w.throw(ValueError)
    except Exception as e: print(type(e).__name__, e)
    w = anext(AwNext(), "d")
    print(next(w), w.close())
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
import asyncio


async def vialoop():
    it = AIt(3)
    out = []
    while (x := await anext(it, None)) is not None:
        out.append(x)
    print(out, await anext(AIt(0), 0), await anext(AIt(1), 9))


asyncio.run(vialoop())
