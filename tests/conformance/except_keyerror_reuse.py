# KeyErrors caught by a clause that does not name them may be reused by the
# runtime for the next lookup that fails; every exception that Python code
# can still see must keep its own type, args, traceback and context.
import sys
import traceback

d = {}
kept = []


def miss(k):
    try:
        return d[k]
    except KeyError:
        return None


def miss_named(k):
    try:
        return d[k]
    except KeyError as e:
        return e


def miss_exc_info(k):
    try:
        d[k]
    except KeyError:
        return sys.exc_info()


def miss_in_handler(k):
    try:
        d[k]
    except KeyError:
        try:
            d[k, 'inner']
        except KeyError:
            pass
        try:
            d[k, 'named']
        except KeyError as inner:
            return inner


class Missing(dict):
    def __missing__(self, key):
        raise KeyError(('missing', key))


def miss_subclass(k):
    try:
        return Missing()[k]
    except KeyError:
        return sys.exception()


for i in range(4):
    miss(i)
    kept.append(miss_named(i))
    miss(-i)
print([repr(e) for e in kept])
print([e.args for e in kept])
print(len({id(e) for e in kept}))
for e in kept:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals), tb.tb_next)

t, v, tb = miss_exc_info('x')
miss('y')
print(t.__name__, repr(v), tb.tb_lineno, tb.tb_frame.f_locals)
inner = miss_in_handler('z')
miss('w')
print(repr(inner), repr(inner.__context__), inner.__context__.__context__)
print(repr(miss_subclass(3)))
lines = traceback.format_exception(type(inner), inner, inner.__traceback__)
print(len(lines), lines[-1].strip())

# The same through dict.__getitem__ called as a method.
get = d.__getitem__
errs = []
for k in 'ab':
    try:
        get(k)
    except KeyError:
        pass
    try:
        get(k * 2)
    except KeyError as e:
        errs.append(e)
print([repr(e) for e in errs], errs[0] is errs[1])


# A generator expression kept in a local after f(*gen) drained it.
def consume(*args):
    return args


def drained(xs):
    gen = (x * 2 for x in xs)
    r = consume(*gen)
    return r, gen


results = []
for n in range(3):
    r, gen = drained(range(n, n + 3))
    results.append((r, gen))
for r, gen in results:
    print(r, gen.gi_frame, gen.gi_running, gen.gi_suspended, gen.gi_code.co_name, list(gen), next(gen, 'end'))


def frame_seen():
    def g():
        yield sys._getframe()
    it = g()
    fr = next(it)
    for _ in it:
        pass
    return fr, it


fr, it = frame_seen()
print(fr.f_code.co_name, it.gi_frame, sorted(fr.f_locals))


# Comprehension functions, which the runtime may reuse once their call
# has returned.
def rec(n):
    return [rec(n - 1) if n else 0 for _ in range(2)] if n >= 0 else None


print(rec(3))
base = 10
fns = [lambda y=i: y + base for i in range(3)]
print([f() for f in fns])
cells = [(lambda: x) for x in 'abc']
print([c() for c in cells])
print({k: [k * j for j in range(k)] for k in range(4)}, {x % 3 for x in range(10)})


def boom(v):
    if v == 2:
        raise ValueError(v)
    return v


for attempt in range(3):
    try:
        print([boom(v) for v in range(attempt + 1)])
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print('error', e, names)


class Body:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    table = {i: str(i) for i in doubled}


print(Body.doubled, Body.table)


def outer():
    z = 5
    gens = [(z + i for i in range(2)) for _ in range(2)]
    return [list(g) for g in gens]


print(outer(), outer())
