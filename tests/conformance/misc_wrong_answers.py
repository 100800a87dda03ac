# Silent wrong answers: the int<->str digit limit, changes to dicts, sets
# and deques during iteration, resizing an exported bytearray, and the
# builtins namespace of eval/exec and import statements.
import builtins
import sys
from collections import deque


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
        return
    if isinstance(r, str) and len(r) > 60:
        r = "str of length %d" % len(r)
    elif isinstance(r, int) and not isinstance(r, bool) and r.bit_length() > 200:
        r = "int of %d bits" % r.bit_length()
    print(label, "ok", r)


# --- int <-> str digit limit -------------------------------------------
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits,
      sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(tuple(sys.int_info), type(sys.flags).__name__)
big = 10 ** 5000
conversions = [
    ("str", lambda x: str(x)), ("repr", lambda x: repr(x)),
    ("format", lambda x: format(x)), ("format d", lambda x: format(x, "d")),
    ("format ,", lambda x: format(x, ",")), ("format _", lambda x: format(x, "_")),
    ("format >9000", lambda x: format(x, ">9000")),
    ("%d", lambda x: "%d" % x), ("%i", lambda x: "%i" % x), ("%s", lambda x: "%s" % x),
    ("%r", lambda x: "%r" % x), ("%.5d", lambda x: "%.5d" % x),
    ("f-str", lambda x: f"{x}"), ("f-str !r", lambda x: f"{x!r}"), ("f-str :,", lambda x: f"{x:,}"),
    ("str.format", lambda x: "{}".format(x)), ("list repr", lambda x: str([x])),
    ("hex", lambda x: hex(x)), ("oct", lambda x: oct(x)), ("bin", lambda x: bin(x)),
    ("%x", lambda x: "%x" % x), ("format x", lambda x: format(x, "x")),
    ("format b", lambda x: format(x, "b")), ("format o", lambda x: format(x, "o")),
]
for label, f in conversions:
    show(label, lambda: f(big))
    show(label + " neg", lambda: f(-big))
show("print", lambda: print(big))
show("4300 digits", lambda: str(10 ** 4299))
show("4301 digits", lambda: str(10 ** 4300))
show("-4300 digits", lambda: str(-10 ** 4299))
parses = [
    ("int 5000", lambda: int("1" * 5000)), ("int 4300", lambda: int("1" * 4300)),
    ("int 4301", lambda: int("1" * 4301)), ("int neg", lambda: int("-" + "1" * 4301)),
    ("int spaces", lambda: int("  " + "1" * 4301 + "  ")),
    ("int underscores", lambda: int("1_" * 3000 + "1")),
    ("int leading zeros", lambda: int("0" * 5000 + "7")),
    ("int bytes", lambda: int(b"1" * 5000)), ("int bytearray", lambda: int(bytearray(b"1" * 5000))),
    ("int base 16", lambda: int("1" * 5000, 16)), ("int base 2", lambda: int("1" * 5000, 2)),
    ("int base 8", lambda: int("1" * 5000, 8)), ("int base 32", lambda: int("1" * 5000, 32)),
    ("int base 36", lambda: int("1" * 5000, 36)), ("int base 3", lambda: int("1" * 5000, 3)),
    ("int base 0", lambda: int("1" * 5000, 0)), ("int base 0 hex", lambda: int("0x" + "1" * 5000, 0)),
    ("int base 0 bin", lambda: int("0b" + "1" * 5000, 0)),
    ("float", lambda: float("1" * 5000) > 0),
]
for label, f in parses:
    show(label, f)
for n in (1, 100, 639, -1, 641, 640, "5", 4300.0, True, 2 ** 40):
    show("set %r" % (n,), lambda: sys.set_int_max_str_digits(n))
    print(" now", sys.get_int_max_str_digits())
sys.set_int_max_str_digits(640)
show("str 640", lambda: str(10 ** 639))
show("str 641", lambda: str(10 ** 640))
show("int 641", lambda: int("1" * 641))
show("format 641", lambda: format(10 ** 640, ","))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
show("unlimited str", lambda: str(big))
show("unlimited int", lambda: int("9" * 6000))
show("unlimited %d", lambda: "%d" % big)
sys.set_int_max_str_digits(5001)
show("5001 str", lambda: str(big))
show("5001 str*10", lambda: str(big * 10))
show("5001 int", lambda: int("1" * 5001))
show("5001 int+1", lambda: int("1" * 5002))
show("keyword", lambda: sys.set_int_max_str_digits(digits=5))
sys.set_int_max_str_digits(sys.int_info.default_max_str_digits)
show("restored", lambda: str(big))


class I(int):
    pass


show("subclass", lambda: str(I(big)))
show("bool", lambda: str(True))


# --- dicts changed during iteration ------------------------------------
def replace_keys(n, view):
    d = {i: i for i in range(n)}
    out = []
    it = d if view is None else getattr(d, view)()
    for k in it:
        out.append(k)
        key = k[0] if isinstance(k, tuple) else k
        if key in d:
            del d[key]
        d["n%d" % len(out)] = 1
    return out


for n in (0, 1, 2, 3, 5, 6, 8, 11, 12, 22):
    for view in (None, "keys", "values", "items"):
        show("replace %d %s" % (n, view), lambda: replace_keys(n, view))


def grow(d):
    for k in d:
        d[str(k) + "x"] = 1


def shrink(d):
    for k in d:
        del d[k]


show("grow", lambda: grow({1: 1}))
show("shrink", lambda: shrink({1: 1, 2: 2}))


def popitem_and_add(n):
    d = dict.fromkeys(range(n))
    out = []
    for k in d:
        out.append(k)
        d.popitem()
        d[100 + len(out)] = 0
    return out


for n in (1, 2, 4, 7, 10):
    show("popitem %d" % n, lambda: popitem_and_add(n))


def update_values(n):
    d = dict.fromkeys(range(n), 0)
    for k in d:
        d[k] += 1
    return d


show("values", lambda: update_values(4))


def sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    out = []
    for _ in range(2):
        try:
            out.append(next(it))
        except RuntimeError as e:
            out.append(str(e))
    del d[3]
    out.append(list(it))
    return out


show("sticky", sticky)


def after_clear():
    d = {1: 1, 2: 2}
    it = iter(d.items())
    next(it)
    d.clear()
    d[5] = 5
    d[6] = 6
    return list(it)


show("clear", after_clear)


def same_size_many(n):
    d = dict.fromkeys(range(n))
    for i in range(n // 2):
        del d[i]
    for i in range(n // 2):
        d[-i - 1] = 0
    out = []
    for k in d:
        out.append(k)
        del d[k]
        d[str(k)] = 1
    return out


for n in (2, 5, 9, 14, 20, 29):
    show("mixed %d" % n, lambda: same_size_many(n))


def copy_then_change():
    d = dict.fromkeys(range(6))
    c = d.copy()
    for k in c:
        del c[k]
        c[k + 100] = 0


show("copy", copy_then_change)


def set_change():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)


show("set add", set_change)


def set_discard():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)


show("set discard", set_discard)


# --- deques mutated during iteration -----------------------------------
deque_ops = [
    ("append", lambda d: d.append(9)), ("appendleft", lambda d: d.appendleft(9)),
    ("pop", lambda d: d.pop()), ("popleft", lambda d: d.popleft()),
    ("extend", lambda d: d.extend([7])), ("extend empty", lambda d: d.extend([])),
    ("extendleft", lambda d: d.extendleft([7])), ("clear", lambda d: d.clear()),
    ("rotate", lambda d: d.rotate(1)), ("rotate 0", lambda d: d.rotate(0)),
    ("reverse", lambda d: d.reverse()), ("setitem", lambda d: d.__setitem__(0, 42)),
    ("delitem", lambda d: d.__delitem__(0)), ("insert", lambda d: d.insert(1, 5)),
    ("remove", lambda d: d.remove(d[0])), ("iadd", lambda d: d.__iadd__([1])),
    ("count", lambda d: d.count(1)), ("copy", lambda d: d.copy()),
]


def deque_case(start, op, reverse):
    d = deque(start)
    it = reversed(d) if reverse else iter(d)
    out = [next(it)]
    op(d)
    try:
        out.extend(it)
    except RuntimeError as e:
        out.append(str(e))
        try:
            next(it)
            out.append("more")
        except RuntimeError as e2:
            out.append("again")
        except StopIteration:
            out.append("stop")
    return out, list(d)


for name, op in deque_ops:
    for start in ([1, 2, 3], [1]):
        for reverse in (False, True):
            show("deque %s %s %s" % (name, start, reverse), lambda: deque_case(start, op, reverse))


def deque_empty_then_append():
    d = deque()
    it = iter(d)
    d.append(1)
    return next(it)


show("deque empty", deque_empty_then_append)


def deque_maxlen():
    d = deque([1, 2, 3], maxlen=3)
    out = []
    for x in d:
        out.append(x)
        d.append(x)
    return out


show("deque maxlen", deque_maxlen)
it = iter(deque([1, 2, 3]))
next(it)
print("length hint", it.__length_hint__(), list(it))


# --- bytearray resized while exported ----------------------------------
def iadd(b):
    b += b"xy"


def iadd_empty(b):
    b += b""


def imul(b):
    b *= 2


def imul_one(b):
    b *= 1


def del_slice(b):
    del b[1:3]


def del_empty_slice(b):
    del b[1:1]


def del_item(b):
    del b[0]


def set_longer(b):
    b[1:3] = b"XYZ"


def set_same(b):
    b[1:3] = b"XY"


def set_item(b):
    b[0] = 65


def set_extended(b):
    b[::2] = b"XYZ"


bytearray_ops = [
    ("append", lambda b: b.append(1)), ("append bad", lambda b: b.append(300)),
    ("extend", lambda b: b.extend(b"xy")), ("extend empty", lambda b: b.extend(b"")),
    ("extend list", lambda b: b.extend([1, 2])), ("extend str", lambda b: b.extend("ab")),
    ("iadd", iadd), ("iadd empty", iadd_empty), ("imul", imul), ("imul one", imul_one),
    ("del slice", del_slice), ("del empty slice", del_empty_slice), ("del item", del_item),
    ("set longer", set_longer), ("set same", set_same), ("set item", set_item),
    ("set extended", set_extended), ("clear", lambda b: b.clear()),
    ("pop", lambda b: b.pop()), ("pop 0", lambda b: b.pop(0)), ("pop bad", lambda b: b.pop(10)),
    ("insert", lambda b: b.insert(0, 65)), ("insert bad", lambda b: b.insert(0, 256)),
    ("remove", lambda b: b.remove(98)), ("remove missing", lambda b: b.remove(1)),
    ("reverse", lambda b: b.reverse()),
]
for name, op in bytearray_ops:
    b = bytearray(b"abcdef")
    m = memoryview(b)
    show("exported " + name, lambda: op(b))
    print(" ", bytes(b))
    m.release()
    show("released " + name, lambda: op(b))
    print(" ", bytes(b))

b = bytearray(b"abc")
with memoryview(b) as m:
    show("with", lambda: b.append(1))
b.append(100)
print(b)
m = memoryview(b)
m2 = m[1:]
m.release()
show("slice alive", lambda: b.append(1))
m2.release()
b.append(1)
print(b)
m = memoryview(b)
m3 = memoryview(m)
m.release()
show("copy alive", lambda: b.extend(b"z"))
m3.release()
b.extend(b"z")
print(b)
b = bytearray(b"xyz")
memoryview(b)
b.append(0)
print(b)
m = memoryview(b)
b[0] = 67
b[:] = b"ABCD"
print(m.tobytes(), b)
x = bytearray(b"ab")
y = x
x += b"cd"
x *= 2
print(x is y, y)
x[1:1] = x
print(x)
del x[::2]
print(x)


def iadd_str(b):
    b += "s"


show("iadd str", lambda: iadd_str(x))


# --- builtins of eval/exec and imports ---------------------------------
show("None builtins import", lambda: eval("__import__('math').pi", {"__builtins__": None}))
show("None builtins len", lambda: eval("len([1])", {"__builtins__": None}))
show("empty builtins", lambda: eval("len([1])", {"__builtins__": {}}))
show("custom len", lambda: eval("len([1])", {"__builtins__": {"len": lambda x: 42}}))
show("module builtins", lambda: eval("abs(-1)", {"__builtins__": builtins}))
show("builtins name", lambda: eval("x", {"__builtins__": {"x": 5}}))
show("int builtins", lambda: eval("__builtins__", {"__builtins__": 5}))
show("int builtins len", lambda: eval("len", {"__builtins__": 5}))
show("locals first", lambda: eval("len", {}, {"len": 3}))
g = {}
show("inserted", lambda: eval("abs(-3)", g))
print("inserted dict", g["__builtins__"] is builtins.__dict__)
show("import without __import__", lambda: exec("import math", {"__builtins__": {}}))
show("print only", lambda: exec("x = 1\nprint(x)", {"__builtins__": {"print": print}}))
show("comprehension", lambda: eval("[len(i) for i in ['ab']]", {"__builtins__": {"len": lambda x: -1}}))
show("closure", lambda: eval("(lambda: len)()", {"__builtins__": {"len": 7}}))
show("class no build_class", lambda: exec("class A: pass", {"__builtins__": {}}))
show("function missing", lambda: exec("def f(): return len\nr = f()", {"__builtins__": {}}))
show("nested exec", lambda: exec("exec('print(abs(-2))')", {"__builtins__": {"exec": exec, "print": print, "abs": lambda x: "mine"}}))


class Mapping:
    def __getitem__(self, name):
        if name == "len":
            return lambda x: "mapped"
        raise KeyError(name)


show("mapping builtins", lambda: eval("len([])", {"__builtins__": Mapping()}))
show("mapping missing", lambda: eval("abs(1)", {"__builtins__": Mapping()}))

calls = []


def recording_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, locals is None))
    return builtins


g = {"__builtins__": {"__import__": recording_import}}
exec("import math\nimport os.path\ndef f():\n    import re\n    return re\nr = f()", g)
print(calls, g["math"] is builtins, g["r"] is builtins)
calls.clear()
original = builtins.__import__
builtins.__import__ = recording_import
try:
    import json as patched
    from itertools import chain as patched_chain
except ImportError as e:
    print("ImportError", e)
finally:
    builtins.__import__ = original
print(calls, patched is builtins)
import json
print(type(json).__name__, json.dumps([1]))


# --- int literals compiled under the current limit ---------------------
def literal(src):
    try:
        r = eval(src)
        print("ok", r.bit_length())
    except SyntaxError as e:
        print("SyntaxError", e.msg)
    except Exception as e:
        print(type(e).__name__, e)


literal("1" * 5000)
sys.set_int_max_str_digits(0)
literal("1" * 5000)
sys.set_int_max_str_digits(700)
literal("1" * 701)
literal("0x" + "1" * 701)
literal("1" * 700)
try:
    exec("x = " + "2" * 800)
except SyntaxError as e:
    print(e.msg)
sys.set_int_max_str_digits(sys.int_info.default_max_str_digits)


# --- reversed dict iterators -------------------------------------------
for n in (0, 1, 3, 6):
    d = {i: str(i) for i in range(n)}
    print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
    print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)


def reversed_change(n, view, op):
    d = {i: i for i in range(n)}
    it = reversed(d) if view is None else reversed(getattr(d, view)())
    out = []
    for k in it:
        out.append(k)
        op(d, len(out))
    return out


def replace_first(d, i):
    k = next(iter(d))
    del d[k]
    d[100 + i] = 0


for n in (1, 3, 5, 8):
    for view in (None, "keys", "values", "items"):
        show("rev replace %d %s" % (n, view), lambda: reversed_change(n, view, replace_first))
        show("rev add %d %s" % (n, view), lambda: reversed_change(n, view, lambda d, i: d.__setitem__(-i, 0)))
        show("rev popitem %d %s" % (n, view), lambda: reversed_change(n, view, lambda d, i: d.popitem()))
d = {1: 1, 2: 2, 3: 3}
it = reversed(d)
next(it)
del d[3]
d[3] = 3
show("rev same size", lambda: list(it))
it = reversed(d)
next(it)
d[9] = 9
show("rev sticky 1", lambda: next(it))
show("rev sticky 2", lambda: next(it))


# --- length hints of dict iterators ------------------------------------
import operator

d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
print(operator.length_hint(it), operator.length_hint(iter(d.items())), operator.length_hint(reversed(d.values())))
d[4] = 4
print(operator.length_hint(it))
