# A weak proxy applies the abstract operations to its referent, as CPython's
# proxy slots do: truth through __len__, membership through iteration, the
# operators with both operands unwrapped; proxies and refs without a
# callback are shared, and an object's weak references are listed in
# CPython's order.
import operator
import weakref


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return ('add', self.v, other)

    def __radd__(self, other):
        return ('radd', other, self.v)

    def __index__(self):
        return self.v

    def __lt__(self, other):
        return ('lt', self.v, other)

    def __bytes__(self):
        return b'num'

    def __repr__(self):
        return 'Num(%d)' % self.v


class Plain:
    pass


s = Seq([1, 2])
p = weakref.proxy(s)
empty = Seq([])
print('bool', bool(p), bool(weakref.proxy(empty)))
print('len', len(p))
print('contains', 2 in p, 5 in p)
print('iter', list(p))

n = Num(3)
q = weakref.proxy(n)
print('add', q + 1, 1 + q, q.__add__(2), q.__radd__(4))
print('index', operator.index(q), [10, 20, 30, 40][q])
print('bytes', bytes(q))
print('lt', q < 5)
print('str', str(q))


class NotIter:
    def __iter__(self):
        return weakref.proxy(f)


def f():
    return 0


try:
    list(NotIter())
except TypeError as e:
    print('next', e)

try:
    plain = Plain()
    operator.index(weakref.proxy(plain))
except TypeError as e:
    print('index error', e)

o = Plain()
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
p3 = weakref.proxy(o, lambda r: None)
print('proxy shared', p1 is p2, p1 is p3)


class MyRef(weakref.ref):
    pass


o = Plain()
r1 = MyRef(o)
r2 = weakref.ref(o)
pr = weakref.proxy(o)
r3 = MyRef(o)
refs = weakref.getweakrefs(o)
print('order', [[i for i, y in enumerate(refs) if y is x] for x in (r2, pr, r3, r1)],
      weakref.getweakrefcount(o))

try:
    weakref.ref(Plain).__init__(0, 0, 0, 0, 0)
    print('init accepted')
except TypeError as e:
    print('init', e)
print('init ok', weakref.ref(Plain).__init__(Plain))
