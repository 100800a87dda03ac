# itertools, heapq, operator and functools: laziness (exactly what CPython
# consumes), argument validation and error texts, reprs, and signatures.
import functools
import heapq
import inspect
import itertools as it
import operator


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print(label, '->', type(exc).__name__ + ':', exc)
    else:
        print(label, '=', result)


class Counted:
    """An iterator over range(n) that records how many items were taken."""

    def __init__(self, n=None):
        self.n = n
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n is not None and self.taken >= self.n:
            raise StopIteration
        self.taken += 1
        return self.taken - 1


def naturals():
    n = 0
    while True:
        yield n
        n += 1


# --- islice -----------------------------------------------------------------
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 2, 5)), next(src))
src = iter(range(10))
print(list(it.islice(src, 0, 5, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 5, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 0)), next(src))
src = iter(range(10))
print(list(it.islice(src, None)), list(src))
src = iter(range(10))
print(list(it.islice(src, 1, None, 4)))
print(list(it.islice(range(10), None, None, None)), list(it.islice('abcdef', 1, None)))
c = Counted()
print(list(it.islice(c, 2, 8, 2)), c.taken)
c = Counted(3)
s = it.islice(c, 1, 10)
print(list(s), c.taken, list(s), c.taken)
src = iter(range(10))
print(list(iter(lambda: list(it.islice(src, 3)), [])))
src = iter(range(7))
print([chunk for chunk in iter(lambda: tuple(it.islice(src, 2)), ())])
for args in [(-1,), (1, -1), (-1, 2), (0, 2, 0), (0, 2, -1), ('a',), (1.0,), (),
             (1, 2, 3, 4), (None, 3, None), (2, None, 1.5)]:
    attempt('islice%r' % (args,), lambda: list(it.islice(range(5), *args)))
attempt('islice(1, 2)', lambda: it.islice(1, 2))
attempt('islice(stop=2)', lambda: it.islice(range(3), stop=2))
print(list(it.islice(naturals(), 3, 12, 4)), list(it.islice(range(10), True)))

# --- count, cycle, repeat ----------------------------------------------------
print(repr(it.count()), repr(it.count(5)), repr(it.count(1.5)), repr(it.count(0, 2)), repr(it.count(3, 1.0)))
c = it.count(10, -3)
print(next(c), next(c), repr(c))
attempt('count("a")', lambda: it.count('a'))
attempt('count(1, "a")', lambda: it.count(1, 'a'))
print(list(it.islice(it.count(0.5, 0.25), 3)))
c = Counted(3)
cy = it.cycle(c)
print(next(cy), c.taken, list(it.islice(cy, 7)), c.taken)
print(list(it.cycle([])))
print(repr(it.repeat('a', 3)), repr(it.repeat(1, -2)), repr(it.repeat(None)))
r = it.repeat('x', 3)
next(r)
print(repr(r), operator.length_hint(r), list(r), operator.length_hint(r))
print(list(it.repeat(1, 0)), list(it.repeat(1, times=2)))
attempt('repeat(1, "a")', lambda: it.repeat(1, 'a'))
attempt('len hint of repeat(1)', lambda: it.repeat(1).__length_hint__())

# --- accumulate, chain, compress, filterfalse, starmap ----------------------
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=None)))
c = Counted(100)
acc = it.accumulate(c)
print(next(acc), next(acc), c.taken)


def gen_lists():
    print('  first list made')
    yield [1, 2]
    print('  second list made')
    yield [3]


ch = it.chain.from_iterable(gen_lists())
print('chain made')
print(next(ch), next(ch), next(ch))
print(list(it.chain()), list(it.chain('ab', (), 'c')))
attempt('chain(1)', lambda: next(it.chain(1)))
attempt('chain(k=1)', lambda: it.chain(k=1))
c = Counted(10)
print(list(it.compress(c, [1, 0, 1])), c.taken)
c = Counted(2)
sel = Counted(10)
print(list(it.compress(c, sel)), c.taken, sel.taken)
print(list(it.filterfalse(lambda x: x % 3, range(10))), list(it.filterfalse(None, [0, '', 'a', [], 2])))
print(list(it.starmap(operator.add, [(1, 2), [3, 4], iter((5, 6))])))
attempt('starmap bad arg', lambda: list(it.starmap(operator.add, [1])))

# --- dropwhile, takewhile ----------------------------------------------------
c = Counted(10)
tw = it.takewhile(lambda x: x < 3, c)
print(list(tw), c.taken, list(tw), c.taken)
c = Counted(10)
dw = it.dropwhile(lambda x: x < 3, c)
print(next(dw), c.taken, next(dw), c.taken)
print(list(it.dropwhile(lambda x: x < 5, [1, 6, 2, 7])))

# --- groupby -------------------------------------------------------------------
groups = it.groupby('aaabbcaa')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
groups = it.groupby('aaabbc')
k1, g1 = next(groups)
print(k1, next(g1))
k2, g2 = next(groups)
print(k2, list(g1), list(g2))
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print([k for k, g in it.groupby([])], [k for k, g in it.groupby('aabbbcd')])
c = Counted(10)
groups = it.groupby(c, key=lambda x: x // 3)
k, g = next(groups)
print(k, c.taken, next(g), c.taken, list(g), c.taken)
k, g = next(groups)
print(k, c.taken)
saved = list(it.groupby('aabb'))
print([(k, list(g)) for k, g in saved])
print(type(it.groupby('a')).__name__, type(next(it.groupby('a'))[1]).__name__)

# --- tee --------------------------------------------------------------------------
c = Counted(5)
a, b = it.tee(c)
print(next(a), next(a), c.taken, next(b), c.taken, list(a), list(b), c.taken)
print(it.tee([1, 2], 0), len(it.tee([1, 2], 3)), [list(x) for x in it.tee('ab', 3)])
attempt('tee n=-1', lambda: it.tee([1], -1))
attempt('tee n="a"', lambda: it.tee([1], 'a'))
a, b = it.tee(range(4))
a2, a3 = it.tee(a)
print(next(a), list(a2), list(a3), list(b))
a, b = it.tee(range(3))
print(list(a.__copy__()), list(a), list(b))

# --- zip_longest, pairwise -------------------------------------------------------
print(list(it.zip_longest('abc', [1])), list(it.zip_longest()), list(it.zip_longest([], [])))
print(list(it.zip_longest('ab', 'xyz', '1', fillvalue='-')))
c = Counted(2)
d = Counted(3)
z = it.zip_longest(c, d)
print(list(z), c.taken, d.taken, list(z))
attempt('zip_longest(1)', lambda: it.zip_longest([1], 2))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
c = Counted(10)
pw = it.pairwise(c)
print(next(pw), c.taken, next(pw), c.taken)
print(hasattr(it, 'batched'))

# --- product, permutations, combinations ---------------------------------------
print(list(it.product()), list(it.product(repeat=0)), list(it.product([], [1])), list(it.product('ab', [])))
print(list(it.product('ab', 'cd')), list(it.product([0, 1], repeat=2)), list(it.product('a', repeat=3)))
attempt('product repeat=-1', lambda: it.product([1], repeat=-1))
print(list(it.permutations([])), list(it.permutations([], 0)), list(it.permutations('ab', 3)), list(it.permutations('abc', 0)))
print(list(it.permutations('abc')), list(it.permutations(range(4), 2))[:5])
attempt('permutations r=-1', lambda: it.permutations([1], -1))
attempt('permutations r="a"', lambda: it.permutations([1], 'a'))
print(list(it.combinations([], 0)), list(it.combinations('abc', 0)), list(it.combinations('ab', 3)), list(it.combinations('abcd', 3)))
attempt('combinations r=-1', lambda: it.combinations([1], -1))
print(list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 2)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('ab', 0)))
attempt('cwr r=-1', lambda: it.combinations_with_replacement([1], -1))
print(len(list(it.product(range(3), repeat=4))), len(list(it.permutations(range(5)))), len(list(it.combinations(range(10), 4))))

# --- heapq ----------------------------------------------------------------------
print(list(it.islice(heapq.merge(naturals(), naturals()), 5)))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge(['bb', 'c'], ['a', 'dddd'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['ccc', 'a'], ['dd', 'b'], key=len, reverse=True)))
pairs = list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0]))
print(pairs)
c = Counted(100)
m = heapq.merge(c, [0.5, 1.5])
print(next(m), next(m), next(m), c.taken)
h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(len(h))])
h = [5, 1, 4]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 3), h)
print(heapq.heapreplace(h, 0), h, heapq.heappushpop([], 7))
attempt('heappop([])', lambda: heapq.heappop([]))
attempt('heapreplace([], 1)', lambda: heapq.heapreplace([], 1))
attempt('heappush(())', lambda: heapq.heappush((), 1))
attempt('heapify(())', lambda: heapq.heapify(()))
attempt('heappushpop(())', lambda: heapq.heappushpop((), 1))
data = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(heapq.nsmallest(3, data, key=lambda p: p[1]), heapq.nlargest(3, data, key=lambda p: p[1]))
print(heapq.nsmallest(1, data, key=lambda p: p[1]), heapq.nlargest(1, data, key=lambda p: p[1]))
print(heapq.nsmallest(0, [1, 2]), heapq.nsmallest(-1, [1, 2]), heapq.nlargest(-2, [1, 2, 3]), heapq.nlargest(1, []))
print(heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(2, iter([3, 1, 2, 5])), heapq.nlargest(3, 'hello'))

# --- operator ------------------------------------------------------------------


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


class SizedHint(Hint):
    def __len__(self):
        return 2


print(operator.length_hint(Hint(7)), operator.length_hint(SizedHint(7)), operator.length_hint([1, 2, 3]))
print(operator.length_hint(object()), operator.length_hint(object(), 5), operator.length_hint(Hint(NotImplemented), 4))
print(operator.length_hint(Hint(TypeError('x')), 9), operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(4))))
attempt('length_hint str result', lambda: operator.length_hint(Hint('x')))
attempt('length_hint negative', lambda: operator.length_hint(Hint(-1)))
attempt('length_hint ValueError raised', lambda: operator.length_hint(Hint(ValueError('boom'))))
attempt('length_hint bad default', lambda: operator.length_hint([], 'a'))


class Node:
    pass


n = Node()
n.child = Node()
n.child.name = 'leaf'
n.size = 3
print(operator.attrgetter('child.name')(n), operator.attrgetter('size', 'child.name')(n))
print(repr(operator.attrgetter('a.b', 'c')), repr(operator.itemgetter(1, 'x')), repr(operator.itemgetter(0)))
print(repr(operator.methodcaller('foo', 1, k=2)), repr(operator.methodcaller('bar')))
print(operator.methodcaller('split', '-', maxsplit=1)('a-b-c'), operator.itemgetter(slice(1, 3))('abcd'))
print(operator.itemgetter(2, 0)('xyz'), operator.itemgetter('k')({'k': 'v'}))
attempt('attrgetter(1)', lambda: operator.attrgetter(1))
attempt('attrgetter("a", 2)', lambda: operator.attrgetter('a', 2))
attempt('attrgetter()', lambda: operator.attrgetter())
attempt('itemgetter()', lambda: operator.itemgetter())
attempt('methodcaller()', lambda: operator.methodcaller())
attempt('methodcaller(1)', lambda: operator.methodcaller(1))
attempt('attrgetter missing', lambda: operator.attrgetter('child.nope')(n))


class Idx:
    def __index__(self):
        return 4


print(operator.index(5), operator.index(True), operator.index(Idx()), [10, 20, 30, 40, 50][Idx()])
attempt('index("a")', lambda: operator.index('a'))
attempt('index(1.5)', lambda: operator.index(1.5))
attempt('concat(1, 2)', lambda: operator.concat(1, 2))
attempt('iconcat(1, 2)', lambda: operator.iconcat(1, 2))
attempt('concat({}, {})', lambda: operator.concat({}, {}))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf('abc', 'c'))
attempt('indexOf missing', lambda: operator.indexOf([1], 2))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iconcat(lst, (3,)), operator.iadd(1, 2), operator.isub(5, 2))
s = {1}
print(operator.ior(s, {2}) is s, operator.imul([0], 3), operator.ipow(2, 5), operator.ifloordiv(7, 2), operator.imod(7, 4))
print(operator.ilshift(1, 4), operator.irshift(16, 2), operator.iand(6, 3), operator.ixor(6, 3), operator.itruediv(1, 4))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.neg(3), operator.inv(5))
print(operator.call(max, 1, 5, 3), operator.__add__(1, 2), operator.__iadd__([1], [2]), operator.__index__(7), operator.__not__(1))
print(sorted(name for name in operator.__all__)[:6], len(operator.__all__))

# --- functools ------------------------------------------------------------------


def f(a, b=1):
    return (a, b)


def g(a, b, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


def h(x, /, y, *, z):
    return x, y, z


P = functools.partial
for p in [P(f, b=3), P(f, 1), P(g, 1), P(g, b=2), P(g, 1, 2, 3), P(g, a=0, d=5), P(h, 1), P(h, y=2), P(h, z=3)]:
    print(p.func.__name__, p.args, p.keywords, inspect.signature(p))
nested = P(P(f, 1), b=2)
print(nested.func is f, nested.args, nested.keywords, inspect.signature(nested), nested())
try:
    inspect.signature(P(h, x=1))
except ValueError as exc:
    print('signature of bad partial ->', str(exc).replace(repr(h), 'H'), type(exc.__cause__).__name__)
p = P(f, b=3)
print(p(1), p(1, b=4), p(a=2))
print(repr(P(f, 1, b=2)).replace(repr(f), 'F'), repr(P(len)))


class MyPartial(functools.partial):
    pass


print(repr(MyPartial(f, 1)).replace(repr(f), 'F'), type(MyPartial(f)).__name__)
attempt('partial()', lambda: P())
attempt('partial(1)', lambda: P(1))
attempt('set partial.func', lambda: setattr(P(f), 'func', len))
q = P(f, 1)
q.note = 'kept'
r = P(q, b=5)
print(r.func is q, r.args, r.keywords, r(), q.note)
print(P(P(P(g, 1), 2, c=3), 4, d=5)())
print(P(dict, a=1)(a=2, b=3), P(f, a=7)(b=8))


class Holder:
    method = P(f, 'bound?')

    def real(self, x):
        return x


print(Holder().method(), Holder.method(), hasattr(P(f), '__get__'))


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, value):
        self.v = value
        return self

    set_one = functools.partialmethod(set, 1)


print(Cell().set_one().v, repr(Cell.__dict__['set_one']).startswith('functools.partialmethod('))

print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.add, [], 0), functools.reduce(lambda a, b: a, [], None))
attempt('reduce empty', lambda: functools.reduce(operator.add, []))
attempt('reduce non-iterable', lambda: functools.reduce(operator.add, 1))
attempt('reduce error inside', lambda: functools.reduce(operator.add, [1, 'a']))

calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print(square(2), square(2), square(3), square(4), square(2), calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, tuple(info))
square.cache_clear()
print(square.cache_info(), square.cache_parameters(), square.__wrapped__.__name__, square.__name__)


@functools.lru_cache(typed=True)
def ident(x):
    calls.append(('typed', x))
    return x


calls.clear()
print(ident(1), ident(1.0), ident(1), ident.cache_info(), calls)


@functools.lru_cache
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@functools.cache
def kw(a, b=0):
    return a + b


print(kw(1, b=2), kw(b=2, a=1), kw(1, b=2), kw.cache_info())
attempt('lru_cache("x")', lambda: functools.lru_cache('x'))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


def original(a: int, *, b=2) -> int:
    """Docs."""
    return a + b


original.extra = 'x'
wrapped = deco(original)
print(wrapped.__name__, wrapped.__doc__, wrapped.__wrapped__ is original, wrapped.extra, wrapped.__annotations__)
print(inspect.signature(wrapped), inspect.signature(deco(deco(original))), deco(deco(original)).__wrapped__.__wrapped__ is original)


def target():
    pass


def wrapper_fn():
    pass


functools.update_wrapper(wrapper_fn, target, assigned=('__name__',), updated=())
print(wrapper_fn.__name__, wrapper_fn.__qualname__, wrapper_fn.__wrapped__ is target)


def cmp_len(a, b):
    return len(a) - len(b)


K = functools.cmp_to_key(cmp_len)
print(sorted(['ccc', 'a', 'bb', 'd'], key=K), K('ab') < K('abc'), K('ab') == K('cd'), K('a').obj)
attempt('K vs non-K', lambda: K('a') < 'b')
print(K.__hash__, type(K('a')).__name__)


@functools.total_ordering
class Version:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.v == other.v

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.v > other.v


print(Version(1) < Version(2), Version(2) <= Version(2), Version(3) >= Version(4), Version(1).__lt__(3))
print(sorted(('__lt__', '__le__', '__ge__')), Version.__lt__.__name__)
attempt('total_ordering none', lambda: functools.total_ordering(type('Bare', (), {})))
attempt('total_ordering compare', lambda: Version(1) < 3)


@functools.singledispatch
def describe(obj):
    return 'object'


@describe.register
def _(obj: int):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)


describe.register(str, lambda obj: 'str ' + obj)
print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(2.5), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object], sorted(t.__name__ for t in describe.registry))
attempt('dispatch no args', lambda: describe())
attempt('register(1)', lambda: describe.register(1))


class Lazy:
    def __init__(self):
        self.computed = 0

    @functools.cached_property
    def value(self):
        self.computed += 1
        return 42


obj = Lazy()
print(obj.value, obj.value, obj.computed, 'value' in obj.__dict__, type(Lazy.value).__name__)
del obj.value
print(obj.value, obj.computed)


class Slotted:
    __slots__ = ('x',)

    @functools.cached_property
    def value(self):
        return 1


attempt('cached_property without __dict__', lambda: Slotted().value)

# --- more corners -----------------------------------------------------------------
import copy


class Two:
    def __index__(self):
        return 2


print(list(it.islice(range(5), Two(), None)), repr(it.count(2 ** 70, 2)))
attempt('islice huge stop', lambda: it.islice(range(3), 2 ** 70))
print(repr(it.count(start=3, step=2)), repr(it.repeat(object=1, times=2)), list(it.accumulate([1, 2, 3], func=operator.mul)))
attempt('groupby key raises', lambda: list(it.groupby([1, 2], key=lambda x: 1 / 0)))
z = it.zip_longest([1], [2, 3])
print(list(z), list(z))
first = it.tee([1, 2])[0]
print(list(copy.copy(first)), list(first))
print(list(it.product('ab', repeat=True)), list(it.combinations(iterable='ab', r=1)), list(it.permutations('ab', None)))
print([type(x).__name__ for x in (it.count(), it.cycle(''), it.repeat(1), it.chain(), it.islice([], 1),
                                  it.tee([])[0], it.zip_longest(), it.product(), it.pairwise([]))])
print(operator.length_hint(it.repeat(1)), operator.length_hint(it.repeat(1, 5)))
print(copy.copy(functools.partial(int, base=2))('11'), copy.deepcopy(functools.partial(int, base=2))('101'))
print(functools.partial(int, base=2).__reduce__()[1:])


class Meth:
    def m(self, a, b=2):
        pass


print(inspect.signature(functools.partial(Meth().m, b=3)), inspect.signature(functools.partial(Meth.m, 1)))
attempt('reduce kw', lambda: functools.reduce(operator.add, [1], initial=0))
attempt('reduce one arg', lambda: functools.reduce(operator.add))
attempt('reduce four args', lambda: functools.reduce(operator.add, [], 1, 2))
print(functools.lru_cache(maxsize=-5)(len).cache_info(), functools.wraps(len)(lambda: 0).__name__)


class Reduced:
    def __reduce__(self):
        return (Reduced, ())


print(Reduced().__reduce_ex__(4)[0] is Reduced, type(copy.copy(Reduced())).__name__)
