# Fast paths of sequence and container operations keep CPython's behaviour:
# list()/tuple()/set()/frozenset() of one argument (exact types and
# subclasses, generators, errors), small lists and tuples (slicing,
# concatenation, *args, sizes), `for a, b in` enumerate/zip/dict items
# (unpacking targets of every kind, mutation and errors during iteration),
# `in` on lists and tuples (ints, bools, None, strs, NaN, __eq__ overrides)
# and unpacking into locals.
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- list(), tuple(), set(), frozenset() of one argument
def gen(n):
    for i in range(n):
        yield i * i


show("list gen", lambda: list(gen(5)))
show("list genexpr", lambda: list(x + 1 for x in range(12)))
show("tuple genexpr", lambda: tuple(x for x in "abc"))
show("set genexpr", lambda: sorted(set(x % 3 for x in range(10))))
show("frozenset genexpr", lambda: sorted(frozenset(x % 4 for x in range(10))))
show("list of list", lambda: list([1, 2, 3]))
show("list of tuple", lambda: list((1, 2)))
show("list of dict", lambda: list({"a": 1, "b": 2}))
show("list of str", lambda: list("xyz"))
show("list empty gen", lambda: list(x for x in ()))
show("tuple empty", lambda: tuple([]))
show("tuple of list", lambda: tuple([4, 5]))
t = (1, 2, 3)
print("tuple of tuple is same", tuple(t) is t)
fs = frozenset({1, 2})
print("frozenset of frozenset is same", frozenset(fs) is fs)
s = {1, 2}
print("set of set is copy", set(s) is not s, set(s) == s)
print("frozenset of set", sorted(frozenset(s)), type(frozenset(s)).__name__)
print("set of frozenset", sorted(set(fs)), type(set(fs)).__name__)
show("list of int", lambda: list(5))
show("tuple of int", lambda: tuple(5))
show("set of int", lambda: set(5))
show("frozenset of None", lambda: frozenset(None))
show("set unhashable", lambda: set([[1]]))
show("list kw", lambda: list(x=1))
show("tuple kw", lambda: tuple(x=1))
show("list two args", lambda: list(1, 2))
show("set two args", lambda: set(1, 2))
show("frozenset two args", lambda: frozenset(1, 2))


def bad_gen():
    yield 1
    raise KeyError("boom")


show("list failing gen", lambda: list(bad_gen()))
show("tuple failing gen", lambda: tuple(bad_gen()))
show("set failing gen", lambda: set(bad_gen()))


class L(list):
    pass


class T(tuple):
    pass


class S(set):
    pass


class FS(frozenset):
    pass


for cls in (L, T, S, FS):
    v = cls(x for x in (3, 1, 2))
    print(cls.__name__, type(v).__name__, sorted(v), isinstance(v, cls.__mro__[1]))
ffs = FS([1])
print("frozenset of subclass", type(frozenset(ffs)).__name__, frozenset(ffs) is ffs)
print("subclass of frozenset", type(FS(fs)).__name__, FS(fs) is fs)


class Init(list):
    def __init__(self, it):
        super().__init__(it)
        self.append("init")


print("list subclass __init__", Init((1, 2)))


class Meta(type):
    def __call__(cls, *a):
        return "meta"


class ML(list, metaclass=Meta):
    pass


print("metaclass call", ML([1]))


# list() of a generator whose list is then grown and mutated
g = list(x for x in range(3))
g.append(99)
g[0] = -1
print("grown", g, len(g))

# --- small lists and tuples
base = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print("slices", base[2:5], base[::-1], base[8:2:-2], base[:0], base[-3:])
tb = tuple(base)
print("tuple slices", tb[2:5], tb[::-3], tb[5:1], tb[:], tb[:] is tb)
c = base[:3]
c.append(3)
c.extend([4, 5, 6, 7, 8])
c.insert(0, "x")
print("slice grown", c)
d = base[:2] + base[5:7]
d += [1]
print("concat", d, (1, 2) + (3,), () + (), (1,) + ())
e = [1, 2]
e[:] = e[::-1]
print("self assign", e)
e[1:1] = e
print("self insert", e)
f = [1, 2, 3]
f[:2] = (9,)
print("shrink", f)


def star(*args):
    return args


print("star", star(), star(1), star(*range(9)), type(star(1, 2)).__name__)
print("build", [], [1], [1, 2, 3], (), (1,), (1, 2, 3, 4, 5, 6, 7), tuple(range(9)))
print("nested", [[1] * 2] * 2, ((1,),) * 2)
print("sizes", sys.getsizeof(()) <= sys.getsizeof((1,)) < sys.getsizeof((1, 2, 3)))
print("hash", hash((1, 2)) == hash(tuple([1, 2])), hash(tb[1:3]) == hash((1, 2)))

# --- for a, b in enumerate / zip / items
for i, ch in enumerate("ab"):
    print("enum", i, ch)
for i, ch in enumerate("ab", start=sys.maxsize):
    print("enum big", i, ch)
for i, ch in enumerate("ab", -1):
    print("enum neg", i, ch)
for a, b in zip([1, 2, 3], "xy"):
    print("zip", a, b)
for a, b in zip((), "xy"):
    print("zip empty", a, b)
dd = {"k": 1, "j": 2}
for k, v in dd.items():
    print("items", k, v)
for k, v in reversed(dd.items()):
    print("rev items", k, v)
for a, (b, c) in enumerate([(1, 2), (3, 4)]):
    print("nested target", a, b, c)
for (a, b), c in zip([(1, 2)], "z"):
    print("nested first", a, b, c)
box = [0, 0]
for box[0], box[1] in enumerate("pq"):
    print("subscript targets", box)


class Obj:
    pass


o = Obj()
for o.a, o.b in zip("ab", "cd"):
    print("attr targets", o.a, o.b)
for a, *rest in enumerate("xy"):
    print("starred", a, rest)
for pair in enumerate("ab"):
    print("whole pair", pair)
for x, y, z in zip("a", "b", "c"):
    print("zip3", x, y, z)


def loop_items():
    total = 0
    for k, v in {1: 2, 3: 4}.items():
        total += k * v
    for i, x in enumerate([5, 6, 7]):
        total += i * x
    for x, y in zip(range(4), range(10, 14)):
        total += x * y
    return total


print("in function", loop_items(), loop_items())


def mutate_items():
    m = {1: 1, 2: 2}
    for k, v in m.items():
        m[k + 10] = v


show("dict grows", mutate_items)


def strict_zip():
    out = []
    for a, b in zip([1, 2, 3], [4, 5], strict=True):
        out.append((a, b))
    return out


show("zip strict", strict_zip)


def strict_zip_longer():
    for a, b in zip([1], [4, 5], strict=True):
        pass


show("zip strict longer", strict_zip_longer)


def failing_enum():
    for i, v in enumerate(bad_gen()):
        print("got", i, v)


show("enum failing", failing_enum)


def unpack_not_pair():
    for a, b in enumerate(["x"]):
        pass
    for a, b in zip("ab"):
        pass


show("zip1 unpack", unpack_not_pair)


def wrong_count():
    for a, b, c in enumerate("x"):
        pass


show("enum 3 targets", wrong_count)


class E(enumerate):
    pass


for a, b in E("st"):
    print("enumerate subclass", a, b)


def enum_counts():
    e = enumerate("abc")
    for i, x in e:
        if i == 1:
            break
    return list(e)


print("enum resumed", enum_counts())

# --- in on lists and tuples
nan = float("nan")
print("in ints", 3 in [1, 2, 3], 4 in (1, 2, 3), True in [0, 1], 1 in (True,), 0 in [False])
print("in None", None in [0, "", None], None in (0,), 0 in [None])
print("in strs", "b" in ["a", "b"], "c" in ("a",), "1" in [1], 1 in ["1"])
print("in floats", 1.0 in [1], 1 in [1.0], 2 in [2.5], nan in [nan], nan in (nan, 1))
print("in big", 2**70 in [2**70], 2**70 in (1,), 5 in [2**70, 5])
print("in mixed", (1, 2) in [[1, 2], (1, 2)], [1] in [(1,)], {1} in [frozenset({1})])


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  eq", self.v, other)
        return self.v == other

    __hash__ = None


print("eq override", 3 in [Eq(1), Eq(3)], Eq(2) in [1, 2], 5 in (Eq(5),))


class Never:
    def __eq__(self, other):
        return False


nv = Never()
print("identity wins", nv in [nv], nv in (nv,), [nv].count(nv), [nv].index(nv))


class Raises:
    def __eq__(self, other):
        raise ValueError("no eq")


show("eq raises", lambda: 1 in [Raises()])
show("eq raises str", lambda: "a" in ("b", Raises()))


class MyInt(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


class MyStr(str):
    def __eq__(self, other):
        return other == "anything"

    __hash__ = str.__hash__


print("int subclass", 7 in [MyInt(1)], MyInt(1) in [7], 7 in (MyInt(1),))
print("str subclass", "anything" in [MyStr("q")], "x" in [MyStr("x")], MyStr("q") in ["anything"])


class Shrink:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return False


lst = [1]
lst.insert(0, Shrink(lst))
print("list shrinks during in", 1 in lst, lst)
print("list methods", [1, "a", None].index(None), [1, 1, True].count(1), ("a", "b").index("b"))
rem = [1, "a", None, 2]
rem.remove(None)
print("remove", rem)
show("index missing", lambda: [1, 2].index("1"))
print("list eq", [1, "a", None] == [1, "a", None], (1, 2) == (1, 2.0), [nan] == [nan])
print("sets", {1, True, 1.0}, 1 in {True}, "a" in frozenset("abc"))


# --- unpacking into locals
def unpack_many(seq):
    a, b, c, d, e = seq
    return e, d, c, b, a


print("unpack", unpack_many((1, 2, 3, 4, 5)), unpack_many([5, 4, 3, 2, 1]), unpack_many("abcde"))
for _ in range(3):
    print("unpack again", unpack_many(tuple(range(5))))
show("unpack short", lambda: unpack_many((1, 2)))
show("unpack long", lambda: unpack_many([1, 2, 3, 4, 5, 6]))
show("unpack int", lambda: unpack_many(5))


def unpack_to_other(seq, out):
    out[0], out[1] = seq
    return out


print("unpack to subscripts", unpack_to_other((7, 8), [0, 0]), unpack_to_other([9, 10], [0, 0]))


# --- small sets: table order, removal, clearing, growth, mutation by __eq__
s = set()
for x in (8, 16, 1, 24, 9):
    s.add(x)
print("small set order", list(s))
s.discard(16)
s.add(32)
print("after dummy", list(s), len(s))
s.clear()
s.update([5, 13, 21])
print("after clear", list(s))
for x in range(40):
    s.add(x * 7)
print("grown", len(s), list(s)[:10])
s &= {0, 7, 14, 99}
print("iand", sorted(s))
p = {3, 11}
print("pop", p.pop(), p.pop(), p)
print("copy order", list({17, 1, 9}.copy()), list(frozenset({17, 1, 9})), list(set({17, 1, 9})))


class Clearer:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.target.clear()
        return False


victim = set()
victim.add(Clearer(victim))
victim.add(Clearer(victim))
print("cleared by eq", len(victim))
victim.add(1)
victim.add(9)
print("reused", sorted(x for x in victim if isinstance(x, int)))
src = {2, 3}
holder = Clearer(src)
dst = {holder}
dst.update(src)
print("merge source", sorted(x for x in dst if isinstance(x, int)), sorted(src))
