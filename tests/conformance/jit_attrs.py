# Loops over instances of classes reading and writing their attributes:
# what tier 2 compiles, with the attributes, the instances' layouts and the
# classes changing under the trace.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Shadow:
    x = 100

    def __init__(self, own):
        if own:
            self.x = own


class Body:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass


def sum_x(ps):
    s = 0
    for p in ps:
        s += p.x
    return s


def sum_xy(ps):
    s = 0.0
    for p in ps:
        s = s + p.x * p.y
    return s


def scale(ps, k):
    for p in ps:
        p.x = p.x * k
        p.y += 0.5
    return [(p.x, p.y) for p in ps[:3]]


def count_up(p, n):
    for i in range(n):
        p.x += i
        p.y = p.y * 0.5 + 1.0
    return p.x, p.y


def move(bodies, dt, n):
    for _ in range(n):
        for b in bodies:
            b.pos[0] += b.vel[0] * dt
            b.pos[1] += b.vel[1] * dt * b.mass
    return [b.pos for b in bodies]


def slots_sum(ss):
    t = 0
    for s in ss:
        t += s.a * s.b
        s.a = s.a + 1
    return t


def chain(ps):
    # An attribute holding an instance.
    t = 0
    for p in ps:
        q = p.x
        t += q.x + q.y
    return t


def show(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


show("sum_x", sum_x, [Point(i, i) for i in range(200)])
show("sum_xy", sum_xy, [Point(i * 0.5, i) for i in range(200)])
show("scale", scale, [Point(i, 0.25 * i) for i in range(100)], 3)
show("count_up", count_up, Point(1, 2.0), 1000)
show("count_up big", count_up, Point(2**63 - 100000, 2.0), 1000)
show("count_up float", count_up, Point(0.5, 2.0), 1000)
bodies = [Body([0.0, 1.0], [0.5, -0.25], 2.0), Body([3.0, 1.0], [0.125, 1.0], 0.5)]
show("move", move, bodies, 0.01, 200)
show("slots", slots_sum, [Slotted(i, 2) for i in range(100)])
show("chain", chain, [Point(Point(i, 2 * i), 0) for i in range(100)])

# An attribute that changes type midway: a float, a big int, a str.
ps = [Point(i, i) for i in range(100)]
ps[60].x = 1.5
show("float midway", sum_x, ps)
ps[60].x = 2**70
show("big midway", sum_x, ps)
ps[60].x = "s"
show("str midway", sum_x, ps)
ps[60].x = 60

# The layout changes: an attribute added to some instances, deleted from
# one, an instance that gets a dict.
for p in ps[::7]:
    p.extra = 1
show("added", sum_x, ps)
del ps[80].x
show("deleted", sum_x, ps)
ps[80].x = 80
ps[30].__dict__["y"] = 5
show("dict", sum_x, ps)
show("dict xy", sum_xy, [Point(1.0, 1.0) for _ in range(50)] + ps[25:35])

# Class attributes: instances that shadow one, others that read it.
show("shadow", sum_x, [Shadow(i + 1) for i in range(60)] + [Shadow(0), Shadow(5)])

# Instances of a subclass among those of the class.
mixed = [Point(i, i) for i in range(60)] + [Point3(1, 2, 3)] + [Point(i, 1) for i in range(20)]
show("subclass", sum_x, mixed)
show("subclass only", sum_x, [Point3(i, 1, 2) for i in range(60)])

# An instance whose class is changed.
ps = [Point(i, i) for i in range(100)]
ps[50].__class__ = Point3
show("__class__", sum_x, ps)


# Classes whose attributes go through Python code: a property, __getattr__,
# __getattribute__, a data descriptor.
class Prop:
    def __init__(self, v):
        self._v = v

    @property
    def x(self):
        return self._v * 2


class GetAttr:
    def __init__(self, v):
        self.y = v

    def __getattr__(self, name):
        return 7


class GetAttribute:
    def __init__(self, v):
        self.x = v

    def __getattribute__(self, name):
        return 3


show("property", sum_x, [Prop(i) for i in range(60)])
show("__getattr__", sum_x, [GetAttr(i) for i in range(60)])
show("__getattribute__", sum_x, [GetAttribute(i) for i in range(60)])

# The class changes between calls of a compiled loop: a property replaces
# the attribute, __getattr__ appears, then both go.
ps = [Point(i, 2) for i in range(100)]
show("before", sum_x, ps)
Point.x = property(lambda self: -1)
show("property added", sum_x, ps)
del Point.x
show("property removed", sum_x, ps)
Point.__getattr__ = lambda self, name: 0
del ps[3].x
show("__getattr__ added", sum_x, ps)
del Point.__getattr__
ps[3].x = 3
show("__getattr__ removed", sum_x, ps)


# The class changes in the middle of the loop, on a path the trace leaves.
def modify_midway(ps):
    t = 0
    for p in ps:
        t += p.x
        if p.y == 50:
            Point.x = property(lambda self: 1000)
    return t


show("modified midway", modify_midway, [Point(i, i) for i in range(100)])
del Point.x


# Stores: a value of another type, a NaN, into a deleted attribute, into an
# attribute of another type now.
def store(ps, v):
    for p in ps:
        p.x = p.x + v
    return [p.x for p in ps[:3]] + [ps[-1].x]


ps = [Point(i, i) for i in range(60)]
show("store int", store, ps, 1)
show("store float into int", store, ps, 0.5)
qs = [Point(0.5, 0) for _ in range(60)]
show("store float", store, qs, 0.25)
qs[40].x = float("nan")
show("store nan", store, qs, 0.25)
qs = [Point(1.5, 0) for _ in range(60)]
qs[30].x = 7
show("store into int", store, qs, 0.5)


def set_from(ps, v):
    for p in ps:
        p.y = v
    return ps[0].y, ps[-1].y


ps = [Point(i, i) for i in range(60)]
show("set int", set_from, ps, 5)
ps[40].y = "s"
show("set over str", set_from, ps, 6)
del ps[50].y
show("set deleted", set_from, ps, 7)
ps[20].__dict__
show("set dict", set_from, ps, 8)


# Linked instances: the loop walks the chain through an attribute.
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
        self.opt = None


def walk(node, n):
    t = 0
    for _ in range(n):
        t += node.v
        node = node.next
    return t


head = Node(0, None)
for i in range(1, 200):
    head = Node(i, head)
show("walk", walk, head, 150)
show("walk off the end", walk, head, 250)


# Identity tests against None and between instances, truth of instances.
def until_none(node):
    t = 0
    while node is not None:
        t += node.v
        if node.opt is None:
            t += 1
        node = node.next
    return t


def truthy(node):
    t = 0
    while node:
        if node.opt is not None:
            t += 100
        t += node.v
        node = node.next
    return t


def same(ps, q):
    n = 0
    for p in ps:
        if p is q:
            n += 1
        if p.x is not None:
            n += 2
    return n


class Falsy(Node):
    def __bool__(self):
        return self.v != 3


class Sized(Node):
    def __len__(self):
        return self.v - 2


head = None
for i in range(200):
    head = Node(i, head)
    head.opt = None
show("until_none", until_none, head)
show("truthy", truthy, head)
head.next.next.opt = 5
show("opt set", until_none, head)
show("opt set truthy", truthy, head)
ps = [Point(i, 0) for i in range(100)]
show("same", same, ps, ps[0])
show("same later", same, ps, ps[40])
ps[70].x = None
show("x None", same, ps, ps[0])
falsy = None
for i in range(10):
    falsy = Falsy(i, falsy)
show("__bool__", truthy, falsy)
sized = None
for i in range(10):
    sized = Sized(i, sized)
show("__len__", truthy, sized)


# A bool global as a condition (richards' `if tracing:`), rebound between
# calls.
TRACING = False


def traced(ps):
    t = 0
    for p in ps:
        if TRACING:
            t += 1000
        t += p.x
    return t


ps = [Point(i, 0) for i in range(100)]
show("tracing off", traced, ps)
TRACING = True
show("tracing on", traced, ps)
TRACING = 0
show("tracing 0", traced, ps)
