# anext() with and without a default awaits what __anext__ returns: a
# coroutine, a generator-based coroutine (types.coroutine) or an object
# with __await__; a plain generator is refused.
import asyncio
import types


class TypesCoro:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    @types.coroutine
    def __anext__(self):
        if False:
            yield 'never'
        if self.n >= 2:
            raise StopAsyncIteration()
        self.n += 1
        return self.n


class Suspending(TypesCoro):
    @types.coroutine
    def __anext__(self):
        yield None  # suspends once in the event loop
        if self.n >= 2:
            raise StopAsyncIteration()
        self.n += 1
        return self.n * 10


class PlainGen:
    def __aiter__(self):
        return self

    def __anext__(self):
        def g():
            yield 1
        return g()


class Awaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        return iter(())


async def main():
    for cls in (TypesCoro, Suspending):
        it = cls()
        print(cls.__name__, await anext(it), await anext(it), await anext(it, 'default'))
        try:
            await anext(it)
        except StopAsyncIteration:
            print('StopAsyncIteration')
    for cls in (PlainGen,):
        for args in ((), ('d',)):
            try:
                await anext(cls(), *args)
            except TypeError as e:
                print('TypeError', e)
    print(await anext(Awaitable(), 'x'), await anext(Awaitable()))


asyncio.run(main())
