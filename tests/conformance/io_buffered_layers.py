# The buffered binary streams: BufferedReader, BufferedWriter,
# BufferedRandom, BufferedRWPair over files and in-memory raw streams.
import io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.bin")

with open(p, "wb") as f:
    print(type(f).__name__, f.mode, f.name == p, f.raw.mode, f.closed)
    print(f.write(b"hello\nworld\n"), f.tell())
    print(f.write(bytearray(b"abc")), f.write(memoryview(b"xyz")))
    f.flush()
    print(os.path.getsize(p))
    print(f.seekable(), f.readable(), f.writable())
print(f.closed)

with open(p, "rb") as f:
    print(repr(f).replace(p, "P"))
    print(f.peek(3)[:3], f.read(2), f.read1(3), f.tell())
    print(f.readline(), f.readline(2), f.readlines())
    print(f.read(), f.read(5), f.tell())
    f.seek(0)
    print(list(f))
    f.seek(-3, 2)
    print(f.read())
    f.seek(2)
    f.seek(2, 1)
    print(f.tell(), f.read(3))
    b = bytearray(4)
    print(f.readinto(b), b, f.readinto1(b), b)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError", e)

with open(p, "r+b") as f:
    print(type(f).__name__, f.read(5))
    f.write(b"XY")
    print(f.tell(), f.read(3))
    f.seek(0)
    print(f.read())
    f.truncate(4)
    f.seek(0)
    print(f.read())
    f.seek(0, 2)
    f.write(b"-end")
    f.seek(0)
    print(f.read())

with open(p, "ab") as f:
    print(f.tell(), f.write(b"+"), f.tell())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())

# Big writes go past the buffer.
with open(p, "wb", buffering=16) as f:
    for i in range(5):
        f.write(bytes([65 + i]) * (7 * i + 1))
    print(f.tell())
with open(p, "rb", buffering=8) as f:
    print(f.read(3), f.read(20), f.read1(100), f.read())

# Errors.
for fn in [lambda: open(p, "rb").write(b"x"), lambda: open(p, "wb").read(),
           lambda: io.BufferedReader(io.BytesIO(), 0),
           lambda: io.BufferedWriter(io.BytesIO(), -1)]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
f = open(p, "rb")
f.close()
for name in ["read", "readline", "peek", "read1"]:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, e)
try:
    f.seek(0)
except ValueError as e:
    print("seek", e)
w = open(p, "wb")
w.close()
for name, args in [("write", (b"x",)), ("flush", ()), ("truncate", ())]:
    try:
        getattr(w, name)(*args)
    except ValueError as e:
        print(name, e)
try:
    w.write("str")
except TypeError as e:
    print("TypeError", e)

# Over in-memory raw streams.
raw = io.BytesIO(b"line1\nline2\nline3")
r = io.BufferedReader(raw, 4)
print(r.raw is raw, r.readline(), r.read(3), r.peek(1)[:1], list(r))
print(repr(r))
det = r.detach()
print(det is raw, repr(r))
try:
    r.read()
except ValueError as e:
    print("ValueError", e)

raw = io.BytesIO()
w = io.BufferedWriter(raw, 8)
w.write(b"abc")
print(raw.getvalue())
w.write(b"defghijkl")
print(raw.getvalue())
w.flush()
print(raw.getvalue(), w.tell())

rw = io.BufferedRWPair(io.BytesIO(b"pair data"), io.BytesIO())
print(rw.read(4), rw.peek(1)[:1], rw.readable(), rw.writable(), rw.write(b"out"), rw.closed)
rw.close()
print(rw.closed)

# Subclasses.
class MyReader(io.BufferedReader):
    def read(self, n=-1):
        return super().read(n).upper()

m = MyReader(io.BytesIO(b"abc\ndef\n"))
print(m.read(2), m.readline(), repr(m)[:12], isinstance(m, io.BufferedIOBase))
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.BufferedRandom, io.IOBase))
print(io.BufferedReader.__module__, io.BufferedWriter.__mro__)

# A non-blocking raw stream.
class NB(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def readable(self):
        return True
    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        if c is None:
            return None
        b[:len(c)] = c
        return len(c)

nb = io.BufferedReader(NB([b"ab", None, b"cd"]))
print(nb.read(5), nb.read(5), nb.read(5), nb.read(5))
os.remove(p)
os.rmdir(d)
