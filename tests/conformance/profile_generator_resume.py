# Every resumption of a generator reports a call event to profile and trace
# functions, whichever builtin drives it. (Each generator here runs to its
# end: one dropped while suspended is closed when CPython frees it.)
import sys

events = []


def record(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('<genexpr>', 'gen', 'inner', 'outer', 'coro', 'take'):
        events.append((event, name, frame.f_lineno))
    return record


def gen():
    yield 1
    yield 2


def inner():
    yield 'a'
    return 'done'


def outer():
    r = yield from inner()
    yield r


def take(*a):
    return a


async def coro():
    return 5


def drivers():
    take(*(x for x in [1, 2]))
    list(gen())
    tuple(gen())
    sorted(gen())
    sum(gen())
    min(gen())
    max(x * 2 for x in [3, 1])
    any(x > 5 for x in gen())
    all(gen())
    set(gen())
    frozenset(gen())
    dict((k, k) for k in 'ab')
    ''.join(str(x) for x in [7, 8])
    list(zip(gen(), 'abc'))
    list(map(str, gen()))
    list(enumerate(gen()))
    list(outer())
    [x for x in gen()]
    for _ in gen():
        pass
    c = coro()
    try:
        c.send(None)
    except StopIteration as e:
        events.append(('stop', e.value))
    it = gen()
    next(it)
    next(it)
    next(it, None)


for hook in (sys.setprofile, sys.settrace):
    events.clear()
    hook(record)
    drivers()
    hook(None)
    print(hook.__name__, len(events))
    for e in events:
        print(' ', *e)
