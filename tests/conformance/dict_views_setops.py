# Set operations of dict views as CPython defines them: keys and items views
# compare with set-like operands only, take any iterable on either side of
# |, &, - and ^, and test an item's value by comparison, never by hash;
# values views have none of this. Also dicts and sets whose keys hash and
# compare in Python.


def show(expr, env):
    try:
        r = eval(expr, env)
    except Exception as x:
        r = "%s: %s" % (type(x).__name__, x)
    if isinstance(r, (set, frozenset)):
        r = type(r).__name__ + str(sorted(r, key=repr))
    print(expr, "->", r)


d = {1: 2, 3: [4]}
e = {1: 2, 5: 6}
env = {"d": d, "e": e}
for expr in [
    "d.keys() | [7]", "[7] | d.keys()", "d.keys() & [1, 9]", "[1, 9] & d.keys()", "d.keys() - [1]",
    "[1, 8] - d.keys()", "d.keys() ^ [1, 8]", "[1, 8] ^ d.keys()", "d.keys() & {1, 9, 10}",
    "d.items() & {(1, 2)}", "d.items() & e.items()", "e.items() & d.items()", "d.items() | e.items()",
    "d.items() - {(1, 2)}", "d.items() ^ e.items()", "e.items() ^ {(1, 2), (9, 9)}", "d.items() ^ d.items()",
    "d.keys() | 5", "5 | d.keys()", "d.keys() & 5", "d.keys() - 5", "d.keys() ^ 5",
    "d.keys() == [1, 3]", "d.keys() == {1, 3}", "{1, 3} == d.keys()", "d.keys() != {1}", "d.keys() <= {1, 3}",
    "d.keys() < {1, 3, 5}", "d.keys() > {1}", "d.keys() >= d.keys()", "d.items() <= {(1, 2)}",
    "d.items() == e.items()", "d.keys() == e.keys()", "d.keys() < e.keys()",
    "d.keys().mapping", "d.values().mapping == d", "d.items().mapping is d",
    "d.keys().isdisjoint([9])", "d.keys().isdisjoint(d.keys())", "{}.keys().isdisjoint({}.keys())",
    "d.items().isdisjoint([(1, 2)])", "d.items().isdisjoint({(5, 6)})", "d.keys().isdisjoint(5)",
    "d.keys().__ror__([7])", "d.keys().__rsub__([1, 8])", "d.keys().__rand__([1])", "d.keys().__rxor__([1])",
    "d.values() | d.values()", "d.values() == d.values()", "d.values() < d.values()",
    "(1, 2) in d.items()", "(3, [4]) in d.items()", "[] in d.items()", "(3, [4]) in d.values()",
    "[4] in d.values()", "sorted(n for n in dir(d.values()) if not n.startswith('_'))",
    "sorted(n for n in dir(d.keys()) if not n.startswith('_'))",
]:
    show(expr, env)


class HashBig:
    # A key whose hash and equality run Python code.
    def __hash__(self):
        return 2 ** 100

    def __eq__(self, other):
        return isinstance(other, HashBig)


k = HashBig()
x = {k: 1, 2: 3}
print(x.popitem()[0] == 2, x.popitem()[0] is k, x)


class Clearing:
    # Equality that empties the set it belongs to.
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.s.clear()
        return False


a = {1}
b = {Clearing(a), 1}
print(len(a | b), len(frozenset("a").union((Clearing(a), 1))))
c = {Clearing(set())}
c |= {Clearing(c)}
print(len(c) in (1, 2))
