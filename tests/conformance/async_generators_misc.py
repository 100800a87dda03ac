# Introspection of async generators and their awaitables, exception state
# across their yields, async with inside them, and what cannot be done
# with them.
import sys, types
async def g():
    yield 1
a = g()
print(sorted(dir(a)))
print(sorted(dir(a.asend(None))))
print(sorted(dir(a.athrow(ValueError))))
print(sorted(set(dir(types.CoroutineType)) ^ set(dir(types.GeneratorType))))
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def exc_state():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
async def m():
    out = []
    try:
        raise ValueError
    except ValueError:
        async for x in exc_state():
            out.append((x, sys.exc_info()[0].__name__))
    return out
print(run(m()))
async def loc(n):
    x = n * 2
    yield x
a = loc(3)
run(a.asend(None))
print(a.ag_frame.f_locals, a.ag_frame.f_lineno, a.ag_frame.f_code.co_name)
import copy, pickle
try: pickle.dumps(a)
except TypeError as e: print(e)
try: copy.copy(a)
except TypeError as e: print(e)
print(type(a).__module__ if hasattr(type(a), '__module__') else None)
try: type(a)()
except TypeError as e: print(e)
try: type(a.asend(None))()
except TypeError as e: print(e)
class CM:
    async def __aenter__(self): print('enter'); return self
    async def __aexit__(self, *a): print('exit', a[0]); return False
async def withcm():
    async with CM():
        yield 1
        yield 2
async def m2():
    async for x in withcm():
        print(x)
        pass
    w = withcm()
    await anext(w)
    await w.aclose()
run(m2())

print('-- resuming a running async generator')
def run2(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def body():
    for f in [lambda: me.asend(None).throw(KeyError), lambda: me.athrow(KeyError).throw(KeyError),
              lambda: me.aclose().throw(KeyError), lambda: me.asend(None).send(None)]:
        try:
            f()
        except BaseException as e:
            print(type(e).__name__, e)
    yield 1
me = body()
print(run(me.asend(None)) if False else 'x')
try:
    me.asend(None).send(None)
except StopIteration as e:
    print('yielded', e.value)
# compile extras
srcs = [
 "def f():\n    return (x async for x in await y)\n",
 "async def f():\n    return (x async for x in await y)\n",
 "def f():\n    return [x for x in y async for z in x]\n",
 "async def f():\n    return [x for x in y async for z in x]\n",
 "def f():\n    return {x: y async for x, y in z}\n",
 "async def f():\n    yield\n    return None\n",
 "async def f():\n    x = yield\n    await x\n",
 "def f():\n    return lambda: (x async for x in y)\n",
 "def f():\n    return lambda: [x async for x in y]\n",
 "async def f():\n    async def g():\n        yield 1\n        return 5\n",
 "async def f():\n    x = [(yield) for i in y]\n",
 "async def f():\n    x = ((yield) for i in y)\n",
]
for s in srcs:
    try:
        c = compile(s, "<s>", "exec")
        print("ok", repr(s[:40]))
    except SyntaxError as e:
        print("SE", repr(s[:40]), e.msg, e.lineno, e.offset)

print('-- setting __name__ and __qualname__')
def g(): yield
async def c(): pass
async def a(): yield
class S(str): pass
for x in (g(), c(), a()):
    x.__name__ = 'n'; x.__qualname__ = S('q')
    print(x.__name__, x.__qualname__, repr(x).split(' at ')[0])
    for v in (1, None):
        try: x.__name__ = v
        except TypeError as e: print(e)
    try: del x.__qualname__
    except TypeError as e: print(e)
    if hasattr(x, 'close'): x.close()

print('-- keyword arguments are refused')
async def g(): yield
async def co(): pass
a = g()
c = co()
objs = [a, a.asend(None), a.athrow(ValueError), c.__await__()]
for o in objs:
    for name in ['send', 'throw', 'close', '__next__', 'asend', 'athrow', 'aclose', '__anext__', '__aiter__', '__await__']:
        m = getattr(o, name, None)
        if m is None: continue
        try:
            m(1, bogus=1) if name in ('send', 'throw', 'asend', 'athrow') else m(bogus=1)
            print(type(o).__name__, name, 'ok')
        except TypeError as e:
            print(type(o).__name__, name, e)
c.close()
