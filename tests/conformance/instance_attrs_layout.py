class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def m(self): return self.x + self.y
a = A(1, 2)
b = A(3, 4)
b.z = 5
c = A(5, 6)
c.z = 1; del c.x; c.x = 9
print(a.__dict__, b.__dict__, c.__dict__, vars(a))
d = A(1, 2); d.__dict__['q'] = 3; print(d.q, d.__dict__)
e = A(1, 2); e.m = lambda: 42; print(e.m(), a.m())
for i in range(3):
    f = A(i, i)
    print(f.m(), f.x, f.y)
class B:
    pass
g = B(); g.b = 1; g.a = 2
h = B(); h.a = 1; h.b = 2
print(g.__dict__, h.__dict__)
import copy
print(copy.deepcopy(a).__dict__, copy.copy(b).__dict__)
class S:
    __slots__ = ('p', '__dict__')
s = S(); s.p = 1; s.q = 2; print(s.p, s.q, s.__dict__)
try:
    del s.zz
except AttributeError as ex: print(ex)
try:
    a.nope
except AttributeError as ex: print(ex)
for i in range(40):
    setattr(g, 'k%d' % i, i)
print(len(g.__dict__), g.k39)
k = B()
for i in range(40):
    setattr(k, 'k%d' % i, i)
print(len(k.__dict__), k.k39, list(k.__dict__)[:3])
class C(A): pass
x = C(1, 2); x.__class__ = A; print(x.__dict__, x.m())
print(hasattr(a, 'z'), getattr(b, 'z'), a.__dict__ is a.__dict__)
a.__dict__ = {'x': 10, 'y': 20}; print(a.m())
# Attribute order after deletion and re-insertion, and out-of-order inserts.
class D:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
m = D(); del m.a; m.a = 4; print(list(m.__dict__))
n = D(); del n.c; n.c = 5; print(list(n.__dict__))
o = D(); del o.b; o.d = 6; o.b = 7; print(list(o.__dict__), o.b, o.d)
p = D(); p.__dict__.clear(); print(p.__dict__, hasattr(p, 'a'))
q = D(); del q.__dict__; print(q.__dict__)
# Methods shadowed by instance attributes added after the method was cached.
class E:
    def f(self): return 'method'
es = [E() for _ in range(5)]
out = []
for i, e in enumerate(es):
    if i == 3:
        e.f = lambda: 'attribute'
    out.append(e.f())
print(out)
class F:
    def g(self): return 'method'
fs = [F() for _ in range(5)]
for i, x in enumerate(fs):
    x.h = i
fs[4].g = lambda: 'late'
print([x.g() for x in fs])
# Polymorphic attribute sites over two classes with different name orders.
class P:
    def __init__(self): self.u = 1; self.v = 2
class Q:
    def __init__(self): self.v = 3; self.u = 4
print([(o.u, o.v) for o in [P(), Q(), P(), Q(), P(), Q()]])
def setter(objs):
    for o in objs:
        o.v = o.u * 10
    return [sorted(o.__dict__.items()) for o in objs]
print(setter([P(), Q(), P(), Q()]))
