# A class whose instances have their __dict__ read (logging's LogRecord,
# copy and pickle's state) gets later instances with a dict from the
# start. Nothing of that may show: attribute order, identity of the dict,
# slots beside it, deletion, and instances made either way side by side.
class Rec:
    def __init__(self, i):
        self.name = "r%d" % i
        self.level = i % 3
        if i % 2:
            self.odd = True
        self.msg = "m"


recs = []
for i in range(200):
    r = Rec(i)
    if i % 4 != 3:
        d = r.__dict__
        assert d is r.__dict__
    recs.append(r)
for r in recs[:3] + recs[-3:]:
    print(vars(r))
print(sum(r.level for r in recs), sum(hasattr(r, "odd") for r in recs))


# Order is the order attributes are set in, each instance its own.
class Ord:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2


for i in range(100):
    o = Ord(i % 2)
    o.__dict__
print(list(Ord(0).__dict__), list(Ord(1).__dict__), list(vars(Ord(1))))


# Adding, replacing and deleting attributes after the dict exists.
r = Rec(7)
r.extra = [1]
r.level = 99
del r.msg
print(vars(r), r.level, getattr(r, "msg", "gone"))
try:
    del r.msg
except AttributeError as e:
    print("AttributeError", e)
r.__dict__["msg"] = "back"
print(r.msg, "msg" in vars(r))
r.__dict__ = {"only": 1}
print(vars(r), hasattr(r, "name"))


# Slots beside a dict.
class Slotted:
    __slots__ = ("s", "__dict__")

    def __init__(self, i):
        self.s = i
        self.d = -i


for i in range(100):
    x = Slotted(i)
    x.__dict__
x = Slotted(5)
print(x.s, x.d, vars(x), x.__dict__ is vars(x))


# A subclass keeps its own decision; the base class's instances too.
class Sub(Rec):
    pass


for i in range(100):
    Sub(i)
s = Sub(4)
print(vars(s), vars(Rec(4)))


# __del__ still runs for instances made with a dict.
import gc
log = []


class Fin:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        log.append(self.i)


for i in range(60):
    f = Fin(i)
    f.__dict__
del f
gc.collect()
print(len(log) >= 59, sorted(log)[:3])


# Copy and pickle go through __dict__ too.
import copy
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return vars(self) == vars(other)


pts = [Point(i, -i) for i in range(100)]
cp = copy.deepcopy(pts)
print(cp == pts, cp[5] is not pts[5], vars(cp[42]))
back = pickle.loads(pickle.dumps(pts))
print(back == pts, vars(back[99]), vars(Point(1, 2)))
