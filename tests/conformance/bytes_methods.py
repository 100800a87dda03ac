# The methods of bytes and bytearray on a table of edge inputs: searching,
# splitting, stripping, case mapping and classification, translation,
# %-formatting, bytearray's mutators, and the errors of bad arguments.


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", type(r).__name__, repr(r))


SAMPLES = [
    b"",
    b"a",
    b"abc",
    b"Hello World",
    b"  spaced  out  ",
    b"\t\n\x0b\x0c\r \x1c\x1f",
    b"a,b,,c,",
    b",a,b",
    b"\xe9t\xe9 caf\xc3\xa9",
    b"hello wORLD 123 mIxEd_case",
    b"line1\nline2\r\nline3\rline4\n",
    b"aaaa",
    b"12ab",
    b"Title Case Words",
    b"ABC",
    b"abc123",
    b"-42",
    b"+7",
    b"x\ty\tzz\t\n\tw",
]

# The samples that go through the long tables (and the short ones, also as
# bytearrays).
TABLES = [b"Hello World", b"  spaced  out  ", b"\t\n\x0b\x0c\r \x1c\x1f", b"a,b,,c,", b",a,b",
          b"\xe9t\xe9 caf\xc3\xa9", b"aaaa", b"line1\nline2\r\nline3\rline4\n"]

NEEDLES = [b"", b"a", b"b", b"aa", b"l", b"o", b",", b"zz", ord("a"), ord("l"), 0]
BOUNDS = [(), (1,), (-2,), (0, -1), (2, 1), (100,), (-100, 100), (None, 3), (1, None), (3, 3), (4, 4)]

def res(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)
    return repr(r)


def row(label, *calls):
    print(label, "->", " ".join(res(*c) for c in calls))


for s in SAMPLES:
    for T in (bytes, bytearray):
        v = T(s)
        print("==", repr(v))
        full = T is bytes and s in TABLES or len(s) < 4
        for m in ("lower", "upper", "swapcase", "capitalize", "title", "isalnum", "isalpha",
                  "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "strip",
                  "lstrip", "rstrip", "split", "rsplit", "splitlines", "expandtabs", "hex"):
            show(m, getattr(v, m))
        row("splitlines", (v.splitlines, True), (lambda: v.splitlines(keepends=1),))
        row("expandtabs", (v.expandtabs, 4), (v.expandtabs, 0), (lambda: v.expandtabs(tabsize=-1),))
        row("zfill", *[(v.zfill, w) for w in (0, 3, 8, -1)])
        for chars in (b"a", b" \t", bytearray(b"ld"), memoryview(b"Hh"), None):
            row("strip(%r)" % (chars,) if not isinstance(chars, memoryview) else "strip(mv)",
                (v.strip, chars), (v.lstrip, chars), (v.rstrip, chars))
        for sep in (None, b",", b" ", b"l", b"ab", bytearray(b"a"), memoryview(b"o")) if full else ():
            label = "sep" if isinstance(sep, memoryview) else repr(sep)
            row("split(%s)" % label, *[(v.split, sep, mx) for mx in (-1, 0, 1, 2, 10)])
            row("rsplit(%s)" % label, *[(lambda mx: v.rsplit(sep=sep, maxsplit=mx), mx) for mx in (-1, 0, 1, 2, 10)])
        for sep in (b",", b"l", b"a", b"zz", b"ab"):
            row("partition(%r)" % sep, (v.partition, sep), (v.rpartition, sep))
        for sub in NEEDLES if full else NEEDLES[:2]:
            for b in BOUNDS if full or sub == b"a" else BOUNDS[:3]:
                row("find/rfind/count(%r, %r)" % (sub, b), *[(getattr(v, m), sub, *b) for m in ("find", "rfind", "count")])
                if sub == b"l" or not full and sub == b"a":
                    row("index/rindex(%r, %r)" % (sub, b), (v.index, sub, *b), (v.rindex, sub, *b))
        for sub in (b"", b"a", b"H", b"ld", b"\n", (b"x", b"a"), (b"q",), ()) if full else (b"a",):
            row("startswith/endswith(%r)" % (sub,), *[(f, sub, *b) for b in BOUNDS for f in (v.startswith, v.endswith)])
        for old, new, n in ((b"a", b"X", -1), (b"a", b"", -1), (b"", b"-", -1), (b"", b"-", 2),
                            (b"l", b"LL", 1), (b"zz", b"q", -1), (b"", b"", -1), (b"o", b"0", 0)):
            show("replace(%r, %r, %d)" % (old, new, n), v.replace, old, new, n)
        for p in (b"", b"a", b"ab", b"\n", b"Hello"):
            row("removeprefix/suffix(%r)" % p, (v.removeprefix, p), (v.removesuffix, p))
        for w, f in ((0, b" "), (5, b"*"), (12, b"-"), (15, b"=")):
            row("center/ljust/rjust(%d)" % w, (v.center, w, f), (v.ljust, w, f), (v.rjust, w, f))

print("== bytes and bytearray and memoryview arguments")
ba = bytearray(b"abcabc")
mv = memoryview(b"bc")
show("find mv", b"abcabc".find, mv)
show("find ba", b"abcabc".rfind, ba[1:3])
show("ba.count mv", ba.count, mv)
show("ba.index bytes", ba.index, b"ca")
show("startswith ba", b"abc".startswith, bytearray(b"ab"))
show("startswith tuple mixed", b"abc".startswith, (memoryview(b"x"), bytearray(b"a")))
show("join mixed", b"-".join, [b"a", bytearray(b"b"), memoryview(b"c")])
show("ba.join", bytearray(b", ").join, [b"x", b"y"])
show("replace mixed", b"abc".replace, bytearray(b"b"), memoryview(b"BB"))
show("translate None", b"hello".translate, None, b"l")
show("translate table", b"hello".translate, bytes.maketrans(b"el", b"ip"))
show("translate delete kw", b"hello".translate, bytes.maketrans(b"h", b"j"), delete=b"o")
show("ba.translate", bytearray(b"hello").translate, bytearray.maketrans(b"lo", b"01"))
show("maketrans len", len, bytes.maketrans(b"", b""))
show("maketrans ba", bytearray.maketrans, bytearray(b"ab"), memoryview(b"cd"))
show("fromhex", bytes.fromhex, "de ad BE EF 00")
show("fromhex ws", bytes.fromhex, " \t0a\n0b ")
show("fromhex ba", bytearray.fromhex, "0102")
show("fromhex empty", bytes.fromhex, "")
show("fromhex odd", bytes.fromhex, "abc")
show("fromhex bad", bytes.fromhex, "a g")
show("fromhex bad2", bytes.fromhex, "zz")
show("fromhex bytes", bytes.fromhex, b"ab")
show("int needles big", b"abc".find, 256)
show("int needle neg", b"abc".count, -1)
show("int needle bool", b"\x01\x00".find, True)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


show("find __index__ bounds", b"abcabc".find, b"a", Idx(1), Idx(10))
show("count __index__ sub", b"abcabc".count, Idx(98))
show("find huge", b"abc".find, b"c", 10**30)
show("find -huge", b"abc".find, b"c", -10**30, 10**30)
show("rfind huge", b"abc".rfind, b"", 2, 10**20)
show("split maxsplit idx", b"a b c".split, None, Idx(1))
show("zfill idx", b"7".zfill, Idx(3))

print("== wrong types")
show("find str", b"abc".find, "a")
show("count float", b"abc".count, 1.5)
show("find bad start", b"abc".find, b"a", "x")
show("index missing", b"abc".index, b"z")
show("rindex missing", bytearray(b"abc").rindex, 120)
show("split str", b"a b".split, "a")
show("split empty", b"a b".split, b"")
show("rsplit empty", b"a b".rsplit, bytearray())
show("split float max", b"a b".split, None, 1.0)
show("strip str", b"abc".strip, "a")
show("lstrip int", b"abc".lstrip, 1)
show("partition str", b"abc".partition, "b")
show("partition empty", b"abc".partition, b"")
show("rpartition empty", b"abc".rpartition, b"")
show("replace str", b"abc".replace, "a", b"b")
show("replace str2", b"abc".replace, b"a", "b")
show("startswith str", b"abc".startswith, "a")
show("startswith list", b"abc".startswith, [b"a"])
show("startswith tuple str", b"abc".startswith, ("a",))
show("endswith int", b"abc".endswith, 99)
show("removeprefix str", b"abc".removeprefix, "a")
show("translate short", b"abc".translate, b"abc")
show("translate str", b"abc".translate, "x" * 256)
show("maketrans unequal", bytes.maketrans, b"ab", b"c")
show("maketrans str", bytes.maketrans, "ab", b"cd")
show("expandtabs str", b"a".expandtabs, "4")
show("splitlines str", b"a".splitlines, "x")
show("zfill str", b"a".zfill, "3")
show("center fill str", b"a".center, 3, "x")
show("no args find", b"abc".find)
show("too many find", b"abc".find, b"a", 1, 2, 3)
show("kw find", b"abc".find, sub=b"a")
show("split kw bad", b"abc".split, foo=1)
show("split too many", b"abc".split, None, 1, 2)
show("upper arg", b"abc".upper, 1)
show("strip 2 args", b"abc".strip, b"a", b"b")
show("partition no args", b"abc".partition)
show("replace 1 arg", b"abc".replace, b"a")
show("translate no args", b"abc".translate)
show("maketrans 1 arg", bytes.maketrans, b"a")
show("fromhex no args", bytes.fromhex)
show("descriptor wrong self", bytes.upper, "abc")
show("descriptor wrong self2", bytes.find, bytearray(b"abc"), b"b")
show("bytearray descriptor", bytearray.split, b"a b")

print("== operators")
show("add", bytes.__add__, b"ab", b"cd")
show("add mv", b"ab".__add__, memoryview(b"cd"))
show("add ba", bytearray(b"ab").__add__, b"cd")
show("add str", b"ab".__add__, "cd")
show("mul", b"ab".__mul__, 3)
show("mul neg", b"ab".__mul__, -3)
show("rmul", b"ab".__rmul__, 2)
show("ba mul", bytearray(b"ab").__mul__, 2)
for expr in ('b"a" + "b"', 'b"a" + 1', 'bytearray(b"a") + "b"', 'b"a" + bytearray(b"b")',
             'bytearray(b"a") + memoryview(b"b")', '3 * b"ab"', 'b"ab" * 0', 'b"ab" * 2.0',
             'memoryview(b"a") + b"b"'):
    show(expr, eval, expr)
show("bytes", b"ab".__bytes__)
show("getnewargs", b"ab".__getnewargs__)
show("str", b"a'b".__str__)
show("str ba", bytearray(b"x").__str__)
print(str(b"\xff\n"), str(bytearray(b"q")))

print("== %-formatting")
FORMATS = [
    (b"%s", b"abc"),
    (b"%s", bytearray(b"xy")),
    (b"%s", memoryview(b"mv")),
    (b"%b", b"bb"),
    (b"%5s|%-5s|", (b"ab", b"cd")),
    (b"%.2s", b"abcdef"),
    (b"%*s", (4, b"x")),
    (b"%-*s|", (4, b"x")),
    (b"%*s|", (-4, b"x")),
    (b"%.*s", (1, b"xyz")),
    (b"%r", "h\xe9"),
    (b"%a", "h\xe9"),
    (b"%r", b"q"),
    (b"%d %i %u", (1, -2, 3)),
    (b"%5d|%-5d|%05d|%+d", (42, 42, 42, 42)),
    (b"%x %X %o %#x %#o", (255, 255, 8, 255, 8)),
    (b"%.3f %e %g %G", (3.14159, 12345.678, 0.0001, 1e20)),
    (b"%c%c", (65, b"B")),
    (b"%c", 256),
    (b"%c", "A"),
    (b"%c", b"AB"),
    (b"%%", ()),
    (b"100%%", ()),
    (b"%(a)s and %(b)d", {b"a": b"x", b"b": 5}),
    (b"%(a)s", {"a": b"x"}),
    (b"%s", "str"),
    (b"%s", 5),
    (b"%d", b"x"),
    (b"%d", "x"),
    (b"%x", 1.5),
    (b"%s %s", (b"a",)),
    (b"%s", (b"a", b"b")),
    (b"%y", 1),
    (b"%", ()),
    (b"%(a", {b"a": 1}),
    (b"%(a)s", (1,)),
    (b"abc", ()),
    (b"abc", 5),
    (b"abc", {}),
    (b"%s", bytearray(b"ba-as-arg")),
    (bytearray(b"%s-%d"), (b"x", 3)),
    (b"%d", True),
    (b"%.2d|%3.1f", (5, 2.25)),
    (b"%5c|%-3c|", (65, b"x")),
    (b"%i", 3.7),
    (b"%x", 3.0),
    (b"%.0s|", b"abc"),
    (b"%c", -1),
    (b"%c", Idx(66)),
    (b"%c", 10**30),
    (b"%#5.3x|%.3x|%-6.3o|%+.2X|%#.3o", (10, 10, 8, -255, 8)),
    (b"%08.3x|%-#8.3X|%+08.3o|%#010.4x|% .2x", (10, 10, -8, 255, 3)),
    (b"%-08.3f|% d", (2.5, 5)),
    (b"%5%", ()),
    (b"%5%", 1),
    (b"%*d", ("x", 1)),
    (b"%.*d", (2.0, 1)),
    (b"%ld", 5),
    (b"%(a)s %(a)r", {b"a": b"q"}),
    (b"%s", [1]),
    (b"%a", b"\xff"),
    (b"%r", "x\n"),
    (b"%5r|", 1),
    (b"%s", None),
]
for fmt, arg in FORMATS:
    shown = "mv" if isinstance(arg, memoryview) else "Idx" if isinstance(arg, Idx) else arg
    show("%r %% %r" % (fmt, shown), lambda: fmt % arg)


class WithBytes:
    def __bytes__(self):
        return b"custom"


class BadBytes:
    def __bytes__(self):
        return "notbytes"


show("__bytes__", lambda: b"<%s>" % WithBytes())
show("bad __bytes__", lambda: b"<%s>" % BadBytes())
show("mod method", b"%d".__mod__, 7)
show("rmod method", b"%d".__rmod__, 7)
show("rmod bytes", b"x".__rmod__, b"%s")
show("ba rmod bytes", bytearray(b"x").__rmod__, b"%s")
show("rmod ba", bytearray(b"x").__rmod__, bytearray(b"%s!"))

print("== bytearray mutators")
b = bytearray(b"hello")
m = b.copy()
show("copy", lambda: (m, m is b, m == b))
b.reverse()
print(b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
show("insert bad", b.insert, 0, 256)
show("insert str", b.insert, 0, b"x")
show("pop", b.pop)
show("pop 0", b.pop, 0)
show("pop -2", b.pop, -2)
show("pop 99", b.pop, 99)
print(b)
show("remove", b.remove, ord("l"))
show("remove missing", b.remove, ord("z"))
show("remove bad", b.remove, 300)
print(b)
del b[0]
del b[-1]
print(b)
del b[::2]
print(b)
show("del out of range", b.__delitem__, 50)
b.clear()
show("pop empty", b.pop)
print(b, len(b))
b = bytearray(b"ab")
b += b"cd"
b += memoryview(b"ef")
b += bytearray(b"g")
print(b)
b *= 2
print(b)
x = b
x += b"!"
print(x is b, b)
try:
    b += "str"
except TypeError as e:
    print("TypeError", e)
b2 = bytearray(b"xy")
try:
    b2 += b2
except BufferError as e:
    print("BufferError", e)
b2 += bytes(b2)
print(b2)
print(bytearray(b"ab").__reduce__())
print(bytearray(b"\xffa").__reduce_ex__(2))
print(bytearray(b"ab").__reduce_ex__(4))
print(bytearray().__alloc__() >= 0)
ba = bytearray(b"abc")
print(ba.upper(), ba.upper() is ba, type(ba.strip()), ba.split(b"b"))


class BA(bytearray):
    pass


class BS(bytes):
    pass


print(type(BA(b"ab").upper()).__name__, type(BS(b"ab").upper()).__name__, type(BS(b"a b").split()[0]).__name__)
print(type(BS.fromhex("00")).__name__, type(BA.fromhex("00")).__name__, BS.fromhex("41"))
print(BS(b"x") + b"y", BA(b"x") + b"y", BS(b"%d") % 5)
print(sorted(set(dir(bytes)) - set(dir(object)))[:5])

print("== constructors and __init__")


class WB:
    def __bytes__(self):
        return b"wb"


class BNoInit(bytearray):
    def __init__(self, x):
        pass


class BInit(bytearray):
    def __init__(self, x):
        super().__init__(x * 2)


for e in ('bytes(WB())', 'bytearray(WB())', 'BNoInit(b"ab")', 'BInit(b"ab")', 'bytes(Idx(3))', 'bytes([Idx(3), 1])',
          'bytes([256])', 'bytes([-1])', 'bytes(["a"])', 'bytes(1.5)', 'bytearray(1.5)', 'bytes("x")', 'bytes("x", "ascii")',
          'bytes(b"x", "ascii")', 'bytes(encoding="ascii")', 'bytes(errors="strict")', 'bytes(-1)',
          'bytes(memoryview(b"mv"))', 'bytearray(3)', 'bytearray(b"q")', 'bytes(source=b"k")', 'bytes(10**30)',
          'bytes(range(3))', 'bytearray([True])', 'bytes(x=1)', 'bytearray(1, 2, 3, 4)'):
    show(e, eval, e)
b = bytearray(b"abc")
b.__init__(b"zz")
print(b)
b.__init__()
print(b)
