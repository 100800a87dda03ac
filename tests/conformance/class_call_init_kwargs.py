# Classes whose __init__ takes **kwargs (and defaults), called hot with
# positional arguments only: the dict is empty and fresh each call, and
# the site copes with keyword calls, changed defaults and a changed class.

class Rec:
    def __init__(self, a, b, c=3, d=None, **kwargs):
        self.a, self.b, self.c, self.d = a, b, c, d
        self.kw = kwargs
        kwargs["seen"] = a

def make(n):
    out = []
    for i in range(n):
        out.append(Rec(i, i + 1))
        out.append(Rec(i, i + 1, 9))
        out.append(Rec(i, 2, 3, 4))
    return out

rs = make(40)
print(len(rs), vars(rs[0]), vars(rs[-1]))
print(rs[0].kw is rs[1].kw, sorted({id(r.kw) for r in rs}) == sorted(id(r.kw) for r in rs))

def mixed(n):
    out = []
    for i in range(n):
        if i % 7 == 6:
            out.append(Rec(i, 0, extra=i))
        else:
            out.append(Rec(i, 0))
    return out

rs = mixed(40)
print(vars(rs[5]), vars(rs[6]))

def too_few(n):
    out = []
    for i in range(n):
        try:
            out.append(vars(Rec(i)) if i == n - 1 else vars(Rec(i, i)))
        except TypeError as e:
            out.append(str(e))
    return out

print(too_few(40)[-2:])

Rec.__init__.__defaults__ = (30, 40)
print(vars(make(1)[0]))
try:
    Rec.__init__.__defaults__ = None
    make(1)
except TypeError as e:
    print("TypeError", e)

class Cell:
    def __init__(self, v, **kw):
        self.get = lambda: (v, kw)

def cells(n):
    return [Cell(i).get() for i in range(n)]

print(cells(40)[-1])

class WithArgs:
    def __init__(self, *args, **kw):
        self.args, self.kw = args, kw

def many(n):
    return [vars(WithArgs(i, i)) for i in range(n)]

print(many(40)[-1])

class KwOnly:
    def __init__(self, a, *, k=1, **kw):
        self.v = (a, k, kw)

def kwonly(n):
    return [KwOnly(i).v for i in range(n)]

print(kwonly(40)[-1])
