# struct (CPython's struct.py over the native _struct): every format code
# in each byte order, sizes and native alignment, counts, 's'/'p', half
# floats, the Struct type, the buffer forms (pack_into, unpack_from,
# iter_unpack) and every error text.
import struct
import _struct


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(struct.error.__module__, struct.error.__name__, struct.error.__mro__[1].__name__)
print(sorted(n for n in dir(_struct) if not n.startswith("__")))
print(type(struct.Struct("i")).__name__, struct.Struct.__module__)

for fmt in ["x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "s", "p", "P",
            "bh", "bi", "bq", "bd", "hb", "ib", "3s", "0s", "2p", "10x", "b0i", "@bi", "=bi", "<bi", ">bi", "!bi",
            "3i", "b3h", "cid", " i  h ", "i\th", "", "   ", "@", "<", "bN", "bP", "bn", "b e f", "0i", "0x"]:
    t("calcsize %r" % fmt, lambda: struct.calcsize(fmt))
for fmt in ["=n", "<N", ">P", "!n", "z", "3", "i3", "1 i", "bad", "i 3", "<@i", "<<i", "\x00i", "i\x00h", "é"]:
    t("calcsize %r" % fmt, lambda: struct.calcsize(fmt))
t("calcsize bytes", lambda: struct.calcsize(b"<iq"))
t("calcsize int", lambda: struct.calcsize(5))
t("calcsize big count", lambda: struct.calcsize("99999999999999999999b"))
t("calcsize huge", lambda: struct.calcsize("9223372036854775807b9223372036854775807b"))
t("calcsize huge2", lambda: struct.calcsize("4611686018427387904q"))

ints = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
        2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
        2**64 - 1, 2**64, -2**64, 2**100, -2**100]
for mode in "@=<>":
    for code in "bBhHiIlLqQ":
        for v in ints:
            t("pack %s%s %d" % (mode, code, v), lambda: struct.pack(mode + code, v))
for code in "nNP":
    for v in [0, 1, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64]:
        t("pack %s %d" % (code, v), lambda: struct.pack(code, v))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


class BadFlt:
    def __float__(self):
        raise ValueError("nope")


class BadIdx:
    def __index__(self):
        raise KeyError("k")


for code in "bBhiIlqQnNP":
    for v in [Idx(), 1.5, "1", None, True, BadIdx(), Flt()]:
        t("pack %s %s" % (code, type(v).__name__), lambda: struct.pack(code, v))
        t("pack <%s %s" % (code, type(v).__name__), lambda: struct.pack("<" + code, v))

floats = [0.0, -0.0, 1.5, -2.25, 1e-8, 1e-40, 3.4e38, 3.5e38, 1e300, float("inf"), float("-inf"), 65504.0,
          65519.0, 65520.0, 1e-7, 6e-8, 5.960464477539063e-08, 2.9e-08, 1/3, 0.1, 1.0009765625, 1.00048828125,
          1.00146484375, 2049.0, 2051.0, -65520.0]
for mode in "@<>":
    for code in "efd":
        for v in floats:
            t("pack %s%s %r" % (mode, code, v), lambda: struct.pack(mode + code, v))
        for v in [Idx(), Flt(), "x", None, 3, 2**2000, BadFlt()]:
            t("pack %s%s %s" % (mode, code, type(v).__name__), lambda: struct.pack(mode + code, v))
for code in "efd":
    for b in [b"\x00\x7c", b"\x01\x7c", b"\x00\xfe", b"\x00\x00\x80\x7f", b"\x01\x00\x80\x7f", b"\x00" * 7 + b"\xf0"]:
        n = struct.calcsize("<" + code)
        t("unpack nan %s %r" % (code, b[:n]), lambda: repr(struct.unpack("<" + code, b[:n].ljust(n, b"\x00"))[0]))

for v in [b"a", b"", b"ab", bytearray(b"a"), "a", 97, memoryview(b"a")]:
    t("pack c %s %d" % (type(v).__name__, len(v) if hasattr(v, "__len__") else -1), lambda: struct.pack("c", v))
for v in [0, 1, 2, -1, [], [0], "", None, 0.0]:
    t("pack ? %r" % (v,), lambda: struct.pack("?", v))
for fmt in ["s", "3s", "0s", "5s", "p", "3p", "0p", "1p", "300p", "2s2p"]:
    for v in [b"", b"ab", b"abcdef", bytearray(b"xyz"), "ab", 5, memoryview(b"ab"), b"x" * 260]:
        args = (v, v) if fmt == "2s2p" else (v,)
        t("pack %s %r" % (fmt, type(v).__name__ + str(len(v)) if hasattr(v, "__len__") else v), lambda: struct.pack(fmt, *args))
t("unpack p", lambda: struct.unpack("5p", b"\x09abcd"))
t("unpack p0", lambda: struct.unpack("5p", b"\x00abcd"))
t("unpack s", lambda: struct.unpack("3s2s", b"abcde"))

t("pack none", lambda: struct.pack("i"))
t("pack many", lambda: struct.pack("i", 1, 2))
t("pack 3i", lambda: struct.pack("3i", 1, 2))
t("pack x", lambda: struct.pack("xbx", 1))
t("pack noargs", lambda: struct.pack())
t("pack badfmt", lambda: struct.pack(3, 1))
t("pack list fmt", lambda: struct.pack([], 1))
t("pack kw", lambda: struct.pack("i", 1, x=2))
t("pack align", lambda: struct.pack("bihq", 1, 2, 3, 4))
t("pack =align", lambda: struct.pack("=bihq", 1, 2, 3, 4))
t("pack >", lambda: struct.pack(">bihqHIL", 1, 2, 3, 4, 5, 6, 7))
t("pack !", lambda: struct.pack("!bihq", -1, -2, -3, -4))

for fmt in ["<bBhHiIlLqQ", ">bBhHiIlLqQ", "@bBhHiIlLqQnNP", "=bBhHiIlLqQ"]:
    n = struct.calcsize(fmt)
    data = bytes(range(0x80, 0x80 + n))
    t("unpack %s" % fmt, lambda: struct.unpack(fmt, data))
    t("unpack ff %s" % fmt, lambda: struct.unpack(fmt, b"\xff" * n))
t("unpack ? ", lambda: struct.unpack("???", b"\x00\x01\x02"))
t("unpack c", lambda: struct.unpack("cc", b"ab"))
t("unpack short", lambda: struct.unpack("i", b"abc"))
t("unpack long", lambda: struct.unpack("i", b"abcde"))
t("unpack bytearray", lambda: struct.unpack("<h", bytearray(b"\x01\x02")))
t("unpack memoryview", lambda: struct.unpack("<h", memoryview(b"\x00\x01\x02")[1:]))
t("unpack str", lambda: struct.unpack("<h", "ab"))
t("unpack int", lambda: struct.unpack("<h", 5))
t("unpack empty", lambda: struct.unpack("", b""))
t("unpack args", lambda: struct.unpack("i"))

buf = bytearray(12)
t("pack_into", lambda: (struct.pack_into("<hi", buf, 2, 1, -1), bytes(buf))[1])
t("pack_into neg", lambda: (struct.pack_into("<h", buf, -2, 0x4142), bytes(buf))[1])
t("pack_into mv", lambda: (struct.pack_into("<h", memoryview(buf)[4:], 0, 0x4344), bytes(buf))[1])
t("pack_into far", lambda: struct.pack_into("<i", buf, 10, 1))
t("pack_into too neg", lambda: struct.pack_into("<i", buf, -13, 1))
t("pack_into neg short", lambda: struct.pack_into("<i", buf, -2, 1))
t("pack_into past", lambda: struct.pack_into("<i", buf, 20, 1))
t("pack_into bytes", lambda: struct.pack_into("<i", b"abcdefgh", 0, 1))
t("pack_into ro mv", lambda: struct.pack_into("<i", memoryview(b"abcdefgh"), 0, 1))
t("pack_into noargs", lambda: struct.pack_into("<i"))
t("pack_into nooff", lambda: struct.pack_into("<i", buf))
t("pack_into count", lambda: struct.pack_into("<i", buf, 0))
t("pack_into str off", lambda: struct.pack_into("<i", buf, "0", 1))
t("pack_into big off", lambda: struct.pack_into("<i", buf, 2**70, 1))
t("pack_into err keeps", lambda: (struct.pack_into("<bb", buf, 0, 1, 300), 0))
print(bytes(buf))

data = bytes(range(20))
t("unpack_from", lambda: struct.unpack_from("<hi", data))
t("unpack_from off", lambda: struct.unpack_from("<hi", data, 3))
t("unpack_from kw", lambda: struct.unpack_from("<hi", data, offset=5))
t("unpack_from kwbuf", lambda: struct.unpack_from("<hi", buffer=data, offset=5))
t("unpack_from neg", lambda: struct.unpack_from("<hi", data, -6))
t("unpack_from too neg", lambda: struct.unpack_from("<hi", data, -21))
t("unpack_from neg short", lambda: struct.unpack_from("<hi", data, -3))
t("unpack_from past", lambda: struct.unpack_from("<hi", data, 18))
t("unpack_from far", lambda: struct.unpack_from("<hi", data, 40))
t("unpack_from str", lambda: struct.unpack_from("<hi", "abcdefgh"))
t("unpack_from badkw", lambda: struct.unpack_from("<hi", data, off=1))
t("unpack_from float off", lambda: struct.unpack_from("<hi", data, 1.0))

it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
t("iter_unpack 0", lambda: struct.iter_unpack("", b""))
t("iter_unpack odd", lambda: struct.iter_unpack("<h", b"abc"))
t("iter_unpack str", lambda: struct.iter_unpack("<h", "ab"))
t("iter_unpack list", lambda: list(struct.iter_unpack("<bs", bytearray(b"a1b2"))))
t("iter new", lambda: type(it)())

s = struct.Struct("<ih")
print(s.format, s.size, type(s.format).__name__)
print(s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"xx\x01\x00\x00\x00\x02\x00", 2))
print(list(s.iter_unpack(b"\x01\x00\x00\x00\x02\x00" * 2)))
b2 = bytearray(8)
s.pack_into(b2, 1, 3, 4)
print(b2)
print(struct.Struct(b"<q").format, struct.Struct(b"<q").size)
t("Struct()", lambda: struct.Struct())
t("Struct(1)", lambda: struct.Struct(1))
t("Struct bad", lambda: struct.Struct("z"))
t("Struct kw", lambda: struct.Struct(format="<b").size)
t("Struct two", lambda: struct.Struct("b", "b"))
t("Struct pack err", lambda: s.pack(1))
t("Struct unpack err", lambda: s.unpack(b"1"))
t("Struct sizeof", lambda: s.__sizeof__() > 0)
t("Struct setattr", lambda: setattr(s, "size", 3))
t("Struct setattr2", lambda: setattr(s, "x", 3))
t("Struct repr", lambda: repr(s)[:24])
t("Struct names", lambda: (struct.Struct.__name__, struct.Struct.__qualname__, struct.Struct.__module__, repr(struct.Struct)))
t("iter names", lambda: (type(it).__name__, type(it).__module__, repr(type(it))))
t("Struct.pack on int", lambda: struct.Struct.pack(5))
t("Struct.__new__(int)", lambda: struct.Struct.__new__(int))
t("iter __next__ on int", lambda: type(it).__next__(5))


class MyStruct(struct.Struct):
    pass


m = MyStruct(">H")
print(type(m).__name__, m.size, m.pack(258))
s2 = struct.Struct("i")
s2.__init__(">q")
print(s2.format, s2.size)
struct._clearcache()
print(struct.pack(">5s", b"hi"), struct.unpack(">?", b"\x05"))
t("pack_into count err", lambda: struct.pack_into("<bb", bytearray(2), 0, 1))
t("big count alloc", lambda: len(struct.pack("1000000000000x")))
t("big count unpack", lambda: struct.unpack("1000000000000x", b""))
t("big s", lambda: struct.pack("9999999999999s", b""))
