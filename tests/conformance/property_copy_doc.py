class Boom(Exception): pass
class GR:
    def __getattr__(self, n): raise Boom(n)
    def __call__(self, *a): return 1
try: property().getter(GR())
except Boom as e: print("Boom", e)
def f(self):
    "doc f"
    return 1
def g(self):
    "doc g"
p = property(f)
print(p.__doc__, p.getter(g).__doc__, p.setter(g).__doc__)
p = property(f, doc="D")
print(p.getter(g).__doc__)
class P(property): pass
q = P(f); print(q.__doc__, q.getter(g).__doc__, type(q.getter(g)).__name__)
class A:
    @property
    def x(self): "x doc"; return 1
    @x.setter
    def x(self, v): pass
try: A().x = 1
except AttributeError as e: print(e)
print(A.x.__doc__, A().x)
class B:
    x = property()
try: B().x
except AttributeError as e: print(e)
class C:
    @property
    def y(self): return 2
try: C().y = 3
except AttributeError as e: print(e)
c = C.y.setter(None)
class GA:
    def __getattribute__(self, name):
        if name.startswith('__') and name != '__class__': raise Boom(name)
        return object.__getattribute__(self, name)
try: property().getter(GA())
except Boom as e: print("Boom", e)
try: property(GA())
except Boom as e: print("Boom", e)
