# open(): text and binary files, buffering, newlines, encodings, seek and
# tell, append and exclusive modes, and open()'s argument errors.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "D"))
    else:
        print(repr(r).replace(d, "D"))


with open(p, "w") as f:
    print(type(f).__name__, type(f).__module__, f.mode, f.closed, f.encoding, f.errors, f.line_buffering)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.mode, f.name == p)
    print(f.write("hello\nworld\n"))
    print("x", 1, file=f)
    f.writelines(["a\n", "b\n"])
    print(f.tell(), f.writable(), f.readable(), f.seekable(), f.isatty())
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
show(lambda: f.write("x"))
show(lambda: f.read())
print(repr(f).replace(d, "D"))
with open(p) as f:
    print(repr(f).replace(d, "D"))
    print(repr(f.read()))
with open(p) as f:
    for line in f:
        print(repr(line))
with open(p) as f:
    print(repr(f.readline()), f.readlines())
with open(p) as f:
    print(f.read(3), repr(f.readline(2)), f.readlines(3))
with open(p, "rb") as f:
    print(type(f).__name__, f.read(3), f.peek(1)[:1], f.read1(2), f.name == p, f.mode)
    print(repr(f).replace(d, "D"))
    print(list(f))
with open(p, "a") as f:
    print(f.tell())
    f.write("end\n")
with open(p) as f:
    t = f.tell()
    f.readline()
    t2 = f.tell()
    print(t, t2)
    f.seek(t)
    print(repr(f.readline()), f.seek(0, 2))
    show(lambda: f.seek(1, 1))
    show(lambda: f.seek(-1, 2))
    show(lambda: f.seek(0, 3))
    show(lambda: f.write("x"))
show(lambda: open(p, "x"))
with open(p, "r+b") as f:
    print(type(f).__name__)
    f.seek(2)
    f.write(b"ZZ")
    f.seek(0)
    print(f.read(6), f.tell())
    f.truncate(4)
    f.seek(0)
    print(f.read())
with open(p, "w+") as f:
    f.write("one\ntwo\n")
    f.seek(0)
    print(f.read(), f.tell())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())
with open(p, "wb", buffering=0) as f:
    print(type(f).__name__, f.write(b"raw\n"))
with open(p, "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("line\npart")
    print(open(p).read() == "line\n")
print(open(p).read())

# Encodings and errors.
with open(p, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("caf\xe9\n"))
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8") as f:
    show(f.read)
with open(p, "w", encoding="ascii") as f:
    show(lambda: f.write("\xe9"))
with open(p, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("\xe9\u20ac")
print(open(p, "rb").read())
with open(p, "w", encoding="utf-8") as f:
    f.write("\u20ac" * 3000 + "\n\U0001F600 done\n")
with open(p, encoding="utf-8") as f:
    s = f.read()
    print(len(s), s[-8:])
with open(p, encoding="utf-8") as f:
    f.read(2999)
    pos = f.tell()
    print(f.read(3))
    f.seek(pos)
    print(f.read(3))
show(lambda: open(p, encoding="no-such-codec"))
show(lambda: open(p, encoding="hex"))

# Newline translation.
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(p, "rb").read())
with open(p, "w", newline="") as f:
    f.write("1\r\n2\r3\n")
print(open(p, "rb").read())
with open(p, newline="") as f:
    print(list(f))
with open(p, newline="\r") as f:
    print(list(f))
with open(p) as f:
    print(repr(f.read()), f.newlines)
show(lambda: open(p, newline="x"))
show(lambda: open(p, newline=5))

# Argument errors.
for m in ["rw", "rr", "q", "tb", "b", "+", "wx", "t", "rt+x", ""]:
    show(lambda: open(p, m))
for kw in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="x"), dict(mode="rb", newline=""),
           dict(buffering=0), dict(buffering=-2, mode="rb"), dict(buffering="1"), dict(buffering=1.5),
           dict(mode=1), dict(encoding=1), dict(errors=1), dict(newline=b"")]:
    show(lambda: open(p, **kw))
show(lambda: open(None))
show(lambda: open(1.5))
show(lambda: open(os.path.join(d, "nope")))
show(lambda: open(os.path.join(d, "nope", "x"), "w"))
show(lambda: open(d))
show(lambda: open(d, "w"))
show(lambda: open(p, closefd=False))
show(lambda: open())
show(lambda: open(p, "r", -1, None, None, None, True, None, 1))
show(lambda: open(p, foo=1))

os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
