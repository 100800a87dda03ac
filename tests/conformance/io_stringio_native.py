# io.StringIO as CPython's C type: construction, newline translation,
# reading, seeking, truncation, closing, pickling state and subclassing.
import io
import copy


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Types and their relations.
print(io.StringIO.__mro__)
print(io.TextIOBase.__mro__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(io.StringIO(), io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase))
print(io.StringIO.__module__, io.StringIO.__name__, type(io.StringIO()).__name__)

# Constructor.
t("init default", lambda: io.StringIO().getvalue())
t("init value", lambda: io.StringIO("abc").getvalue())
t("init None", lambda: io.StringIO(None).getvalue())
t("init kw", lambda: io.StringIO(initial_value="x", newline="").getvalue())
t("init pos", lambda: io.StringIO("abc").tell())
t("init int", lambda: io.StringIO(1))
t("init bytes", lambda: io.StringIO(b"x"))
t("newline int", lambda: io.StringIO("", 1))
t("newline bad", lambda: io.StringIO("", "x"))
t("newline bad2", lambda: io.StringIO("", "\n\n"))
t("too many", lambda: io.StringIO("", "\n", 3))
t("bad kw", lambda: io.StringIO(foo=1))
t("uninit", lambda: io.StringIO.__new__(io.StringIO).read())
t("uninit closed", lambda: io.StringIO.__new__(io.StringIO).closed)

# Newline translation on write and on reading lines.
data = "a\nb\r\nc\rd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(data, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    print(" ", s.newlines, s.write("x\ny"), repr(s.newlines), s.write("\r\n"), repr(s.newlines),
          s.write("z\r"), repr(s.newlines), repr(s.getvalue()))
s = io.StringIO(newline="")
s.write("a\r")
s.write("\nb")
s.seek(0)
print(list(s))
s = io.StringIO("x\r\ny\rz", newline="")
print(repr(s.readline(2)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s = io.StringIO("ab\r\ncd", newline="\r\n")
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))

# write.
s = io.StringIO()
print(s.write("hello"), s.write(""), s.write("\u20ac\U0001f600"), repr(s.getvalue()), s.tell())
t("write int", lambda: s.write(1))
t("write bytes", lambda: s.write(b"x"))
t("write none", lambda: s.write(None))
t("write no arg", lambda: s.write())


class MyStr(str):
    pass


print(s.write(MyStr("!")), repr(s.getvalue()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(10)
print(s.write("Z"), repr(s.getvalue()), len(s.getvalue()))
s.seek(0, 2)
s.writelines(["1", "2", MyStr("3")])
print(repr(s.getvalue()))
t("writelines bad", lambda: s.writelines([1]))
t("writelines not iter", lambda: s.writelines(5))

# read and readline.
s = io.StringIO("line1\nline2\nlast")
t("read 3", lambda: s.read(3))
t("read None", lambda: s.read(None))
t("read again", lambda: s.read())
s.seek(0)
t("read -1", lambda: s.read(-1))
s.seek(0)
t("read 0", lambda: s.read(0))
t("read str", lambda: s.read("x"))
t("read float", lambda: s.read(1.0))
t("read 2 args", lambda: s.read(1, 2))
t("readline", lambda: s.readline())
t("readline 2", lambda: s.readline(2))
t("readline None", lambda: s.readline(None))
t("readline -5", lambda: s.readline(-5))
t("readline eof", lambda: s.readline())
t("readline str", lambda: s.readline("1"))
s.seek(100)
t("read overseek", lambda: s.read())
t("readline overseek", lambda: s.readline())
s = io.StringIO("a\nbb\nccc\ndddd\n")
print(s.readlines(), io.StringIO("a\nbb\nccc\n").readlines(3), io.StringIO("a\nbb\nccc\n").readlines(None))
print(io.StringIO("a\nbb\nccc\n").readlines(2), io.StringIO("a\nbb\nccc\n").readlines(0))
t("readlines str", lambda: io.StringIO("a").readlines("x"))
print(list(io.StringIO("x\ny\n\nz")), [l for l in io.StringIO("")])
it = iter(io.StringIO("q\nr"))
print(next(it), next(it))
t("next end", lambda: next(it))
s = io.StringIO("\u00e9t\u00e9\n\U0001f600\n")
print(s.readline(), s.read(1), s.tell(), repr(s.read()))

# seek and tell.
s = io.StringIO("abcdef")
t("seek 3", lambda: s.seek(3))
t("tell", lambda: s.tell())
t("seek cur 0", lambda: s.seek(0, 1))
t("seek end 0", lambda: s.seek(0, 2))
t("seek neg", lambda: s.seek(-1))
t("seek cur 1", lambda: s.seek(1, 1))
t("seek end -1", lambda: s.seek(-1, 2))
t("seek whence 3", lambda: s.seek(0, 3))
t("seek whence -1", lambda: s.seek(0, -1))
t("seek float", lambda: s.seek(1.5))
t("seek str whence", lambda: s.seek(0, "x"))
t("seek big", lambda: s.seek(2 ** 70))
t("seek no arg", lambda: s.seek())
t("seek bool", lambda: s.seek(True))

# truncate.
s = io.StringIO("abcdef")
s.seek(4)
t("truncate", lambda: s.truncate())
print(repr(s.getvalue()), s.tell())
t("truncate 2", lambda: s.truncate(2))
print(repr(s.getvalue()), s.tell())
t("truncate big", lambda: s.truncate(100))
print(repr(s.getvalue()))
t("truncate neg", lambda: s.truncate(-1))
t("truncate str", lambda: s.truncate("1"))
t("truncate float", lambda: s.truncate(1.0))
t("truncate None", lambda: s.truncate(None))
s.write("Q")
print(repr(s.getvalue()))
s.seek(0)
s.truncate()
print(s.write("new"), repr(s.getvalue()), s.tell())

# Capabilities and attributes.
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors,
      s.newlines, s.closed, s.flush())
t("detach", s.detach)
t("fileno", s.fileno)
s.attr = 5
print(s.attr, s.__dict__)
t("enter", lambda: s.__enter__() is s)

# Closed streams.
s.close()
s.close()
print(s.closed)
for name in ["read", "readline", "getvalue", "tell", "readable", "writable", "seekable",
             "truncate", "isatty", "flush", "__getstate__", "readlines", "__iter__", "__next__",
             "__enter__"]:
    t(name, getattr(s, name))
t("write", lambda: s.write("x"))
t("write int", lambda: s.write(1))
t("seek", lambda: s.seek(0))
t("line_buffering", lambda: s.line_buffering)
t("newlines", lambda: s.newlines)
t("writelines", lambda: s.writelines([]))
t("setstate", lambda: s.__setstate__(("", "\n", 0, None)))
with io.StringIO("w") as f:
    print(f.read(), f.closed)
print(f.closed)

# Pickling state and copies.
s = io.StringIO("a\r\nb", newline=None)
s.read(1)
print(s.__getstate__())
print(io.StringIO("x", newline="").__getstate__(), io.StringIO("x\n", newline="\r").__getstate__())
s.name = "n"
print(s.__getstate__())
c = copy.copy(s)
print(repr(c.getvalue()), c.tell(), c.name, c.newlines, repr(c.readline()))
d = copy.deepcopy(io.StringIO("p\rq", newline=""))
print(repr(d.getvalue()), d.__getstate__())
r = io.StringIO()
r.__setstate__(("state\n", "\r\n", 3, {"k": 1}))
print(repr(r.getvalue()), r.tell(), r.k, repr(r.read()))
t("setstate int", lambda: r.__setstate__(1))
t("setstate short", lambda: r.__setstate__(("", "\n", 0)))
t("setstate pos", lambda: r.__setstate__(("a", "\n", "x", None)))
t("setstate neg", lambda: r.__setstate__(("a", "\n", -1, None)))
t("setstate dict", lambda: r.__setstate__(("a", "\n", 0, 1)))
t("setstate value", lambda: r.__setstate__((1, "\n", 0, None)))
t("setstate newline", lambda: r.__setstate__(("a", "x", 0, None)))
print(io.StringIO().__reduce_ex__(2)[1:])

# __init__ again resets the stream.
s = io.StringIO("first")
s.read(2)
s.__init__("second\r\n", newline=None)
print(repr(s.getvalue()), s.tell(), s.newlines)


# Subclasses.
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper("init ")
print(repr(u.getvalue()))
u.seek(0, 2)
u.write("abc")
u.writelines(["x\n", "y\n"])
print(repr(u.getvalue()), type(u).__mro__[1])
u.seek(0)
print(list(u), u.__getstate__())


class BadLine(io.StringIO):
    def readline(self, *a):
        return 5


t("bad readline", lambda: next(iter(BadLine("a"))))


class Lines(io.StringIO):
    def readline(self, *a):
        return "only"


it = iter(Lines("a\nb"))
print(next(it), next(it))


class Init(io.StringIO):
    def __init__(self):
        pass


t("no super init", lambda: Init().read())


class Slots(io.StringIO):
    __slots__ = ("x",)


sl = Slots("v")
sl.x = 1
print(sl.x, sl.getvalue(), isinstance(sl, io.TextIOBase))
