# itertools written natively: constructors' argument errors, reprs,
# pickling states, subclasses and the shared buffer of tee.
import itertools as it
import copy
import operator
import pickle
import weakref
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
                       repeat, starmap, takewhile, tee, zip_longest)


def err(f):
    try:
        r = f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return r


class Idx:
    def __index__(self):
        return 2


class BadIdx:
    def __index__(self):
        raise ZeroDivisionError("boom")


print("-- argument errors")
calls = {
    "chain kw": lambda: chain(x=1),
    "cycle 2": lambda: cycle(1, 2),
    "cycle kw": lambda: cycle(x=1),
    "cycle int": lambda: cycle(1),
    "combinations none": lambda: combinations(),
    "combinations 3": lambda: combinations([], r=1, x=2),
    "combinations float": lambda: combinations('ab', 1.5),
    "combinations neg": lambda: combinations('ab', -1),
    "cwr neg": lambda: combinations_with_replacement('ab', -1),
    "permutations float": lambda: permutations('ab', 1.5),
    "permutations big": lambda: permutations('ab', 2**70),
    "permutations neg": lambda: permutations('ab', -2),
    "tee 3": lambda: tee(1, 2, 3),
    "tee 0": lambda: tee(),
    "tee neg": lambda: tee([], -1),
    "tee kw": lambda: tee([], n=2),
    "from_iterable 0": lambda: chain.from_iterable(),
    "count 3": lambda: count(1, 2, 3),
    "count kw": lambda: count(x=1),
    "count str": lambda: count('a'),
    "count step str": lambda: count(1, 'a'),
    "repeat none": lambda: repeat(),
    "repeat float": lambda: repeat(1, 1.5),
    "repeat big": lambda: repeat(1, 10**20),
    "islice 0": lambda: islice(),
    "islice 5": lambda: islice([], 1, 2, 3, 4),
    "islice stop neg": lambda: islice([], -1),
    "islice stop -5": lambda: islice([], -5),
    "islice stop str": lambda: islice([], 'a'),
    "islice start neg": lambda: islice([], -1, 5),
    "islice start str": lambda: islice([], 'a', 5),
    "islice step 0": lambda: islice([], 1, 2, 0),
    "islice step str": lambda: islice([], 1, 2, 'a'),
    "islice huge": lambda: islice(count(), 10**19, None),
    "islice bad index": lambda: islice([], BadIdx()),
    "islice kw": lambda: islice([], stop=1),
    "product kw": lambda: product(x=1),
    "product 2 kw": lambda: product(repeat=1, x=2),
    "product neg": lambda: product('a', repeat=-1),
    "product float": lambda: product('a', repeat=1.5),
    "product huge": lambda: product('ab', 'cd', repeat=2**62),
    "zip_longest kw": lambda: zip_longest(x=1),
    "zip_longest 2 kw": lambda: zip_longest(fillvalue=1, x=2),
    "pairwise 0": lambda: pairwise(),
    "pairwise kw": lambda: pairwise(iterable=[]),
    "accumulate 0": lambda: accumulate(),
    "accumulate 3": lambda: accumulate([], None, None),
    "accumulate kw": lambda: accumulate([], x=1),
    "groupby 0": lambda: groupby(),
    "groupby 3": lambda: groupby([], None, 1),
    "compress 1": lambda: compress('a'),
    "dropwhile 1": lambda: dropwhile(bool),
    "starmap kw": lambda: starmap(pow, [], x=1),
    "grouper": lambda: it._grouper(1, 2),
    "tee_dataobject": lambda: it._tee_dataobject([], 1, None),
    "tee_dataobject next": lambda: it._tee_dataobject(iter([]), [], it._tee_dataobject(iter([]), [], None)),
    "tee_dataobject many": lambda: it._tee_dataobject(iter([]), [0] * 58, None),
    "_tee 0": lambda: it._tee(),
    "starmap item": lambda: list(starmap(pow, [5])),
    "chain item": lambda: list(chain([1], 5)),
    "reduce arg": lambda: chain().__reduce__(1),
    "setstate none": lambda: chain().__setstate__(),
    "length_hint arg": lambda: repeat(1).__length_hint__(2),
    "new not type": lambda: chain.__new__(1),
    "new not subtype": lambda: chain.__new__(int),
}
for name, f in calls.items():
    print(name, "->", err(f))

print("-- index arguments")
print(list(islice('abcdef', Idx())), list(islice('abcdef', 1, Idx())), list(islice('abcdef', None, None, Idx())))
print(list(repeat('x', Idx())), list(combinations('abc', Idx())), tee('ab', Idx())[1].__class__.__name__)
print(list(islice(range(10), None)), list(islice(range(10), 3, None)), list(islice(range(10), None, 4)))

print("-- reprs")
print(repr(count()), repr(count(5)), repr(count(1.0, 0.5)), repr(count(2**70)), repr(count(5, 1)), repr(count(5, 1.0)))
print(repr(count(True)), repr(count(0, True)), repr(count(1j)), repr(count(-3, -1)))
print(repr(repeat('a')), repr(repeat('a', 3)), repr(repeat('a', -3)), repeat('a', 0).__length_hint__())
c = count(2**63 - 2)
print(next(c), next(c), next(c), repr(c))
print(err(lambda: repeat(1).__length_hint__()), repeat(1, 5).__length_hint__(), operator.length_hint(repeat(1, 7)))


class MyCount(count):
    pass


class MyRepeat(repeat):
    pass


print(repr(MyCount(3)), repr(MyCount(1.5, 2)), repr(MyRepeat('a', 2)))

print("-- subclasses")


class C(chain):
    def total(self):
        return sum(self)


class WithInit(chain):
    def __init__(self, *args, **kw):
        self.kw = kw


print(C([1, 2], [3]).total(), type(C.from_iterable([[1]])).__name__, isinstance(C(), chain))
w = WithInit([1], [2], x=5)
print(list(w), w.kw, err(lambda: C(x=1)))


class Squares(islice):
    def __next__(self):
        return super().__next__() ** 2


print(list(Squares(range(10), 2, 8, 2)), list(map(str, Squares(count(), 3))))
for t in (cycle, dropwhile, takewhile, filterfalse, starmap, islice, chain, compress, count, repeat,
          accumulate, groupby, product, permutations, combinations, combinations_with_replacement,
          zip_longest, pairwise):
    Sub = type('Sub', (t,), {})
    print(t.__name__, t.__module__, Sub.__mro__[1] is t, err(lambda: Sub(x=1)) if t not in (zip_longest,) else '')
for t in (it._grouper, it._tee, it._tee_dataobject):
    print(t.__name__, err(lambda: type('Sub', (t,), {})))

print("-- docs and signatures")
for t in (chain, count, cycle, repeat, islice, accumulate, product, it._tee, it._tee_dataobject):
    print(t.__name__, t.__text_signature__, (t.__doc__ or '').splitlines()[:1])
print(tee.__text_signature__, tee.__doc__, chain.from_iterable.__text_signature__)
print(chain.__reduce__.__doc__, chain.from_iterable.__doc__)
print(it.__doc__.splitlines()[0], chain[int], chain.__class_getitem__.__name__)
print(count.__reduce__.__qualname__, chain.from_iterable.__qualname__, product.__sizeof__.__doc__)
print(product('ab', 'c').__sizeof__(), product().__sizeof__(), combinations('abc', 2).__sizeof__(),
      combinations_with_replacement('abc', 2).__sizeof__(), permutations('abc', 2).__sizeof__())

print("-- pickling")


def second(a, b):
    return b


def plain(items):
    """items with groupby's groups listed."""
    return [(k, list(g)) if type(g).__name__ == '_grouper' else (k, g) for k, g in items] if items and type(items[0]) is tuple and len(items[0]) == 2 else items


def roundtrip(obj, n=6):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        got = plain(list(islice(pickle.loads(pickle.dumps(obj, proto)), n)))
    return got, plain(list(islice(copy.deepcopy(obj), n)))


for make in [lambda: count(3), lambda: count(1.5, 2), lambda: repeat('x', 3), lambda: repeat('y'),
             lambda: cycle('abc'), lambda: chain('ab', 'cd'), lambda: islice(range(10), 2, 8, 2),
             lambda: accumulate([1, 2, 3]), lambda: accumulate([1, 2, 3], initial=5),
             lambda: accumulate([None, 1, 2], second), lambda: product('ab', 'cd'),
             lambda: permutations('abc'), lambda: combinations('abcd', 2),
             lambda: combinations_with_replacement('abc', 2), lambda: groupby('aabbc'),
             lambda: zip_longest('ab', 'c', fillvalue='-'), lambda: dropwhile(bool, [1, 0, 2]),
             lambda: compress('abc', [1, 0, 1]), lambda: starmap(pow, [(2, 3), (2, 4)]),
             lambda: filterfalse(None, [0, 1, 0]), lambda: takewhile(bool, [1, 1, 0]),
             lambda: islice('abcdef', 2), lambda: product('ab', repeat=0)]:
    fresh, started = make(), make()
    first = next(started, None)
    if type(fresh) is groupby:
        first = first[0]
    print(type(fresh).__name__, roundtrip(fresh), first, roundtrip(started))
ex = combinations('ab', 2)
list(ex)
print(ex.__reduce__(), product('a', []).__reduce__(), permutations('ab', 5).__reduce__())
p = permutations('abc', 2)
next(p)
print(p.__reduce__()[1:], cycle('ab').__reduce__()[2])
c = cycle('ab')
print(list(islice(c, 3)), c.__reduce__()[1][0].__class__.__name__, c.__reduce__()[2], list(islice(copy.copy(c), 4)))
acc = accumulate([1, 2, 3], initial=None)
print(acc.__reduce__()[1][1], acc.__reduce__()[2])
grp = groupby('aabbc')
k, g = next(grp)
print(g.__reduce__()[1][1], list(copy.deepcopy(g)), next(grp)[0], g.__reduce__()[0].__name__, list(g))
s = islice('abcdef', 1, None, 2)
list(s)
print(s.__reduce__()[1][1:], s.__reduce__()[2])
z = zip_longest('a', 'bcd')
next(z), next(z)
print(z.__reduce__()[1][0], z.__reduce__()[2])
print(err(lambda: pickle.dumps(pairwise('ab'))))

print("-- setstate")
print(err(lambda: chain().__setstate__(5)), err(lambda: chain().__setstate__(())), err(lambda: chain().__setstate__((1, 2, 3))))
print(err(lambda: chain().__setstate__((1,))), err(lambda: cycle('').__setstate__(([], 1, 2))), err(lambda: cycle('').__setstate__((1, 0))))
print(err(lambda: cycle('').__setstate__(([], 1.5))), err(lambda: product('ab').__setstate__(5)), err(lambda: product('ab').__setstate__(('x',))))
print(err(lambda: permutations('ab').__setstate__(5)), err(lambda: permutations('ab').__setstate__(((0, 1),))), err(lambda: permutations('ab').__setstate__(([0, 1], (1,)))))
print(err(lambda: permutations('ab').__setstate__(((0,), (1, 1)))), err(lambda: combinations('ab', 1).__setstate__((0, 1))), err(lambda: groupby('').__setstate__((1, 2))))
print(err(lambda: islice('ab', 1).__setstate__('x')), err(lambda: tee('a')[0].__setstate__((1, 2))), err(lambda: tee('a')[0].__setstate__((it._tee_dataobject(iter(''), [], None), 99))))
cw = combinations_with_replacement('abc', 2)
cw.__setstate__((5, -3))
comb = combinations('abcd', 2)
comb.__setstate__((-1, 9))
pe = permutations('abc', 2)
pe.__setstate__(((9, -1, 1), (5, 0)))
print(list(cw), list(comb), list(pe))
pr = product('abc', 'xy')
pr.__setstate__((7, -1))
print(list(pr))
cy = cycle('')
cy.__setstate__((['p', 'q'], True))
print(list(islice(cy, 5)))
dw = dropwhile(lambda x: x < 5, range(8))
dw.__setstate__(1)
print(list(dw))

print("-- tee")
a, b = tee(range(200))
print(list(islice(a, 3)), next(b), type(a).__name__, weakref.ref(a)() is a)
c = copy.copy(a)
print(list(a)[-2:], list(c)[:2], len(list(b)))
d, e = tee(a)
print(type(d) is type(a), list(d), list(e))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee('ab', 0))
t = it._tee('xyz')
next(t)
print(list(pickle.loads(pickle.dumps(t))), list(copy.deepcopy(t)), t.__reduce__()[1])
data = t.__reduce__()[2][0]
print(type(data).__name__, data.__reduce__()[1][1:], t.__reduce__()[2][1])


class Copyable:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __copy__(self):
        return 'copied'


print(tee(Copyable(), 3)[1:])


def reenter():
    def gen():
        yield next(t1)
    t1, t2 = tee(gen())
    return next(t1)


print(err(reenter))

print("-- groupby")
g = groupby([1, 1, 2, 2, 3], key=lambda x: x % 2)
groups = [(k, grp) for k, grp in g]
print([(k, list(grp)) for k, grp in groups])
print([(k, ''.join(grp)) for k, grp in groupby('AAAABBBCCDAABBB')])
print([k for k, _ in groupby('AAAABBBCCD')], [len(list(g)) for k, g in groupby([])])
nan = float('nan')
print([(k is nan, len(list(g))) for k, g in groupby([nan, nan, 1])])
g = groupby('aab')
k, grp = next(g)
print(it._grouper(g, 'a').__reduce__()[1][1], list(grp))

print("-- generators and exceptions")


def gen(n):
    for i in range(n):
        yield i
    raise ValueError("gen failed")


print(err(lambda: list(chain(gen(3)))), err(lambda: list(islice(gen(5), 3))), err(lambda: list(pairwise(gen(2)))))
z = zip_longest(gen(1), 'abc')
print(next(z), err(lambda: next(z)), err(lambda: next(z)))
print(list(accumulate([])), err(lambda: list(accumulate(['a', 1]))))
print(list(zip_longest()), list(product()), list(permutations([])), list(combinations([], 0)), list(combinations_with_replacement([], 0)))
print(list(filterfalse(bool, [0, 1, '', 'a'])), list(starmap(lambda *a: a, ['ab', [1, 2]])))
print(list(islice(count(0.5, 0.25), 3)), list(islice(count(2**64, -2**64), 3)), list(islice(count(1, 0), 2)))
from fractions import Fraction
print(list(islice(count(Fraction(1, 2), Fraction(1, 3)), 3)))
r = repeat(3, 2)
print(list(map(pow, range(3), repeat(2))), list(r), list(r), list(repeat(1, -5)))
print(sum(1 for _ in product(range(10), repeat=4)), len(list(permutations(range(6)))), len(list(combinations(range(20), 3))))
