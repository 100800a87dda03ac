# itertools' iterators as CPython's: made by __new__ (a subclass's own
# __init__ may take keywords), pickled mid-iteration at every protocol,
# and restored by __setstate__ (chain, cycle, product, accumulate).
import copy
import operator
import pickle
from itertools import (accumulate, chain, combinations, compress, count, cycle, dropwhile,
                       filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


cases = [
    (cycle, ([1, 2],)), (chain, ([1, 2], [3, 4])), (filterfalse, (None, [0, 1])),
    (starmap, (operator.pow, [(2, 3), (3, 2)])), (islice, ([1, 2, 3, 4], 1, 3)),
    (takewhile, (bool, [2, 3, 0, 4])), (dropwhile, (bool, [2, 0, 4])),
]
for cls, args in cases:
    class Sub(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = Sub(*args, newarg=3)
    print(cls.__name__, type(u) is Sub, list(islice(u, 0, 3)), u.newarg)

    class Plain(cls):
        pass
    attempt(cls.__name__ + ' subclass keyword', lambda: Plain(*args, newarg=3))
attempt('cycle keyword', lambda: cycle([1], x=1))

it = chain()
it.__setstate__((iter(['abc', 'def']), iter(['ghi'])))
print(list(it))
for i, bad in enumerate(((), [], 0, ([],), (iter([]), []), (iter([]),) * 3)):
    attempt('chain setstate %d' % i, lambda: chain().__setstate__(bad))

c = cycle('defg')
c.__setstate__((list('abc'), 0))
print(''.join(islice(c, 12)))
c = cycle('defg')
c.__setstate__((list('abcdefg'), 1))
print(''.join(islice(c, 12)))
attempt('cycle setstate list', lambda: cycle('a').__setstate__([list('a'), 0]))
attempt('cycle setstate tuple', lambda: cycle('a').__setstate__((tuple('a'), 0)))
attempt('cycle setstate str', lambda: cycle('a').__setstate__((list('a'), 'x')))

p = product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p))
p = product((1, 2), (), (3,))
p.__setstate__((0, 0, 0x1000))
attempt('product empty pool', lambda: next(p))

a = accumulate([None, None, None], operator.is_)
print(next(a))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, list(pickle.loads(pickle.dumps(a, proto))), end=' ')
print(list(copy.deepcopy(a)), list(copy.copy(a)))

makers = [
    lambda: accumulate([1, 2, 3, 4]), lambda: accumulate([1, 2, 3], initial=10),
    lambda: chain('ab', 'cd'), lambda: cycle('abc'), lambda: compress('abcd', [1, 0, 1, 1]),
    lambda: count(3, 2), lambda: dropwhile(bool, [1, 0, 2]), lambda: filterfalse(None, [0, 1, 0]),
    lambda: islice('abcdef', 1, None, 2), lambda: permutations('abc', 2),
    lambda: product('ab', 'cd'), lambda: combinations('abcd', 2), lambda: repeat('x', 4),
    lambda: starmap(operator.add, [(1, 2), (3, 4), (5, 6)]), lambda: takewhile(bool, [1, 2, 0, 3]),
    lambda: zip_longest('ab', 'c', fillvalue='-'), lambda: tee('abcd')[0],
]
for make in makers:
    results = []
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        first = next(it)
        copied = pickle.loads(pickle.dumps(it, proto))
        results.append((first, list(islice(copied, 5)), list(islice(it, 5))))
    print(type(make()).__name__, results[0], all(r == results[0] for r in results))

g = groupby('aabbc')
next(g)
print([(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])
t1, t2 = tee('abc')
next(t1)
print(list(pickle.loads(pickle.dumps(t1, 0))), list(pickle.loads(pickle.dumps(t2, 1))))
attempt('pickle pairwise', lambda: pickle.dumps(pairwise('abc')))
