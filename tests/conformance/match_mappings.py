# Mapping patterns: keys, **rest, Mapping check, get with a sentinel.
import collections
import collections.abc
import types


def m(x):
    match x:
        case {}:
            if not x:
                return "empty mapping"
            return f"some mapping, {len(x)} items"


def keys(x):
    match x:
        case {"action": "move", "x": int(px), "y": int(py)}:
            return f"move to {px},{py}"
        case {"action": "say", "text": str(t), **rest}:
            return f"say {t!r} rest {rest!r}"
        case {1: one, 2.0: two, None: n, "t": t}:
            return f"numeric keys {one} {two} {n} {t}"
        case {**rest}:
            return f"any mapping {rest!r}"
        case _:
            return "not a mapping"


for v in [{}, {"a": 1}, collections.OrderedDict(a=1),
          collections.defaultdict(int), collections.Counter("aab"), [], "x"]:
    print(type(v).__name__, "->", m(v), "|", keys(v))

for v in [{"action": "move", "x": 1, "y": 2}, {"action": "move", "x": "1", "y": 2},
          {"action": "say", "text": "hi", "loud": True, "times": 2},
          {1: "a", 2: "b", None: "n", 1.0: "dup", "t": True}, {1: "a", 2: "b", None: "n"}]:
    print(keys(v))


class P:
    attr = 5


match P.__dict__:
    case {"attr": a, "__module__": mod}:
        print("mappingproxy", type(P.__dict__).__name__, a, mod)


# defaultdict: a missing key is not created (get does not call __missing__).
dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("matched?!")
    case _:
        print("defaultdict untouched", dict(dd))


class Recorder(collections.abc.Mapping):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        print("  getitem", k)
        return self.data[k]

    def __len__(self):
        print("  len")
        return len(self.data)

    def __iter__(self):
        print("  iter")
        return iter(self.data)

    def get(self, k, default=None):
        print("  get", repr(k), "default is a sentinel:", type(default).__name__)
        return self.data.get(k, default)


match Recorder({"a": 1, "b": 2}):
    case {"a": 1, "c": _}:
        print("no")
    case {"a": a, **rest}:
        print("recorder", a, rest)


class Registered:
    def get(self, k, d):
        return {"k": "v"}.get(k, d)

    def __len__(self):
        return 1

    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return "v"


match Registered():
    case {"k": v}:
        print("before register?!")
    case _:
        print("not a mapping before register")

collections.abc.Mapping.register(Registered)
match Registered():
    case {"k": v}:
        print("registered mapping", v)


# Keys from attribute lookups; duplicates found at run time.
class K:
    A = "a"
    B = "a"


match {"a": 1}:
    case {K.A: v}:
        print("attribute key", v)

try:
    match {"a": 1}:
        case {K.A: _, K.B: _}:
            print("matched?!")
except ValueError as e:
    print("ValueError", e)

try:
    match {"a": 1}:
        case {K.A: _, "a": _}:
            print("matched?!")
except ValueError as e:
    print("ValueError", e)

# Length check happens first: a mapping shorter than the pattern fails fast.
match {"a": 1}:
    case {"a": _, "b": _}:
        print("no")
    case {"a": 1, **kw}:
        print("rest is a new dict", kw, type(kw).__name__)

# Errors from get propagate.
class BadGet(dict):
    def get(self, k, d=None):
        raise KeyError("bad get")

try:
    match BadGet(a=1):
        case {"a": _}:
            print("matched?!")
except KeyError as e:
    print("KeyError", e)

# unhashable attribute key
class U:
    KEY = []

try:
    match {"a": 1}:
        case {U.KEY: _}:
            pass
except TypeError as e:
    print("TypeError", e)

try:
    match Recorder({"a": 1}):
        case {U.KEY: _}:
            pass
except TypeError as e:
    print("TypeError from a Mapping", e)

try:
    match Recorder({"a": 1, "b": 2}):
        case {"a": _, U.KEY: _}:
            pass
except TypeError as e:
    print("TypeError from a Mapping, second key", e)

# Keys equal as dict keys are duplicates at run time too.
class N:
    ONE = 1
    TRUE = True

try:
    match {1: "x", 2: "y"}:
        case {N.ONE: _, N.TRUE: _}:
            pass
except ValueError as e:
    print("ValueError", e)
