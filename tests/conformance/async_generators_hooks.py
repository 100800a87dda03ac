# sys.set_asyncgen_hooks / get_asyncgen_hooks, and what happens to an
# async generator that is dropped before it finishes.
import gc
import sys
import types


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def unraisable(u):
    print('unraisable:', type(u.exc_value).__name__, u.exc_value, type(u.object).__name__)


sys.unraisablehook = unraisable

h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, h.firstiter, h.finalizer, tuple(h), len(h))
print(h == (None, None), isinstance(h, tuple))

print('-- argument checks')
for args, kw in [((1,), {}), ((None, 2), {}), ((1, 2), {}), ((), {'firstiter': 1}),
                 ((), {'finalizer': 'x'}), ((), {'foo': 1}), ((None, None, None), {})]:
    try:
        sys.set_asyncgen_hooks(*args, **kw)
        print('ok', args, kw)
    except TypeError as e:
        print('TypeError', e)
print(sys.get_asyncgen_hooks())
print(sys.set_asyncgen_hooks(), sys.get_asyncgen_hooks())

print('-- no hooks: a dropped generator is closed')
async def with_finally(tag):
    try:
        yield 1
        yield 2
    finally:
        print('  finally', tag)


a = with_finally('a')
print(run(a.asend(None)))
del a
gc.collect()
print('collected')

print('-- firstiter and finalizer')
def firstiter(ag):
    print('  firstiter', type(ag).__name__, ag.__name__)


def finalizer(ag):
    print('  finalizer', type(ag).__name__, ag.__name__, ag.ag_running)
    finalized.append(ag)


finalized = []
sys.set_asyncgen_hooks(firstiter, finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks()[1] is finalizer)


async def counter(n):
    for i in range(n):
        yield i


a = counter(3)
print('made')
s = a.asend(None)
print('asend made')
b = a.__anext__()
print('hooks only once')
del a, s, b
gc.collect()
print('dropped unstarted', len(finalized))
print('finalized one can run on', run(finalized[0].asend(None)))
finalized.clear()
a = with_finally('b')
run(a.__anext__())
del a
gc.collect()
print('dropped suspended', len(finalized))
run(finalized[0].aclose())
finalized.clear()

a = counter(1)
run(a.__anext__())
try:
    run(a.__anext__())
except StopAsyncIteration:
    print('exhausted')
del a
gc.collect()
print('exhausted not finalized', len(finalized))

a = with_finally('c')
run(a.__anext__())
run(a.aclose())
del a
gc.collect()
print('closed not finalized', len(finalized))

print('-- generators made before the hooks were set')
sys.set_asyncgen_hooks(None, None)
a = with_finally('d')
sys.set_asyncgen_hooks(firstiter, finalizer)
run(a.__anext__())
sys.set_asyncgen_hooks(None, None)
del a
gc.collect()
print('finalized by the hook', len(finalized))
run(finalized[0].aclose())
finalized.clear()

sys.set_asyncgen_hooks(firstiter, finalizer)
a = with_finally('e')
sys.set_asyncgen_hooks(None, None)
run(a.__anext__())
del a
gc.collect()
print('not hooked', len(finalized))

print('-- errors from hooks')
def bad_first(ag):
    raise KeyError('first')


def bad_final(ag):
    raise ValueError('final')


sys.set_asyncgen_hooks(bad_first, bad_final)
a = counter(2)
try:
    a.asend(None)
except KeyError as e:
    print('KeyError', e)
print(run(a.asend(None)))
del a
gc.collect()
sys.set_asyncgen_hooks(None, None)

print('-- closing without hooks')
async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2


a = ignores()
run(a.__anext__())
del a
gc.collect()


@types.coroutine
def suspend():
    yield


async def awaits_in_finally():
    try:
        yield 1
    finally:
        print('  awaiting in finally')
        await suspend()
        print('  not reached')


a = awaits_in_finally()
run(a.__anext__())
del a
gc.collect()
print('done')
