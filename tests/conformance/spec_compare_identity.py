# == and != between instances of classes that keep object's comparisons,
# and None, in loops long enough to specialize, with the classes gaining
# comparison methods and the operands changing.


class Plain:
    pass


class Base:
    pass


class Child(Base):
    pass


def compare(pairs, n=30):
    out = []
    for i in range(n):
        for a, b in pairs:
            out.append((a == b, a != b))
    return out[-len(pairs):]


p, q = Plain(), Plain()
print("plain", compare([(p, p), (p, q), (p, None), (None, p), (None, None)]))

b, c = Base(), Child()


def gains_eq():
    out = []
    for i in range(40):
        out.append((b == c, c != b, b == b))
        if i == 15:
            Base.__eq__ = lambda self, other: "Base.__eq__"
        if i == 25:
            Child.__ne__ = lambda self, other: "Child.__ne__"
        if i == 30:
            del Base.__eq__
    return out[14], out[16], out[26], out[31]


print("methods added", gains_eq())
del Child.__ne__


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v


class OnlyNe:
    def __ne__(self, other):
        return "OnlyNe.__ne__"


class NotImpl:
    def __eq__(self, other):
        return NotImplemented


def mixed_operands():
    items = [p, q, None, Eq(1), Eq(1), OnlyNe(), NotImpl(), 3, "s", Child()]
    out = []
    for i in range(60):
        a = items[i % len(items)]
        x = items[(i * 7) % len(items)]
        out.append((a == x, a != x))
    return out[-12:]


print("mixed", mixed_operands())


def class_switched():
    x, y = Plain(), Plain()
    out = []
    for i in range(30):
        out.append((x == y, x != y))
        if i == 20:
            x.__class__ = Eq
            x.v = 1
            y.__class__ = Eq
            y.v = 1
    return out[20], out[21]


print("__class__ switched", class_switched())


class Reflected(Plain):
    def __eq__(self, other):
        return "Reflected.__eq__"


def reflected():
    r = Reflected()
    out = []
    for i in range(30):
        other = r if i >= 20 else q
        out.append((p == other, other == p, p != other))
    return out[19], out[20]


print("subclass on the right", reflected())
