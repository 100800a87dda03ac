# An object whose repr was taken dies when its last reference goes: a
# weak reference or proxy to it is dead after a collection.
import collections
import gc
import weakref


class L(list):
    pass


class D(dict):
    pass


class I:
    def __repr__(self):
        return 'I()'


def check(label, make, op):
    obj = make()
    ref = weakref.ref(obj)
    op(obj)
    obj = None
    gc.collect()
    print(label, 'dead' if ref() is None else 'alive')


makers = [('set', lambda: {1, 2}), ('frozenset', lambda: frozenset({1})), ('L', lambda: L([1])),
          ('D', lambda: D(a=1)), ('deque', lambda: collections.deque([1])),
          ('OrderedDict', lambda: collections.OrderedDict(a=1)), ('I', I),
          ('nested', lambda: L([L([1]), {2}]))]
ops = [('repr', repr), ('str', str), ('format', lambda o: f'{o}'), ('percent', lambda o: '%r' % (o,)),
       ('in list', lambda o: repr([o, o])), ('print', lambda o: print(o))]
for label, make in makers:
    for opname, op in ops:
        check(label + ' ' + opname, make, op)

s = {'gallahad'}
p = weakref.proxy(s)
print(str(p) == str(s))
s = None
gc.collect()
try:
    str(p)
except ReferenceError as e:
    print('ReferenceError', e)
