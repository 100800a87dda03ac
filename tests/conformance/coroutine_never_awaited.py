# A coroutine that dies without being started warns that it was never
# awaited (through warnings._warn_unawaited_coroutine, with its origin
# when tracked); an awaited or closed one does not.
import asyncio
import gc
import sys
import warnings


async def corofn():
    return 1


def collect_warnings(fn):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        fn()
        gc.collect()
        gc.collect()
    return [(w.category.__name__, str(w.message).replace(__file__, 'FILE')) for w in ws]


def dropped():
    corofn()


def stored():
    c = corofn()
    return None


def awaited():
    async def main():
        t = asyncio.ensure_future(corofn())
        return await corofn() + await t + sum(await asyncio.gather(corofn(), corofn()))
    print(asyncio.run(main()))


def closed():
    c = corofn()
    c.close()


def sent():
    c = corofn()
    try:
        c.send(None)
    except StopIteration as e:
        print('StopIteration', e.value)


def thrown():
    c = corofn()
    try:
        c.throw(ValueError('x'))
    except ValueError as e:
        print('ValueError', e)


for fn in (dropped, stored, awaited, closed, sent, thrown):
    print(fn.__name__, collect_warnings(fn))


def a1():
    return corofn()


def a2():
    a1()


orig = sys.get_coroutine_origin_tracking_depth()
for depth in (0, 1, 2):
    sys.set_coroutine_origin_tracking_depth(depth)
    print(depth, collect_warnings(a2))
sys.set_coroutine_origin_tracking_depth(orig)

# With the warning an error, it is reported as unraisable.
seen = []
old_hook = sys.unraisablehook
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), type(u.object).__name__))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    dropped()
    gc.collect()
print(seen)

# A broken warnings._warn_unawaited_coroutine: its error is unraisable,
# and the warning is issued directly.
seen.clear()
orig_wuc = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
try:
    print(collect_warnings(dropped))
finally:
    warnings._warn_unawaited_coroutine = orig_wuc
print(seen)
sys.unraisablehook = old_hook
