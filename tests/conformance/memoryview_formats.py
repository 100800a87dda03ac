# memoryview in every native single-character format a cast accepts:
# items, assignment, tolist, slices, iteration, comparison, hashing and
# the errors of casts, assignments and hashing.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __index__(self):
        return 3


class Floaty:
    def __float__(self):
        return 2.5


FORMATS = "cbB?hHiIlLqQnNfdP"
data = bytearray(range(1, 17))
base = memoryview(data)

for fmt in FORMATS:
    for f in (fmt, "@" + fmt):
        m = base.cast(f)
        print(f, m.format, m.itemsize, m.nbytes, m.shape, m.strides, len(m), m.tolist())
        print("  ", m[0], m[-1], list(m)[:2], m[::2].tolist(), m[::-1].tobytes().hex())

print("== assignment")
values = [0, 1, -1, 127, 128, 255, 256, 2**15, 2**31, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -2**63, -2**63 - 1,
          Index(), True, 1.5, Floaty(), "1", None, b"x", b"xy", bytearray(b"x"), float("inf"), float("nan"), 1e300]
for fmt in FORMATS:
    m = memoryview(bytearray(8)).cast(fmt)
    row = []
    for v in values:
        try:
            m[0] = v
            row.append(repr(m[0]))
        except Exception as e:
            row.append(type(e).__name__)
    print(fmt, " ".join(row))
    show("  message", lambda: m.__setitem__(0, None) if fmt not in "?" else m.__setitem__(0, Index()))

print("== slices and iteration")
m = memoryview(bytearray(range(32))).cast("i")
print(m[1:3].tolist(), m[::3].tolist(), m[::-2].tolist(), m[1:3].strides, m[::-2].strides)
s = m[::2]
print(s.c_contiguous, s.contiguous, s.f_contiguous, m.c_contiguous, m[0:1:5].c_contiguous, m[0:0:2].contiguous)
show("cast strided", lambda: s.cast("B"))
m[1:3] = memoryview(bytearray(8)).cast("i")
print(m.tolist())
show("slice format", lambda: m.__setitem__(slice(0, 2), memoryview(bytearray(8)).cast("I")))
show("slice size", lambda: m.__setitem__(slice(0, 2), bytearray(8)))
show("slice len", lambda: m.__setitem__(slice(0, 2), memoryview(bytearray(12)).cast("i")))
m[::2] = memoryview(bytes(range(100, 116))).cast("i")
print(m.tolist(), [x for x in m[::3]])
d = memoryview(bytearray(32)).cast("d")
d[0], d[1], d[2], d[3] = 1.5, -0.0, float("inf"), 1 / 3
print(d.tolist(), list(d), d[1:].tolist())
f = memoryview(bytearray(8)).cast("f")
f[0], f[1] = 1 / 3, 1e300
print(f.tolist())
q = memoryview(bytearray(16)).cast("?")
print(q.tolist(), memoryview(b"\x00\x01\x02\xff").cast("?").tolist())

print("== comparisons")
a = memoryview(bytes(range(16))).cast("i")
b = memoryview(bytearray(range(16))).cast("i")
print(a == b, a != b, a == b.cast("B").cast("I"), a.cast("B") == bytes(range(16)), a == bytes(range(16)))
print(a == a.tolist(), a[::2] == b[::2], a[:2] == b[2:])
nan = memoryview(bytearray(8)).cast("d")
nan[0] = float("nan")
print(nan == nan, nan == nan.cast("B").cast("d"), nan.tolist() == nan.tolist())
z = memoryview(bytearray(8)).cast("d")
z[0] = -0.0
print(z == memoryview(bytearray(8)).cast("d"), z.tobytes() == bytes(8))
print(memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00\x00\x00").cast("i")[:1].cast("B")[:2].cast("h"))
print(memoryview(b"ab").cast("c") == memoryview(b"ab"), memoryview(b"\x01").cast("?") == memoryview(b"\x01"))
for op in ("<", "<=", ">", ">="):
    show(op, lambda: eval("a " + op + " b"))

print("== hashing")
ro = memoryview(bytes(range(8)))
for fmt in ("B", "b", "c", "@B", "h", "i", "q", "d", "?", "P"):
    show(fmt, lambda: hash(ro.cast(fmt)) == hash(bytes(range(8))))
show("writable", lambda: hash(memoryview(bytearray(8)).cast("i")))
show("toreadonly", lambda: hash(memoryview(bytearray(8)).cast("i").toreadonly()))
show("toreadonly B", lambda: hash(memoryview(bytearray(8)).toreadonly()))

print("== casts")
for fmt in ("e", "@e", "=i", "<i", "x", "s", "p", "ii", "", "@", "2i", "\u00e9"):
    show(repr(fmt), lambda: base.cast(fmt))
w = base.cast("i")
for fmt in ("b", "B", "c", "h", "q", "d", "?", "@i", "i"):
    show("i->" + fmt, lambda: w.cast(fmt).format)
show("c->i", lambda: base.cast("c").cast("i").tolist())
show("multiple", lambda: memoryview(bytearray(6)).cast("i"))
show("multiple q", lambda: memoryview(bytearray(12)).cast("q"))
show("shape", lambda: base.cast("i", [4]).tolist())
show("shape tuple", lambda: base.cast("q", (2,)).tolist())
show("shape bad product", lambda: base.cast("i", [3]))
show("shape float", lambda: base.cast("i", [4.0]))
show("shape zero", lambda: base.cast("i", [0]))
show("shape big", lambda: base.cast("i", [2**70]))
show("shape bool", lambda: memoryview(bytearray(4)).cast("i", [True]).tolist())
show("shape type", lambda: base.cast("i", 4))
show("empty shape", lambda: memoryview(b"")[:0].cast("i", [1]))
show("empty", lambda: memoryview(b"").cast("q").tolist())
show("format type", lambda: base.cast(b"i"))
show("released", lambda: (lambda v: (v.release(), v.cast("i")))(memoryview(b"abcd")))
r = memoryview(bytes(8)).cast("q")
show("readonly set", lambda: r.__setitem__(0, 1))
print(r.readonly, r.obj, r.cast("B").format, r.cast("B").cast("d").tolist())
print(bytes(memoryview(bytearray(b"\x01\x02\x03\x04")).cast("i")), bytearray(memoryview(b"\x01\x00").cast("H")))
