# CPython's _collections_abc: Callable[...] aliases, the builtin callables'
# types recognized as Callable, the mixin methods of Generator, Coroutine,
# AsyncGenerator, Set (with real sets on either side) and Sequence.
import collections.abc as abc


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


for x in (len, list.append, [].append, int.__add__, dict.fromkeys, dict.__dict__['fromkeys'],
          (lambda: 0), type, object.__init__, abc.Sized):
    print(type(x).__name__, isinstance(x, abc.Callable), issubclass(type(x), abc.Callable),
          '__call__' in type(x).__dict__)
print(list.append.__call__([1], 2), int.__add__.__call__(1, 2), dict.__dict__['fromkeys'].__call__(dict, 'ab'))
attempt('descriptor call bad self', lambda: list.append.__call__(1, 2))

print(abc.Callable[[int, str], bool].__args__, abc.Callable[..., int].__args__)
print(abc.Callable[[], bool].__origin__ is abc.Callable, abc.Sequence[int], abc.Mapping[str, int])
attempt('Callable bad args', lambda: abc.Callable[int, str])


class MinimalGen(abc.Generator):
    def send(self, value):
        return value

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = MinimalGen()
attempt('gen throw', lambda: g.throw(ValueError('huhu')))
attempt('gen throw type', lambda: g.throw(KeyError))
print(g.close(), next(g))


class MinimalAGen(abc.AsyncGenerator):
    async def asend(self, value):
        return value

    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


ag = MinimalAGen()
print(run(ag.asend(5)), run(ag.__anext__()), run(ag.aclose()))
attempt('agen athrow', lambda: run(ag.athrow(ValueError('x'))))


class ListSet(abc.Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a, b = ListSet([1, 2, 3]), {2, 3, 4}
for label, f in [('a - b', lambda: a - b), ('b - a', lambda: b - a), ('a & b', lambda: a & b),
                 ('b & a', lambda: b & a), ('a | b', lambda: a | b), ('b ^ a', lambda: b ^ a),
                 ('a <= b', lambda: a <= b), ('a == {1,2,3}', lambda: a == {1, 2, 3})]:
    r = f()
    print(label, sorted(r) if isinstance(r, (set, abc.Set)) else r)
print(ListSet([1, 2])._hash() == ListSet([2, 1])._hash(), isinstance(a - b, ListSet))


class Seq(abc.Sequence):
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq('abcab')
print(s.index('b'), s.index('b', 2), s.count('a'), list(reversed(s)), 'c' in s)
attempt('index stop', lambda: s.index('c', 0, 2))
attempt('index missing', lambda: s.index('z'))
print(isinstance(memoryview(b''), abc.Sequence), isinstance(range(3), abc.Sequence), isinstance('', abc.Sequence))
