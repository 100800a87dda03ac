# Attributes set for the first time in an instance that has its dict from
# the start (its class's instances have their __dict__ read): a new key is
# appended without a lookup when the dict's hash bits prove it absent.
# Whatever the route, the dict holds each name once, in the order set.


class Many:
    def __init__(self, i):
        # More names than a small dict holds, so the dict gets an index
        # table, and more than 64 so that hash bits collide.
        for k in range(70):
            setattr(self, "a%d" % k, k + i)
        self.x0 = i
        self.x1 = i + 1
        self.x0 = -i  # set again: replaced, not added
        if i % 3 == 0:
            self.x2 = "three"
        if i % 5 == 0:
            del self.x1
            self.x1 = "again"  # after a delete: one entry, at the end


class Rec:
    def __init__(self, i, extra):
        self.name = "r%d" % i
        self.level = i % 7
        self.msg = "m"
        self.args = (i,)
        if extra:
            self.extra = extra
        self.level = self.level * 2
        self.created = i * 0.5
        self.msecs = int((self.created - int(self.created)) * 1000) + 0.0


objs = []
for i in range(120):
    m = Many(i)
    r = Rec(i, i % 4 == 1 and {"k": i})
    m.__dict__
    vars(r)
    objs.append((m, r))

for m, r in objs[:2] + objs[60:62] + objs[-2:]:
    d = m.__dict__
    keys = list(d)
    print(len(keys), len(set(keys)), keys[-4:], d["x0"], d.get("x1"), d.get("x2"))
    print(vars(r))

# The dict seen from outside agrees with attribute access.
m, r = objs[-1]
assert all(getattr(m, k) == v for k, v in m.__dict__.items())
m.__dict__["late"] = 1
m.late2 = 2
print(m.late, list(m.__dict__)[-2:], "late" in dir(m))

# A key put in through the dict first, then set as an attribute.
class Pre:
    def __init__(self, d):
        self.__dict__.update(d)
        self.a = "attr"
        self.b = "attr"


for i in range(80):
    p = Pre({"a": i, "c": i})
    p.__dict__
print(vars(p))

# str subclass keys and names equal to existing keys.
class K(str):
    pass


class Odd:
    def __init__(self):
        self.__dict__[K("name")] = "subclass key"
        self.name = "plain"


for i in range(80):
    o = Odd()
    vars(o)
print(vars(o), type(list(vars(o))[0]).__name__)


# A str subclass key whose __eq__ runs code. (One that raises makes
# CPython 3.11 report a SystemError from the store.)
calls = []


class Loud(str):
    def __eq__(self, other):
        calls.append(other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Host:
    pass


h = Host()
h.__dict__[Loud("x")] = 1
h.x = 2
print(vars(h), type(list(vars(h))[0]).__name__, set(calls))
