# collections.OrderedDict is CPython's: keyword arguments, the linked list
# kept apart from the dict (a dict method used directly desynchronizes
# them), pickling state, the merge operators' types, recursive reprs.
import copy
import pickle
from collections import OrderedDict


od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od.pop(key='a'), od.pop('zz', default=0), od.setdefault(key='d', default=4))
print(od, list(reversed(od)))
od.move_to_end('b', last=False)
print(list(od), od.popitem(last=False))


class Sub(OrderedDict):
    pass


s = Sub(x=1)
s.attr = 'kept'
for c in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s))):
    print(type(c).__name__, list(c.items()), c.attr)
print(type(s | {'y': 2}).__name__, type({'y': 2} | s).__name__)
print(len(OrderedDict().__reduce__()), OrderedDict(a=1).__reduce__()[0].__name__)

od = OrderedDict()
od['spam'] = 1
od['ham'] = 2
dict.__delitem__(od, 'spam')
try:
    repr(od)
except KeyError as e:
    print('desync', repr(e))

r = OrderedDict()
r['self'] = r
r['list'] = [r]
print(repr(r))


class Early(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


print(Early([('a', 1)], b=2))
print(OrderedDict.fromkeys('abc', 0) == OrderedDict(a=0, b=0, c=0),
      OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1),
      OrderedDict(a=1, b=2) == dict(b=2, a=1))

# Iterators see changes to the order (RuntimeError), pickle what is left,
# and the views are odict_keys/odict_values/odict_items in the list's order.
od = OrderedDict.fromkeys('abcde')
for name, change in [('move', lambda k: od.move_to_end(k)), ('add', lambda k: od.__setitem__('f', 1)),
                     ('delete', lambda k: od.__delitem__('c'))]:
    try:
        for k in od:
            change(k)
    except RuntimeError as e:
        print(name, e)
print(list(od), list(reversed(od.items())), type(od.values()).__name__, type(iter(od)).__name__)
it = iter(od.items())
next(it)
print(pickle.loads(pickle.dumps(it)) is not it, list(pickle.loads(pickle.dumps(it))), list(it))
od.move_to_end('d', last=False)
print(dict(od), {**od}, od.keys() & {'d', 'x'}, list(od.keys())[:2])
d = {}
d[1] = d.values()
d[2] = d.items()
print(d)
od = OrderedDict()
od[42] = od.values()
print(od)
od[42] = od.items()
print(od)
