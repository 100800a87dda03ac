# Errors of await and async for that CPython words precisely, and the
# docstrings of the generator, coroutine and async generator types.
import types


@types.coroutine
def nop():
    yield


async def coroutine():
    await nop()


async def waiter(coro):
    await coro


coro = coroutine()
coro.send(None)
w = waiter(coro)
try:
    w.send(None)
except RuntimeError as e:
    print(e)
coro.close()


class F:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


class G:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


for cls in (F, G):
    async def main():
        async for _ in cls():
            pass
    try:
        main().send(None)
    except TypeError as e:
        print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
              e.__suppress_context__)

for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
    for name, value in sorted(vars(t).items()):
        if name in ("send", "throw", "close", "asend", "athrow", "aclose",
                    "__name__", "__qualname__"):
            print(t.__name__, name, repr(value.__doc__))
