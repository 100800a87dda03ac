# io.BytesIO as CPython's C type: construction, reading, writing any
# buffer, seeking, truncation, exported buffers, closing, pickling state
# and subclassing.
import io
import copy


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(io.BytesIO.__mro__)
print(io.BufferedIOBase.__mro__)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase),
      isinstance(io.BytesIO(), io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(io.BytesIO.__module__, hasattr(io.BytesIO, "peek"), hasattr(io.BytesIO, "detach"))

# Constructor.
t("init default", lambda: io.BytesIO().getvalue())
t("init bytes", lambda: io.BytesIO(b"abc").getvalue())
t("init bytearray", lambda: io.BytesIO(bytearray(b"ba")).getvalue())
t("init memoryview", lambda: io.BytesIO(memoryview(b"mv")).getvalue())
t("init None", lambda: io.BytesIO(None).getvalue())
t("init kw", lambda: io.BytesIO(initial_bytes=b"k").getvalue())
t("init str", lambda: io.BytesIO("x"))
t("init int", lambda: io.BytesIO(3))
t("too many", lambda: io.BytesIO(b"", 1))
t("bad kw", lambda: io.BytesIO(x=1))
t("init pos", lambda: io.BytesIO(b"abc").tell())
ba = bytearray(b"shared")
b = io.BytesIO(ba)
ba[0] = ord("S")
print(b.getvalue())

# write.
b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" ")), b.write(memoryview(b"world")), b.write(b""))
print(b.getvalue(), b.tell())
t("write str", lambda: b.write("x"))
t("write int", lambda: b.write(1))
t("write none", lambda: b.write(None))
t("write no arg", lambda: b.write())
b.seek(1)
b.write(b"EL")
print(b.getvalue(), b.tell())
b.seek(15)
print(b.write(b"!"), b.getvalue())
b.seek(0, 2)
b.writelines([b"1", bytearray(b"2"), memoryview(b"3")])
print(b.getvalue())
t("writelines str", lambda: b.writelines(["x"]))
t("writelines not iter", lambda: b.writelines(1))

# read, read1, readline, readlines, readinto, iteration.
b = io.BytesIO(b"line1\nline2\nlast")
t("read 3", lambda: b.read(3))
t("read1 2", lambda: b.read1(2))
t("read None", lambda: b.read(None))
t("read eof", lambda: b.read())
b.seek(0)
t("read -1", lambda: b.read(-1))
b.seek(0)
t("read1 default", lambda: b.read1())
t("read str", lambda: b.read("x"))
t("read float", lambda: b.read(1.0))
b.seek(0)
t("readline", lambda: b.readline())
t("readline 2", lambda: b.readline(2))
t("readline None", lambda: b.readline(None))
t("readline rest", lambda: b.readline())
t("readline eof", lambda: b.readline())
t("readline str", lambda: b.readline("x"))
b.seek(50)
t("read overseek", lambda: b.read())
t("readline overseek", lambda: b.readline())
print(io.BytesIO(b"a\nbb\nccc\n").readlines(), io.BytesIO(b"a\nbb\nccc\n").readlines(3))
print(io.BytesIO(b"a\nbb\nccc\n").readlines(None), io.BytesIO(b"a\nbb\nccc\n").readlines(0))
print(io.BytesIO(b"a\nbb\nccc\n").readlines(-1), io.BytesIO(b"a\nbb\nccc\n").readlines(2))
t("readlines str", lambda: io.BytesIO(b"a").readlines("x"))
t("readlines float", lambda: io.BytesIO(b"a").readlines(1.0))
print(list(io.BytesIO(b"x\ny\n\nz")), list(io.BytesIO(b"")))
b = io.BytesIO(b"abcdef")
buf = bytearray(4)
print(b.readinto(buf), buf, b.readinto(buf), buf, b.readinto(buf), b.tell())
b.seek(0)
mv = memoryview(bytearray(3))
print(b.readinto(mv), bytes(mv))
t("readinto bytes", lambda: b.readinto(b"xx"))
t("readinto str", lambda: b.readinto("xx"))
t("readinto readonly", lambda: b.readinto(memoryview(b"xx")))

# seek and tell.
b = io.BytesIO(b"abcdef")
t("seek 3", lambda: b.seek(3))
t("seek cur 2", lambda: b.seek(2, 1))
t("seek cur -10", lambda: b.seek(-10, 1))
t("seek end -2", lambda: b.seek(-2, 2))
t("seek end 5", lambda: b.seek(5, 2))
t("seek end -10", lambda: b.seek(-10, 2))
t("seek neg", lambda: b.seek(-1))
t("seek whence 3", lambda: b.seek(0, 3))
t("seek float", lambda: b.seek(1.5))
t("seek big", lambda: b.seek(2 ** 70))
t("seek no arg", lambda: b.seek())
t("tell", lambda: b.tell())

# truncate.
b = io.BytesIO(b"abcdef")
b.seek(4)
t("truncate", lambda: b.truncate())
print(b.getvalue(), b.tell())
t("truncate 2", lambda: b.truncate(2))
print(b.getvalue(), b.tell())
t("truncate big", lambda: b.truncate(10))
print(b.getvalue())
t("truncate neg", lambda: b.truncate(-1))
t("truncate str", lambda: b.truncate("x"))
t("truncate float", lambda: b.truncate(1.0))
b.write(b"Z")
print(b.getvalue())

# Exported buffers.
b = io.BytesIO(b"abcdef")
v = b.getbuffer()
print(type(v).__name__, len(v), bytes(v), v.readonly)
t("write exported", lambda: b.write(b"x"))
t("truncate exported", lambda: b.truncate(2))
t("close exported", lambda: b.close())
t("writelines exported", lambda: b.writelines([b"a"]))
t("setstate exported", lambda: b.__setstate__((b"x", 0, None)))
t("init exported", lambda: b.__init__(b"x"))
t("seek exported", lambda: b.seek(1))
t("read exported", lambda: b.read(2))
t("getvalue exported", lambda: b.getvalue())
v[0] = ord("X")
print(b.getvalue())
v2 = b.getbuffer()
v.release()
t("write one view", lambda: b.write(b"x"))
v2.release()
print(b.write(b"zz"), b.getvalue())
with b.getbuffer() as v3:
    print(bytes(v3), v3[1])
print(b.write(b"!"), b.getvalue())

# Capabilities.
b = io.BytesIO()
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
t("detach", b.detach)
t("fileno", b.fileno)
b.attr = 1
print(b.attr, b.__dict__)

# Closed streams.
b.close()
b.close()
print(b.closed)
for name in ["read", "read1", "readline", "readlines", "getvalue", "getbuffer", "tell", "readable",
             "writable", "seekable", "truncate", "isatty", "flush", "__getstate__", "__next__", "__enter__"]:
    t(name, getattr(b, name))
print(iter(b) is b)
t("write", lambda: b.write(b"x"))
t("write str", lambda: b.write("x"))
t("seek", lambda: b.seek(0))
t("readinto", lambda: b.readinto(bytearray(1)))
t("writelines", lambda: b.writelines([b"x"]))
with io.BytesIO(b"w") as f:
    print(f.read(), f.closed)
print(f.closed)

# Pickling state and copies.
b = io.BytesIO(b"state")
b.read(2)
print(b.__getstate__())
b.name = "n"
print(b.__getstate__())
c = copy.copy(b)
print(c.getvalue(), c.tell(), c.name, c.read())
d = copy.deepcopy(io.BytesIO(b"deep"))
print(d.getvalue(), d.tell())
r = io.BytesIO()
r.__setstate__((b"abc", 2, {"k": 1}))
print(r.getvalue(), r.tell(), r.k, r.read())
r.__setstate__((bytearray(b"xy"), 5, None))
print(r.getvalue(), r.tell())
t("setstate int", lambda: r.__setstate__(1))
t("setstate short", lambda: r.__setstate__((b"", 0)))
t("setstate pos", lambda: r.__setstate__((b"a", "x", None)))
t("setstate neg", lambda: r.__setstate__((b"a", -1, None)))
t("setstate dict", lambda: r.__setstate__((b"a", 0, 1)))
t("setstate value", lambda: r.__setstate__(("s", 0, None)))
print(io.BytesIO().__reduce_ex__(2)[1:])
b = io.BytesIO(b"first")
b.read(3)
b.__init__(b"again")
print(b.getvalue(), b.tell())
b.__init__()
print(b.getvalue(), b.tell())


# Subclasses.
class Upper(io.BytesIO):
    def write(self, data):
        return super().write(bytes(data).upper())


u = Upper(b"init ")
u.seek(0, 2)
u.write(b"abc")
u.writelines([b"x\n", b"y\n"])
print(u.getvalue(), type(u).__mro__[1], isinstance(u, io.BufferedIOBase))
u.seek(0)
print(list(u), u.__getstate__())


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

    def readable(self):
        return True


r = Raw(b"ab\ncd\nef")
print(r.readline(), r.read(2), r.readall(), list(Raw(b"1\n2\n")), Raw(b"q").readlines())
print(io.RawIOBase.__mro__)


class Buffered(io.BufferedIOBase):
    def read(self, n=-1):
        return b"xyz"[:n]


bb = bytearray(2)
print(Buffered().readinto(bb), bb)
t("buffered read1", lambda: Buffered().read1())
t("buffered write", lambda: Buffered().write(b""))
t("buffered detach", lambda: Buffered().detach())
t("rawio unimplemented", lambda: io.RawIOBase().write(b""))
print(io.UnsupportedOperation.__mro__, io.UnsupportedOperation.__module__)
