# Generator-based coroutines (types.coroutine) awaited by native ones, and
# the introspection of coroutines and generators.
import types, inspect
def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n
@types.coroutine
def sleep0():
    yield
    return 'slept'
async def native():
    return await sleep0()
@types.coroutine
def gen_based():
    r = yield from native()
    s = yield from sleep0()
    return r, s
async def main():
    return await gen_based()
print(run(main()))
g = gen_based()
print(g.gi_yieldfrom, inspect.getgeneratorstate(g))
g.send(None)
print(type(g.gi_yieldfrom).__name__, inspect.getgeneratorstate(g))
print(g.gi_code.co_flags & 0x100 != 0, inspect.isawaitable(g))
def plain():
    c = native()
    try:
        yield from c
    finally:
        c.close()
try:
    list(plain())
except TypeError as e:
    print(e)
try:
    run(native().__await__())
except Exception as e:
    print(type(e).__name__, e)
class Aw:
    def __await__(self):
        yield 'x'
        return 'aw'
@types.coroutine
def wraps_aw():
    return (yield from Aw().__await__())
async def m5():
    return await Aw(), await wraps_aw()
print(run(m5()))
# types.coroutine on non-generator function returning awaitable
@types.coroutine
def notgen():
    return native()
async def m6():
    return await notgen()
print(run(m6()))
print(types.coroutine(native) is native)
c = native()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_running)
c.close()
print(inspect.getcoroutinestate(c), c.cr_frame)

print('-- cr_origin')
import sys
sys.set_coroutine_origin_tracking_depth(2)
async def f(): pass
def mk(): return f()
c = mk()
print(c.cr_origin)
c.close()
for a in [(-1,), ('x',), (), (1,2)]:
    try: sys.set_coroutine_origin_tracking_depth(*a)
    except Exception as e: print(type(e).__name__, e)
try: sys.set_coroutine_origin_tracking_depth(depth=0); print(sys.get_coroutine_origin_tracking_depth())
except Exception as e: print(type(e).__name__, e)
c = mk()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(100)
c = mk()
print(c.cr_origin)
c.close()
class C:
    def m(self):
        return [f() for _ in range(1)][0]
c = C().m()
print(c.cr_origin)
c.close()
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)

print('-- coroutine.__await__()')
def run3(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
@types.coroutine
def sleep0():
    yield 'z'
async def native():
    await sleep0()
    return 'native'
class A:
    def __init__(self): self.c = native()
    def __await__(self): return self.c.__await__()
async def m():
    return await A()
print(run3(m()))
c = native()
w = c.__await__()
print(type(w).__name__, iter(w) is w, w.send(None))
try: next(w)
except StopIteration as e: print('SI', e.value)
c = native()
w = c.__await__()
print(next(w))
try: w.throw(KeyError('k'))
except KeyError as e: print('KE', e)
w.close()
print(w.send.__name__ if hasattr(w, 'send') else None)
print(sorted(n for n in dir(w) if not n.startswith('__')))
c = native()
w = c.__await__()
w.close()
try: run3(c)
except RuntimeError as e: print(e)
