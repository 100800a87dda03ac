# weakref: references, callbacks after a collection, proxies, and CPython's weakref.py on them.
import weakref, gc
class C:
    def __init__(self, n): self.n = n
    def m(self): return self.n
    def __repr__(self): return f"C({self.n})"
c = C(1)
r = weakref.ref(c)
print(r() is c, r is weakref.ref(c), weakref.getweakrefcount(c), r.__callback__)
got = []
r2 = weakref.ref(c, lambda ref: got.append(("dead", ref is r2)))
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)), r2 is not r, r == r2, hash(r) == hash(c))
p = weakref.proxy(c)
print(p.n, p.m(), type(p).__name__)
p.n = 5
print(c.n)
del c
gc.collect()
print(r(), got, repr(r).endswith("; dead>"))
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
for bad in [1, "s", (), [], {}, None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
d = weakref.WeakValueDictionary()
objs = [C(i) for i in range(5)]
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()))
del objs[:3]
gc.collect()
print(len(d), sorted(d.keys()))
k = weakref.WeakKeyDictionary()
a, b = C(10), C(20)
k[a] = "a"; k[b] = "b"
del a
gc.collect()
print(len(k), list(k.values()))
ws = weakref.WeakSet([b])
print(len(ws), b in ws)
def f(): return 42
wm = weakref.WeakMethod(C(3).m)
gc.collect()
print(wm())
c4 = C(4)
wm2 = weakref.WeakMethod(c4.m)
print(wm2()(), wm2() == c4.m)
fin = weakref.finalize(C(7), print, "finalized")
gc.collect()
print(fin.alive)
class R(weakref.ref):
    def __init__(self, ob, callback=None, extra=0):
        super().__init__(ob, callback)
        self.extra = extra
try:
    R(b, None, 9)
except TypeError as e:
    print(e)
class K(weakref.ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
kr = K(b, None, "kk")
print(kr() is b, kr.key, kr.__callback__)
rr = R(b)
rr.extra = 9
print(rr() is b, rr.extra, isinstance(rr, weakref.ref), type(rr).__name__)
print(weakref.ref, weakref.ReferenceType is weakref.ref, weakref.ref[int])

import copy
print(copy.copy(b), copy.deepcopy([b]))
x = C(8)
px = weakref.proxy(x)
print(px + 0 if hasattr(x, "__add__") else "no add", str(px), repr(px).startswith("<weakproxy at "), len(weakref.getweakrefs(x)))
try:
    hash(px)
except TypeError as e:
    print(e)
cp = weakref.proxy(f)
print(cp(), type(cp).__name__, callable(cp))
