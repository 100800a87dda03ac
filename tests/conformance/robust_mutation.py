# Containers changed by a callback (__eq__, __index__, a sort key) while an
# operation on them runs: no crash, and CPython's answer.

class Clears:
    """Equal to nothing; comparing it empties its container first."""
    def __init__(self, c):
        self.c = c
    def __eq__(self, other):
        self.c.clear()
        return False
    def __hash__(self):
        return 1
    def __repr__(self):
        return 'Clears()'

class ClearsTrue(Clears):
    def __eq__(self, other):
        self.c.clear()
        return True
    __hash__ = Clears.__hash__

class IndexClears:
    """An index of 1 whose conversion empties its container."""
    def __init__(self, c):
        self.c = c
    def __index__(self):
        self.c.clear()
        return 1

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

def fresh():
    return [1, 2, 3]

l = fresh(); show('l.remove(Clears)', lambda: l.remove(Clears(l))); print(l)
l = fresh(); show('l.remove(ClearsTrue)', lambda: l.remove(ClearsTrue(l))); print(l)
l = fresh(); show('l.index(Clears)', lambda: l.index(Clears(l)))
l = fresh(); show('l.index(ClearsTrue)', lambda: l.index(ClearsTrue(l)))
l = fresh(); show('l.count(Clears)', lambda: l.count(Clears(l)))
l = fresh(); show('l.count(ClearsTrue)', lambda: l.count(ClearsTrue(l)))
l = fresh(); show('Clears in l', lambda: Clears(l) in l)
l = fresh(); show('l[IndexClears]', lambda: l[IndexClears(l)])
l = fresh(); show('l[IndexClears:]', lambda: l[IndexClears(l):])
l = fresh(); show('l[:IndexClears]', lambda: l[:IndexClears(l)])
l = fresh(); show('l[::IndexClears]', lambda: l[::IndexClears(l)])
l = fresh(); show('l.pop(IndexClears)', lambda: l.pop(IndexClears(l)))
l = fresh(); show('l.insert(IndexClears, 5)', lambda: l.insert(IndexClears(l), 5)); print(l)
l = fresh(); show('l[IndexClears] = 5', lambda: l.__setitem__(IndexClears(l), 5)); print(l)
l = fresh(); show('del l[IndexClears]', lambda: l.__delitem__(IndexClears(l))); print(l)
l = fresh(); show('l[IndexClears:] = [7]', lambda: l.__setitem__(slice(IndexClears(l), None), [7])); print(l)
l = fresh(); show('del l[IndexClears:]', lambda: l.__delitem__(slice(IndexClears(l), None))); print(l)
l = fresh(); show('l.index(3, IndexClears)', lambda: l.index(3, IndexClears(l)))
l = fresh(); show('l * IndexClears', lambda: l * IndexClears(l))
l = fresh(); show('l == [Clears, 2, 3]', lambda: l == [Clears(l), 2, 3])
l = [[1], [2]]; show('l < [[1], Clears]', lambda: l < [[1], Clears(l)])
l = [[1], [2]]; show('l > [[1], Clears]', lambda: l > [[1], Clears(l)])

d = {1: 1, 2: 2}; show('del d[Clears]', lambda: d.__delitem__(Clears(d))); print(d)
d = {1: 1, 2: 2}; show('del d[ClearsTrue]', lambda: d.__delitem__(ClearsTrue(d))); print(d)
d = {1: 1, 2: 2}; show('d.get(Clears)', lambda: d.get(Clears(d)))
d = {1: 1, 2: 2}; show('d[Clears] = 5', lambda: d.__setitem__(Clears(d), 5)); print(d)
d = {1: 1, 2: 2}; show('d.pop(Clears, 0)', lambda: d.pop(Clears(d), 0))
d = {1: 1, 2: 2}; show('Clears in d', lambda: Clears(d) in d)
d = {1: 1, 2: 2}; show('d.setdefault(Clears, 0)', lambda: d.setdefault(Clears(d), 0)); print(d)
s = {1, 2}; show('Clears in s', lambda: Clears(s) in s)
s = {1, 2}; show('s.discard(Clears)', lambda: s.discard(Clears(s))); print(s)
s = {1, 2}; show('s.add(Clears)', lambda: s.add(Clears(s))); print(s)
s = {1, 2}; show('s.remove(Clears)', lambda: s.remove(Clears(s)))
d = {1: Clears(None)}; d[1].c = d; show('d == {1: 5}', lambda: d == {1: 5})

l = [3, 1, 2]
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        l.append(0)
        return self.v < other.v
show('sort with a key that grows the list', lambda: l.sort(key=Key))

nan = float('nan')
show('[nan] == [nan]', lambda: [nan] == [nan])
show('(nan,) == (nan,)', lambda: (nan,) == (nan,))
show('[nan].count(nan)', lambda: [nan].count(nan))
show('[nan].index(nan)', lambda: [nan].index(nan))
show('nan in [nan]', lambda: nan in [nan])
show('nan in (nan,)', lambda: nan in (nan,))
show('{1: nan} == {1: nan}', lambda: {1: nan} == {1: nan})
l = [nan]; l.remove(nan); print(l)

class NeverEqual:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
a = NeverEqual()
show('[a] == [a]', lambda: [a] == [a])
show('a in [a]', lambda: a in [a])
show('[a].count(a)', lambda: [a].count(a))
show('(a,).index(a)', lambda: (a,).index(a))
show('a in {a}', lambda: a in {a})
show('{a: 1}[a]', lambda: {a: 1}[a])
