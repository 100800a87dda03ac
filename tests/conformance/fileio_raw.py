# io.FileIO: modes, reads and writes, seeking, closing and CPython's errors.
import io
import os
import tempfile

d = tempfile.mkdtemp()


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "D"))
    else:
        print(repr(r).replace(d, "D"))


p = os.path.join(d, "raw.bin")
print(io.FileIO is __import__("_io").FileIO, io.FileIO.__module__, io.FileIO.__mro__)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.FileIO, io.IOBase))
show(lambda: io.FileIO())
show(lambda: io.FileIO(1.5))
show(lambda: io.FileIO(-1))
show(lambda: io.FileIO(None))
show(lambda: io.FileIO(p, 5))
show(lambda: io.FileIO(p, "r", closefd=False))
show(lambda: io.FileIO(d, "r"))
show(lambda: io.FileIO(os.path.join(d, "missing").encode(), "r"))
show(lambda: io.FileIO("a\0b"))
for m in ["rz", "rw", "", "b", "+", "r++", "xa"]:
    show(lambda: io.FileIO(p, m))
show(lambda: io.FileIO(p, "w", opener=lambda n, fl: "a"))
show(lambda: io.FileIO(p, "w", opener=lambda n, fl: -3))

f = io.FileIO(p, "w")
print(f.mode, f.name == p, f.closefd, f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
print(type(f._blksize), f._blksize > 0, list(f.__dict__))
show(lambda: f.read())
show(lambda: f.read(5))
show(lambda: f.readinto(bytearray(3)))
show(lambda: f.write("abc"))
show(lambda: f.write(b"abcdef"))
show(lambda: f.write(bytearray(b"gh")))
show(lambda: f.write(memoryview(b"ij")))
show(lambda: f.tell())
show(lambda: f.seek(1.0))
show(lambda: f.seek(0, 5))
show(lambda: f.seek(-5))
show(lambda: f.seek(2))
show(lambda: f.truncate(-1))
show(lambda: f.truncate("a"))
show(lambda: f.truncate())
show(lambda: f.seek(0, 2))
show(lambda: f.flush())
f.close()
print(repr(f))
print(f.closed, f.mode, f.closefd)
for name in ["tell", "fileno", "readable", "writable", "seekable", "isatty", "readall", "flush", "close"]:
    show(getattr(f, name))
show(lambda: f.write(b"x"))
show(lambda: f.read(1))

f = io.FileIO(p)
print(f.mode, f.read(2), f.read(0), f.readall(), f.read(), f.read(10))
show(lambda: f.write(b"x"))
show(lambda: f.truncate())
show(lambda: f.read("a"))
show(lambda: f.read(1.5))
f.seek(0)
b = bytearray(4)
print(f.readinto(b), b, f.readinto(memoryview(b)[1:3]), b)
show(lambda: f.readinto(b"xx"))
f.seek(0)
print(f.read(10 ** 8), f.read(-1), f.read(None))
print(f.seek(-2, 2), f.read(), f.tell())
f.close()

fd = os.open(p, os.O_RDONLY)
f = io.FileIO(fd)
print(f.name == fd, f.mode, f.closefd, f.read(3))
f.close()
show(lambda: os.fstat(fd))
fd = os.open(p, os.O_RDONLY)
f = io.FileIO(fd, closefd=False)
print(repr(f).replace(str(fd), "N"), f.closefd)
f.close()
print(os.read(fd, 2))
os.close(fd)

for mode in ["r", "rb", "r+", "w+", "a", "a+", "ab+"]:
    with io.FileIO(p, mode) as f:
        print(mode, f.mode, f.readable(), f.writable(), f.tell())
with io.FileIO(p, "a") as f:
    f.write(b"++")
with io.FileIO(p) as f:
    print(f.readall())
os.remove(p)
with io.FileIO(p, "x") as f:
    print(f.mode, f.write(b"new"))
show(lambda: io.FileIO(p, "x"))
show(lambda: io.FileIO(p, "xb+"))

seen = []
def opener(name, flags):
    seen.append((name.replace(d, "D"), flags & os.O_CLOEXEC != 0, flags & os.O_ACCMODE == os.O_RDONLY))
    return os.open(name, flags)
with io.FileIO(p, "r", opener=opener) as f:
    print(f.read(), seen, os.get_inheritable(f.fileno()))
with io.FileIO(p) as f:
    print(os.get_inheritable(f.fileno()))


class Sub(io.FileIO):
    def __init__(self, name):
        super().__init__(name, "r")
        self.extra = 1


s = Sub(p)
print(repr(s).replace(d, "D"), s.read(), s.extra, sorted(s.__dict__))
s.close()
print(repr(s))

os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
