# Observable behaviour of the copy and copyreg modules.
import copy
import copyreg


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


# --- copyreg.pickle / constructor
show("pickle not callable", lambda: copyreg.pickle(int, 5))
show("constructor not callable", lambda: copyreg.constructor(5))


class Reg:
    pass


show("pickle bad constructor", lambda: copyreg.pickle(Reg, lambda o: (Reg, ()), 7))
print("registered anyway", Reg in copyreg.dispatch_table)
del copyreg.dispatch_table[Reg]
print("union reducer", copyreg.dispatch_table[type(int | str)](int | str)[1][1])

# --- __newobj__ / __newobj_ex__ / _reconstructor


class K:
    def __new__(cls, *a, **kw):
        o = object.__new__(cls)
        o.a, o.kw = a, kw
        return o


o = copyreg.__newobj__(K, 1, 2)
print("newobj", type(o).__name__, o.a, o.kw)
o = copyreg.__newobj_ex__(K, (1,), {"x": 2})
print("newobj_ex", o.a, o.kw)


class MyList(list):
    pass


r = copyreg._reconstructor(MyList, list, [1, 2])
print("reconstructor list", type(r).__name__, r)
r = copyreg._reconstructor(Reg, object, None)
print("reconstructor object", type(r).__name__)

# --- _reduce_ex for protocols 0 and 1


class P:
    def __init__(self):
        self.x = 1


print("reduce_ex P", P().__reduce_ex__(0)[1:])
print("reduce_ex empty", Reg().__reduce_ex__(1)[1:])
m = MyList([1, 2])
m.tag = "t"
print("reduce_ex MyList", m.__reduce_ex__(1)[1:])


class Sl:
    __slots__ = ("a",)


show("reduce_ex slots", lambda: Sl().__reduce_ex__(0))
show("reduce_ex int", lambda: copyreg._reduce_ex(3, 0))


class GS:
    def __init__(self):
        self.v = 5

    def __getstate__(self):
        return {"v": self.v * 2}


print("reduce_ex getstate", GS().__reduce_ex__(1)[2])

# --- _slotnames


class A:
    __slots__ = ("__priv", "pub", "__dict__", "__weakref__")


class B(A):
    __slots__ = "one"


class _:
    __slots__ = ("__hidden",)


class ___X:
    __slots__ = ("__p",)


print("slotnames B", copyreg._slotnames(B))
print("cached", B.__dict__.get("__slotnames__"))
print("slotnames underscore", copyreg._slotnames(_))
print("slotnames ___X", copyreg._slotnames(___X))
print("slotnames plain", copyreg._slotnames(P))
print("slotnames int", copyreg._slotnames(int))

# --- extension registry
show("add range low", lambda: copyreg.add_extension("m", "n", 0))
show("add range high", lambda: copyreg.add_extension("m", "n", 0x80000000))
copyreg.add_extension("mod", "name", 240)
copyreg.add_extension("mod", "name", 240)
show("add key twice", lambda: copyreg.add_extension("mod", "name", 241))
show("add code twice", lambda: copyreg.add_extension("mod", "other", 240))
print("registry", copyreg._extension_registry[("mod", "name")],
      copyreg._inverted_registry[240])
copyreg._extension_cache[240] = "cached"
show("remove wrong", lambda: copyreg.remove_extension("mod", "name", 241))
copyreg.remove_extension("mod", "name", 240)
print("after remove", ("mod", "name") in copyreg._extension_registry,
      240 in copyreg._inverted_registry, 240 in copyreg._extension_cache)
copyreg._extension_cache[1] = 2
copyreg.clear_extension_cache()
print("cache cleared", copyreg._extension_cache)
show("add str code", lambda: copyreg.add_extension("a", "b", "250"))
print("str code", copyreg._extension_registry.get(("a", "b")))
copyreg.remove_extension("a", "b", 250)

# --- copy / deepcopy basics
print("error alias", copy.error is copy.Error, issubclass(copy.Error, Exception))
for v in [None, 1, 2.5, True, "s", b"b", (1, 2), frozenset({1}), range(3),
          len, show, int, Ellipsis, NotImplemented, slice(1, 2)]:
    print("copy same", type(v).__name__, copy.copy(v) is v)
for v in [None, 1, 2.5, True, "s", b"b", (1, 2), range(3), len, show, int,
          frozenset({1}), slice(1, 2)]:
    print("deepcopy same", type(v).__name__, copy.deepcopy(v) is v)
for v in [[1], {1: 2}, {1}, bytearray(b"x")]:
    c = copy.copy(v)
    print("copy new", type(v).__name__, c == v, c is not v)
lst = [1, [2]]
d = copy.deepcopy(lst)
print("deep list", d, d[1] is not lst[1])
t = (1, [2])
dt = copy.deepcopy(t)
print("deep tuple", dt, dt is not t, dt[1] is not t[1])
rec = [1]
rec.append(rec)
dr = copy.deepcopy(rec)
print("recursive", dr[1] is dr, dr is not rec)
tr = ([],)
tr[0].append(tr)
dtr = copy.deepcopy(tr)
print("recursive tuple", dtr[0][0] is dtr, dtr is not tr)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print("shared", dp[0] is dp[1], dp[0] is not shared)
memo = {}
x = [1]
y = copy.deepcopy(x, memo)
print("memo", memo[id(x)] is y, memo[id(memo)] == [x])
print("memo reuse", copy.deepcopy(x, memo) is y)


class M:
    def f(self):
        return self


mi = M()
bm = copy.deepcopy(mi.f)
print("method", bm.__self__ is not mi, type(bm.__self__).__name__)
print("class", copy.copy(M) is M, copy.deepcopy(M) is M)


# --- hooks
class Hook:
    def __copy__(self):
        return "copied"

    def __deepcopy__(self, memo):
        return ("deep", type(memo).__name__)


print("hooks", copy.copy(Hook()), copy.deepcopy(Hook()))


class Glob:
    def __reduce__(self):
        return "Glob"


g = Glob()
print("global name", copy.copy(g) is g, copy.deepcopy(g) is g)


class St:
    def __init__(self):
        self.items = [1]

    def __setstate__(self, s):
        print("setstate", s)
        self.__dict__.update(s)


s = St()
c = copy.copy(s)
print("shallow state", c.items is s.items)
c = copy.deepcopy(s)
print("deep state", c.items is not s.items, c.items)


class Slots:
    __slots__ = ("a", "b", "__dict__")


sl = Slots()
sl.a = [1]
sl.z = 3
c = copy.deepcopy(sl)
print("slots", c.a, c.a is not sl.a, c.z, hasattr(c, "b"))
c = copy.copy(sl)
print("slots shallow", c.a is sl.a)


class LD:
    def __init__(self):
        self.data = []

    def __reduce__(self):
        return (LD2, (), None, iter([[1], [2]]), iter([("k", [3])]))


class LD2(list):
    def __setitem__(self, k, v):
        print("setitem", k, v)


print("items", copy.deepcopy(LD()))
print("items shallow", copy.copy(LD()))


class NoAppend:
    def __reduce__(self):
        return (NoAppend, (), None, iter([]))


print("empty listiter", type(copy.copy(NoAppend())).__name__)


class Weird:
    def __reduce_ex__(self, p):
        return (Weird2, ([p],))


class Weird2:
    def __init__(self, a):
        self.a = a


w = copy.deepcopy(Weird())
print("reduce_ex 4", w.a)


class Reducer:
    pass


copyreg.pickle(Reducer, lambda o: (Weird2, ("from table",)))
print("dispatch table", copy.copy(Reducer()).a, copy.deepcopy(Reducer()).a)
del copyreg.dispatch_table[Reducer]


class Bad:
    __reduce_ex__ = None
    __reduce__ = None


show("uncopyable", lambda: copy.copy(Bad()))
show("undeepcopyable", lambda: copy.deepcopy(Bad()))
show("setstate none", lambda: copy.copy(type("SN", (), {"__setstate__": None, "__init__": lambda self: setattr(self, "q", 1)})()))
d = {"a": [1], "b": {"c": (2, [3])}}
dd = copy.deepcopy(d)
print("nested", dd == d, dd["b"]["c"][1] is not d["b"]["c"][1])
s = {1, 2}
print("deep set", copy.deepcopy(s) == s, copy.deepcopy(s) is not s)
print("deep frozenset", copy.deepcopy(frozenset([1])) == frozenset([1]))
print("deep bytearray", copy.deepcopy(bytearray(b"ab")))
print(sorted(copy.__all__), sorted(copyreg.__all__))
