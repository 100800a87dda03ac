# Classes whose __init__ has parameters with defaults, constructed in
# loops long enough to specialize, with the defaults, the arguments and
# the class changing.


class Variable:
    def __init__(self, name, value=0, tags=None):
        self.name = name
        self.value = value
        self.tags = tags


def build(n, *extra):
    out = []
    for i in range(n):
        v = Variable("v%d" % i, *extra)
        out.append((v.name, v.value, v.tags))
    return out


print("defaults", build(30)[-1])
print("one given", build(30, 5)[-1])
print("all given", build(30, 5, "t")[-1])


def defaults_changed():
    out = []
    for i in range(30):
        try:
            v = Variable(i)
            out.append((v.value, v.tags))
        except TypeError as e:
            out.append(str(e))
        if i == 15:
            Variable.__init__.__defaults__ = (7, "new")
        if i == 20:
            Variable.__init__.__defaults__ = (8,)
        if i == 25:
            Variable.__init__.__defaults__ = None
    return out[14], out[16], out[21], out[24], out[27]


print("defaults changed", defaults_changed())
Variable.__init__.__defaults__ = (0, None)


def missing_argument():
    out = []
    for i in range(30):
        try:
            out.append(Variable(*([] if i > 25 else [i])).name)
        except TypeError as e:
            out.append(str(e))
    return out[25], out[26]


print("missing", missing_argument())


def too_many():
    try:
        for i in range(30):
            Variable(*range(1, min(i + 1, 4) + 1))
    except TypeError as e:
        return str(e)


print("too many", too_many())


class Cell:
    def __init__(self, x, k=3):
        self.get = lambda: x * k


def cells():
    return [Cell(i).get() for i in range(30)][-3:]


print("captured defaults", cells())


class Sub(Variable):
    pass


def mixed():
    out = []
    for i in range(40):
        cls = Sub if i % 3 == 0 else Variable
        v = cls(i)
        out.append((type(v).__name__, v.value))
    return out[-3:]


print("subclass at the same site", mixed())


class Mutable:
    def __init__(self, items=[]):
        items.append(len(items))
        self.items = items


print("shared mutable default", [len(Mutable().items) for i in range(30)][-1])
