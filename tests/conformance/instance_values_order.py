# Instance attributes kept in the class's shared layout: the order of
# __dict__ whatever order attributes are set, deleted and set again in,
# and the dict made when __dict__ is first asked for.


class Rec:
    def __init__(self, n, skip=()):
        for i in range(n):
            if i not in skip:
                setattr(self, "a%d" % i, i)


class Direct:
    def __init__(self, x):
        self.name = "n"
        self.msg = x
        self.args = ()
        self.levelname = "WARNING"
        self.levelno = 30
        self.pathname = "p"
        self.filename = "f"
        self.module = "m"
        self.exc_info = None
        self.exc_text = None
        self.stack_info = None
        self.lineno = 1
        self.funcName = "fn"
        self.created = 1.5
        self.msecs = 0.0
        self.relativeCreated = 2.0
        self.thread = 1
        self.threadName = "MainThread"
        self.processName = "MainProcess"
        self.process = 1


for i in range(30):
    d = Direct(i)
d.message = "m"
print(list(d.__dict__.items()))
print("%(name)s %(msg)s %(levelname)s %(message)s" % d.__dict__)
e = Direct("e")
del e.pathname
e.pathname = "again"
print(list(vars(e)))
f = Direct("f")
f.lineno = 99
f.extra = "x"
del f.name
print(list(vars(f).items())[-3:], len(vars(f)))
g = Direct("g")
dd = g.__dict__
g.later = 1
dd["viadict"] = 2
print(list(dd)[-2:], g.viadict, dd is g.__dict__)

# Out of order: later attribute first, then earlier ones (holes).
class Holes:
    pass


h1 = Holes()
h1.a, h1.b, h1.c = 1, 2, 3
h2 = Holes()
h2.c = 3
h2.a = 1
h2.b = 2
print(list(vars(h1)), list(vars(h2)))
h3 = Holes()
h3.b = 2
h3.a = 1
print(list(vars(h3)), h3.a, h3.b, hasattr(h3, "c"))
h4 = Holes()
h4.a = 1
h4.c = 3
h4.b = 2
print(list(vars(h4)))

for n, skip in [(0, ()), (1, ()), (5, ()), (9, (2, 7)), (40, (0, 39)), (40, tuple(range(0, 40, 3)))]:
    r = Rec(n, skip)
    v = vars(r)
    print(n, len(v), list(v)[:5], list(v)[-3:], all(getattr(r, k) == int(k[1:]) for k in v))

# Attributes read back at specialized sites while values grow.
class Grow:
    def __init__(self):
        self.a = 1

    def more(self):
        self.b = 2
        self.c = 3
        return self.a + self.b + self.c


for i in range(50):
    x = Grow()
    s = x.more()
print(s, vars(x))
y = Grow()
print(vars(y), hasattr(y, "b"))
