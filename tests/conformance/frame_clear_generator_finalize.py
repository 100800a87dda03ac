# frame.clear() of a suspended generator's or coroutine's frame finalizes
# it as CPython's _PyGen_Finalize: a coroutine never started warns that it
# was never awaited, others are closed, and what close raises is
# unraisable.
import sys, warnings
async def f():
    pass
c = f()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c.cr_frame.clear()
print([str(x.message) for x in w], [x.category.__name__ for x in w])
c.close()
def g():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = g()
next(it)
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value)))
it.gi_frame.clear()
print(seen)
def h():
    yield 1
it = h()
it.gi_frame.clear()
print(list(it))
it = h()
next(it)
fr = it.gi_frame
fr.clear()
print(list(it), it.gi_frame)
