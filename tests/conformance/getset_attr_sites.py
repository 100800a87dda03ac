# Attribute loads that find a getset descriptor of the object's type (a
# frame's f_back and f_lineno, a code object's co_name, an instance's
# __dict__) run hot at one site, then see other types there.
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name

def caller():
    out = []
    for i in range(50):
        out.append(where())
        if i % 10 == 0:
            out.append(where())
    return out

r = caller()
print(len(r), r[:3], r[-2:])

class C:
    def __init__(self, n):
        self.n = n

class D(C):
    pass

class Hooked(C):
    def __getattribute__(self, name):
        if name == "__dict__":
            return {"hooked": True}
        return object.__getattribute__(self, name)

def dicts(objs):
    return [o.__dict__ for o in objs]

print(dicts([C(i) for i in range(40)])[-1])
print(dicts([C(1), D(2), Hooked(3), C(4), D(5)] * 10)[:5])

# One site, many builtin types' getset descriptors.
def qualnames(objs):
    return [o.__qualname__ for o in objs]

def g():
    yield 1

print(qualnames([where] * 30)[-1])
print(qualnames([where, len, C.__init__, g(), str.join, caller] * 6)[:6])

# A getter that raises, at a specialized site.
def nbytes(views):
    out = []
    for m in views:
        try:
            out.append(m.nbytes)
        except ValueError as e:
            out.append(str(e))
    return out

views = [memoryview(b"abc") for _ in range(40)]
views[-1].release()
print(nbytes(views)[-3:])

# An instance whose class later gains a data descriptor of the name.
class E:
    pass

def read_dict(objs):
    return [type(o.__dict__).__name__ for o in objs]

es = [E() for _ in range(40)]
print(read_dict(es)[-1])
E.__dict__x = 1
print(read_dict(es)[-1])

# Frames: f_lineno of the running frame, as it moves.
def lines():
    f = sys._getframe()
    out = []
    for i in range(30):
        a = f.f_lineno
        b = f.f_lineno
        out.append(b - a)
    return out, f.f_lineno

print(lines())
