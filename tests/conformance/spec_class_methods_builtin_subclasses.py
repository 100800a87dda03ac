# Methods loaded from a class (`C.f(...)`: functions, classmethods,
# staticmethods), methods of builtin types called on instances of their
# subclasses, and iteration over such instances, in loops long enough to
# specialize, with the class, the method or the receiver changing midway.


class Strength:
    def __init__(self, v):
        self.v = v

    @classmethod
    def stronger(cls, a, b):
        return (cls.__name__, a.v < b.v)

    @staticmethod
    def weaker(a, b):
        return a.v > b.v

    def plain(self, other):
        return self.v + other.v


class Sub(Strength):
    pass


def class_calls(cls, n):
    a, b = Strength(1), Strength(2)
    out = []
    for i in range(n):
        out.append((cls.stronger(a, b), cls.weaker(a, b), cls.plain(a, b)))
    return out


print("classmethod", class_calls(Strength, 30)[-1])
print("subclass at the same site", class_calls(Sub, 3)[-1])
print("base again", class_calls(Strength, 3)[-1])


def rebinding():
    a, b = Strength(1), Strength(2)
    out = []
    for i in range(40):
        out.append(Strength.stronger(a, b))
        if i == 20:
            Strength.stronger = staticmethod(lambda x, y: ("static", x.v, y.v))
        if i == 25:
            Strength.stronger = lambda x, y: ("function", x.v, y.v)
        if i == 30:
            Strength.stronger = classmethod(lambda c, x, y: ("new classmethod", c.__name__))
        if i == 35:
            Sub.stronger = classmethod(lambda c, x, y: ("sub only", c.__name__))
    return out


r = rebinding()
print("rebinding", r[19], r[21], r[26], r[31], r[39])


def replaced_callable():
    cm = classmethod(lambda c: ("first", c.__name__))

    class K:
        m = cm

    out = []
    for i in range(30):
        out.append(K.m())
        if i == 20:
            cm.__init__(lambda c: ("second", c.__name__))
    return out[19], out[21], out[29]


print("classmethod __init__ again", replaced_callable())


def static_replaced():
    sm = staticmethod(lambda: "first")

    class K:
        m = sm

    out = []
    for i in range(30):
        out.append(K.m())
        if i == 20:
            sm.__init__(lambda: "second")
    return out[19], out[21]


print("staticmethod __init__ again", static_replaced())


class Meta(type):
    def shout(cls):
        return "meta " + cls.__name__


class WithMeta(metaclass=Meta):
    @classmethod
    def hello(cls):
        return "hello " + cls.__name__


def meta_calls():
    out = []
    for i in range(30):
        out.append((WithMeta.hello(), WithMeta.shout(), Strength.mro()[0].__name__))
    return out[-1]


print("metaclass", meta_calls())


def not_callable_any_more():
    class K:
        @classmethod
        def m(cls):
            return 1

    out = []
    for i in range(30):
        try:
            out.append(K.m())
        except TypeError as e:
            out.append(str(e))
        if i == 20:
            K.m = 5
    return out[19], out[22]


print("attribute becomes an int", not_callable_any_more())


def classmethod_of_non_function():
    class K:
        m = classmethod(classmethod(lambda c: c.__name__))
    out = []
    for i in range(20):
        try:
            out.append(K.m())
        except TypeError as e:
            out.append("TypeError " + str(e))
    return out[-1]


print("classmethod of a classmethod", classmethod_of_non_function())


def missing_then_added():
    class K:
        pass
    out = []
    for i in range(30):
        try:
            out.append(K.late())
        except AttributeError as e:
            out.append(str(e))
        if i == 10:
            K.late = classmethod(lambda c: "late " + c.__name__)
    return out[5], out[15]


print("added later", missing_then_added())


# Methods of builtin types on instances of their subclasses.
class Coll(list):
    pass


class Coll2(list):
    def append(self, x):
        list.append(self, ("wrapped", x))


def list_subclass(coll):
    for i in range(30):
        coll.append(i)
    popped = []
    while len(coll):
        popped.append(coll.pop(0))
    return popped[:3], popped[-1], len(coll)


print("list subclass", list_subclass(Coll()))
print("plain list", list_subclass([]))
print("subclass overriding append", list_subclass(Coll2()))


def alternating():
    out = []
    xs = [[], Coll(), Coll2(), [], Coll()]
    for i in range(60):
        x = xs[i % len(xs)]
        x.append(i)
        out.append(x.count(i))
    return [len(x) for x in xs], sum(out)


print("alternating receivers", alternating())


def class_switched():
    c = Coll()
    out = []
    for i in range(30):
        c.append(i)
        out.append(c.count(i))
        if i == 15:
            c.__class__ = Coll2
    return out[-3:], c[-2:]


print("__class__ switched", class_switched())


def method_patched():
    c = Coll()
    out = []
    for i in range(30):
        out.append(c.copy())
        c.append(i)
        if i == 20:
            Coll.copy = lambda self: "patched"
    del Coll.copy
    return out[20][-2:], out[21], out[29]


print("method patched", method_patched())


class D(dict):
    pass


class S(str):
    pass


class T(tuple):
    pass


def other_builtins():
    d = D(a=1, b=2)
    s = S("hello")
    t = T((3, 1, 3))
    out = []
    for i in range(30):
        out.append((d.get("a"), d.get("zz", i), s.upper(), s.startswith("he"), t.count(3), t.index(1)))
    return out[-1]


print("dict, str, tuple subclasses", other_builtins())


def wrong_receiver():
    out = []
    for i in range(30):
        x = Coll([1]) if i < 20 else (1,)
        try:
            out.append(list.copy(x))
        except TypeError as e:
            out.append(str(e))
    return out[19], out[20]


print("descriptor with a wrong receiver", wrong_receiver())


# Iteration over instances of builtin subclasses.
class It(list):
    pass


class It2(list):
    def __iter__(self):
        return iter(["own", "iter"])


class DictSub(dict):
    pass


class SetSub(set):
    pass


def iterate(x, n=20):
    out = None
    for i in range(n):
        out = [v for v in x]
    return out


print("iter list subclass", iterate(It([1, 2, 3])))
print("iter own __iter__", iterate(It2([1, 2, 3])))
print("iter dict subclass", iterate(DictSub(a=1, b=2)))
print("iter set subclass", sorted(iterate(SetSub({5, 6}))))
print("iter str and tuple subclasses", iterate(S("ab")), iterate(T((7, 8))))


def iter_patched():
    x = It([1, 2])
    out = []
    for i in range(30):
        out.append(list(iter(x)))
        for v in x:
            out.append(v)
        if i == 20:
            It.__iter__ = lambda self: iter(["patched"])
    del It.__iter__
    return out[-6:], [v for v in x]


print("__iter__ patched", iter_patched())


# Constructing subclasses of builtin types runs the builtin's __init__.
class L(list):
    pass


class B(bytearray):
    pass


class E(Exception):
    pass


class I(int):
    pass


for args, kw in [((), {}), (([1, 2],), {}), ((1, 2), {}), ((), {"a": 1}), (("ab",), {})]:
    for t in (L, D, B, E, I, list, dict):
        try:
            print(t.__name__, repr(t(*args, **kw)))
        except Exception as e:
            print(t.__name__, type(e).__name__, e)


# Iteration reads the builtin's items directly, whatever the subclass
# defines besides __iter__; a str subclass's iterator is str_iterator.
class OddList(list):
    def __getitem__(self, i):
        return "overridden"

    def __len__(self):
        return 0


class OddDict(dict):
    def keys(self):
        return ["overridden"]

    def __getitem__(self, k):
        return "overridden"


print("ignores overrides", iterate(OddList([1, 2])), iterate(OddDict(a=1)))
print("iterator types", [type(iter(x)).__name__ for x in (It([1]), T((1,)), DictSub(a=1), SetSub({1}), S("ab"))])
