# Attribute loads and stores at sites specialized for one class: the
# attribute's place among the instance's values is remembered, and every
# way that place can stop being right is exercised.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def getx(o):
    return o.x

def gety(o):
    return o.y

def setx(o, v):
    o.x = v

ps = [P(i, -i) for i in range(50)]
print(sum(getx(p) for p in ps), sum(gety(p) for p in ps))
for p in ps:
    setx(p, p.x * 2)
print(sum(getx(p) for p in ps))

# An attribute deleted, then read and stored at the hot sites.
q = P(1, 2)
del q.x
try:
    getx(q)
except AttributeError as e:
    print("AttributeError", e)
setx(q, 7)
print(getx(q), gety(q), vars(q))

# An instance that got a dict (its __dict__ was asked for).
r = P(3, 4)
r.__dict__["x"] = 30
print(getx(r), gety(r))
setx(r, 31)
print(getx(r), r.__dict__)

# Attributes in another order: the instance keeps a dict.
class Q:
    pass

def qx(o):
    return o.x

qs = []
for i in range(40):
    o = Q()
    if i % 2:
        o.x, o.y = i, -i
    else:
        o.y, o.x = -i, i
    qs.append(o)
print(sum(qx(o) for o in qs))

# The class changes: a class attribute of the same name (no descriptor)
# does not hide the instance's; a property does.
class R:
    def __init__(self):
        self.v = 1

def rv(o):
    return o.v

rs = [R() for _ in range(30)]
print(sum(rv(o) for o in rs))
R.v = 100
print(sum(rv(o) for o in rs))
R.v = property(lambda self: 5)
print(sum(rv(o) for o in rs))
del R.v
print(sum(rv(o) for o in rs))

# __class__ changed to a class whose instances lay out other names.
class S1:
    def __init__(self):
        self.a = 1
        self.b = 2

class S2:
    def __init__(self):
        self.b = 20
        self.a = 10

def sb(o):
    return o.b

def setb(o, v):
    o.b = v

s = [S1() for _ in range(30)]
print(sum(sb(o) for o in s))
s[0].__class__ = S2
print(sb(s[0]), sb(s[1]), vars(s[0]))
setb(s[0], 99)
print(sb(s[0]), vars(s[0]))
for o in s:
    setb(o, 3)
print(sum(sb(o) for o in s))

# Subclass instances at a site specialized for the base class.
class T(P):
    pass

t = [T(i, i) for i in range(20)]
print(sum(getx(o) for o in t), sum(getx(p) for p in ps[:5]))
