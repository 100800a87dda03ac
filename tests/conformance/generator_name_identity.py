# A generator's (coroutine's, async generator's) __name__ and __qualname__
# are its function's str objects, until set.
import types
def gen_func():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
for f in (gen_func, coro, agen):
    g = f()
    print(type(g).__name__, g.__name__ is f.__name__, g.__qualname__ is f.__qualname__, g.__name__ is g.__name__)
    g.__name__ = "renamed"
    print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
    try:
        g.__qualname__ = 3
    except TypeError as e:
        print("TypeError:", e)
    if hasattr(g, "close"):
        g.close()
gen = gen_func()
@types.coroutine
def foo():
    return gen
for name in ("__name__", "__qualname__", "gi_code", "gi_running", "gi_frame"):
    print(name, getattr(foo(), name) is getattr(gen, name))
