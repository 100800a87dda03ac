# How many times dict and set operations call a key's __eq__ (and
# __hash__): once per colliding probe, as CPython.
class K:
    eqs = 0
    hashes = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        K.hashes += 1
        return hash(self.v % 3)

    def __eq__(self, o):
        K.eqs += 1
        return isinstance(o, K) and self.v == o.v

    def __repr__(self):
        return f"K({self.v})"


def fresh():
    return {K(1): 'a', K(2): 'b', K(4): 'c'}


def run(name, f):
    d = fresh()
    s = set(d)
    K.eqs = K.hashes = 0
    try:
        r = f(d, s)
    except Exception as e:
        r = type(e).__name__
    print(f"{name:22} eq={K.eqs} hash={K.hashes} -> {r!r}")


run("pop", lambda d, s: d.pop(K(4)))
run("pop missing default", lambda d, s: d.pop(K(7), None))
run("pop missing", lambda d, s: d.pop(K(7)))
run("get", lambda d, s: d.get(K(4)))
run("in", lambda d, s: K(4) in d)
run("getitem", lambda d, s: d[K(4)])
run("setdefault present", lambda d, s: d.setdefault(K(4), 3))
run("setdefault absent", lambda d, s: d.setdefault(K(7), 3))
run("del", lambda d, s: d.__delitem__(K(4)))
run("setitem", lambda d, s: d.__setitem__(K(4), 5))
run("update", lambda d, s: d.update({K(4): 1, K(7): 2}))
run("keys view in", lambda d, s: K(4) in d.keys())
run("items view in", lambda d, s: (K(4), 'c') in d.items())
run("dict ==", lambda d, s: d == fresh())
run("fromkeys", lambda d, s: len(dict.fromkeys([K(1), K(4), K(1)])))
run("copy", lambda d, s: len(d.copy()))
run("set remove", lambda d, s: s.remove(K(4)))
run("set discard", lambda d, s: s.discard(K(4)))
run("set in", lambda d, s: K(4) in s)
run("set add", lambda d, s: s.add(K(4)))
run("set &", lambda d, s: len(s & {K(4), K(7)}))
run("set -", lambda d, s: len(s - {K(4), K(7)}))
run("set ==", lambda d, s: s == set(fresh()))
run("set ^", lambda d, s: len(s ^ {K(4), K(7)}))
run("set isdisjoint", lambda d, s: s.isdisjoint({K(4), K(7)}))
run("set <=", lambda d, s: s <= set(fresh()) | {K(7)})
run("set issuperset list", lambda d, s: s.issuperset([K(1), K(4)]))
run("set |=", lambda d, s: len(s.__ior__({K(4), K(7)})))
run("set -=", lambda d, s: len(s.__isub__({K(4), K(7)})))
run("set &=", lambda d, s: len(s.__iand__({K(4), K(7)})))
run("set ^=", lambda d, s: len(s.__ixor__({K(4), K(7)})))
run("set from dict", lambda d, s: len(set(d)))
run("frozenset from keys", lambda d, s: len(frozenset(d.keys())))
run("dict(d)", lambda d, s: len(dict(d)))
run("{**d}", lambda d, s: len({**d}))
run("d | d2", lambda d, s: len(d | {K(4): 0, K(7): 0}))
run("d |= d2", lambda d, s: len(d.__ior__({K(4): 0, K(7): 0})))
run("fromkeys set", lambda d, s: len(dict.fromkeys(s)))
run("fromkeys dict", lambda d, s: len(dict.fromkeys(d)))
run("keys & set", lambda d, s: len(d.keys() & {K(4), K(7)}))
run("keys == set", lambda d, s: d.keys() == {K(1), K(2), K(4)})
run("items ==", lambda d, s: d.items() == fresh().items())
run("dict(pairs)", lambda d, s: len(dict([(K(1), 1), (K(4), 2), (K(1), 3)])))
run("kwargs merge dup", lambda d, s: (lambda **kw: kw)(**{'a': 1}, **{'a': 2}))
