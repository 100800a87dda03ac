# Loops that make instances of classes, which tier 2 allocates through a
# callout and whose __init__ it inlines: instances that live on after the
# loop, exceptions raised inside __init__, __init__ replaced or returning
# a value, attributes set out of the class's order, and classes given a
# __new__ or __del__ midway.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def chain(n):
    t = 0.0
    a = Vec(1.0, 2.0)
    last = a
    for i in range(n):
        b = a.scale(0.5).add(Vec(0.25, 0.125))
        t += b.dot(a)
        last = b
    return t, last.x, last.y, type(last).__name__, sorted(vars(last))


print("chain", chain(1000), chain(10))


class Node:
    def __init__(self, value, nxt=None, flag=True):
        self.value = value
        self.next = nxt
        self.flag = flag
        self.count = 0


def build(n):
    head = Node(0)
    for i in range(n):
        head = Node(i, head)
    c = 0
    node = head
    while node is not None:
        c += node.value
        node = node.next
    return c


print("build", build(1000))


def keep_last(n):
    out = None
    for i in range(n):
        v = Vec(i, i * 2)
        if i == n - 1:
            out = v
    return out.x, out.y


print("keep last", keep_last(500))


class Checked:
    def __init__(self, d):
        self.d = d
        self.q = 10.0 / d


def raises(ds):
    t = 0.0
    for d in ds:
        c = Checked(d)
        t += c.q
    return t


ds = [float(i + 1) for i in range(300)]
print("raises ok", raises(ds))
ds[200] = 0.0
try:
    raises(ds)
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb.tb_frame
        tb = tb.tb_next
    print("ZeroDivisionError", e, frames, sorted(last.f_locals))
    print("self so far", sorted(vars(last.f_locals["self"]).items()))


class Returns:
    def __init__(self, x):
        self.x = x
        if x == 250:
            return 5


def returns(n):
    t = 0
    for i in range(n):
        t += Returns(i).x
    return t


try:
    returns(400)
except TypeError as e:
    print("TypeError", e)


class Order:
    def __init__(self, a, b, swap):
        if swap:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b


def order(n):
    t = 0
    for i in range(n):
        o = Order(i, 2 * i, i == 300)
        t += o.a - o.b
    return t


print("order", order(600))


class Later:
    def __init__(self, x):
        self.x = x


def make_later(n):
    t = 0
    for i in range(n):
        t += Later(i).x
    return t


print("later", make_later(500))


def new_init(self, x):
    self.x = -x


Later.__init__ = new_init
print("later init replaced", make_later(500))
Later.__new__ = lambda cls, x: object.__new__(cls)
print("later new", make_later(500))

deleted = []


class Del:
    def __init__(self, x):
        self.x = x


def make_del(n):
    t = 0
    for i in range(n):
        t += Del(i).x
    return t


print("del before", make_del(300))
Del.__del__ = lambda self: deleted.append(self.x)
print("del after", make_del(300))


def many(n):
    t = 0
    keep = []
    for i in range(n):
        v = Vec(i, i)
        t += v.x
        if i % 1000 == 0:
            keep.append(v)
    return t, len(keep), keep[-1].x


print("many", many(200000))


# Stores of references, None and values of another type into existing
# attributes: made by a callout, with attributes deleted or moved into a
# dict midway.
class Cell:
    def __init__(self, i):
        self.i = i
        self.next = None
        self.prev = None
        self.data = 0


def relink(cells, tag):
    prev = None
    for c in cells:
        c.prev = prev
        c.next = None
        if prev is not None:
            prev.next = c
        c.data = tag
        prev = c
    n = 0
    c = cells[0]
    while c is not None:
        n += c.i
        c = c.next
    return n, cells[-1].prev.i, type(cells[3].data).__name__


cells = [Cell(i) for i in range(300)]
print("relink", relink(cells, 1), relink(cells, 2.5), relink(cells, (1, 2)), relink(cells, None))
del cells[150].data
print("relink deleted", relink(cells, [1]), sorted(vars(cells[150])))
cells[200].__dict__["x"] = 1
print("relink dict", relink(cells, 7), cells[200].data)


def swap_lists(cells, a, b):
    for c in cells:
        c.data = a
        a, b = b, a
    return sum(1 for c in cells if c.data is a)


print("swap lists", swap_lists(cells, [1], [2]))
