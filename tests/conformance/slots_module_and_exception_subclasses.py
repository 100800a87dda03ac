# __slots__ on subclasses of ModuleType and of BaseException: the slots
# hold values (objects of these classes are not plain instances), an
# empty slot reads as a missing attribute with the module's or the
# exception's message, and the class's layout is checked on __class__
# assignment.
import copy
import pickle
from types import ModuleType


class ModuleWithSlots(ModuleType):
    __slots__ = ("a", "b")

    def __init__(self, name):
        super().__init__(name)


m = ModuleWithSlots("name")
for attr in ("a", "b", "c"):
    try:
        getattr(m, attr)
    except AttributeError as e:
        print("AttributeError:", e)
m.a, m.b = 1, 2
m.c = 3
print(m.a, m.b, m.c, sorted(k for k in vars(m) if not k.startswith("__")))
del m.a
try:
    del m.a
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(m, "a"), getattr(m, "a", "dflt"))
m.__getattr__ = lambda name: "from __getattr__ " + name
print(m.a, m.zzz)
try:
    m.__class__ = ModuleType
except TypeError as e:
    print("TypeError:", e)
plain = ModuleType("plain")
try:
    plain.__class__ = ModuleWithSlots
except TypeError as e:
    print("TypeError:", e)


class Other(ModuleType):
    pass


om = Other("o")
om.__class__ = ModuleType
print(type(om).__name__)


class SlotError(Exception):
    __slots__ = ("code", "detail")

    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise SlotError("bad", 7)
except SlotError as e:
    print(repr(e), e.args, e.code)
    try:
        e.detail
    except AttributeError as e2:
        print("AttributeError:", e2)
    e.detail = "d"
    e.extra = "x"
    print(e.detail, e.extra, e.__dict__)
    del e.detail
    print(hasattr(e, "detail"))


class SlotKeyError(KeyError):
    __slots__ = ("key",)


ke = SlotKeyError("k")
ke.key = "the key"
print(str(ke), ke.key, isinstance(ke, LookupError))
for c in (copy.copy(ke), pickle.loads(pickle.dumps(ke))):
    print(type(c).__name__, c.args, hasattr(c, "key"))
try:
    {}["x"]
except KeyError as e:
    print(repr(e))


class Deeper(SlotError):
    __slots__ = ("more",)


d = Deeper("m", 1)
d.more = 2
print(d.code, d.more, d.args)
print(SlotError.code, type(SlotError.__dict__["code"]).__name__)
try:
    SlotError.__dict__["code"].__get__(ValueError(), ValueError)
except TypeError as e:
    print("TypeError:", e)
