# The text layer: TextIOWrapper over files and BytesIO, with universal
# newlines, encodings, tell/seek cookies, reconfigure and detach.
import io, os, tempfile, codecs

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")

with open(p, "w", encoding="utf-8") as f:
    print(repr(f).replace(p, "P"), f.encoding, f.errors, f.line_buffering, f.write_through)
    print(f.write("αβγ\nline two\r\nthree\rfour"), f.newlines)
with open(p, encoding="utf-8") as f:
    print(repr(f.read()), f.newlines)
with open(p, encoding="utf-8", newline="") as f:
    print(f.readlines(), f.newlines)
with open(p, encoding="utf-8", newline="\r") as f:
    print(list(f))
with open(p, encoding="utf-8", newline="\r\n") as f:
    print(list(f))
with open(p, encoding="utf-8", newline="\n") as f:
    print(list(f))

# tell and seek.
with open(p, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks)
    for pos, line in reversed(marks):
        f.seek(pos)
        assert f.readline() == line
    f.seek(0)
    print(f.read(2), f.tell() > 0)
    t = f.tell()
    print(f.read(3))
    f.seek(t)
    print(f.read(3))
    print(f.seek(0, 2), f.read())
    for bad in [(1, 1), (1, 2), (-1, 0), (0, 3)]:
        try:
            f.seek(*bad)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)

# Iteration disables tell.
with open(p, encoding="utf-8") as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print("OSError", e)

# Newline translation on write.
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", encoding="ascii", newline=nl) as f:
        f.write("a\nb\r\nc\rd")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

# Encodings.
for enc in ["latin-1", "ascii", "utf-16", "utf-8-sig", "cp1252", "utf-32-le"]:
    with open(p, "w", encoding=enc) as f:
        f.write("caf\xe9 one\ntwo\n" if enc != "ascii" else "cafe one\ntwo\n")
    with open(p, "rb") as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        a = f.readline()
        t = f.tell()
        b = f.read()
        f.seek(t)
        print(enc, len(raw), repr(a), repr(b), f.read() == b)
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("x\u20acy")
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"ok\xffbad\n")
with open(p, encoding="utf-8", errors="surrogateescape") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    open(p, "w", encoding="ascii").write("\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)

# Multibyte characters split across chunks.
with open(p, "w", encoding="utf-8") as f:
    f.write("é" * 5000 + "\n" + "€" * 3000)
with open(p, encoding="utf-8") as f:
    f._CHUNK_SIZE = 7
    s = f.readline()
    t = f.tell()
    print(len(s), f.read(5), f.read(2))
    f.seek(t)
    print(f.read(3), len(f.read()))

# Over BytesIO.
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n", line_buffering=True)
t.write("one\ntwo")
print(b.getvalue())
t.write("\n")
print(b.getvalue())
t.reconfigure(line_buffering=False, write_through=True)
print(t.line_buffering, t.write_through)
t.write("x")
print(b.getvalue())
t.reconfigure(encoding="latin-1", newline=None)
t.write("é\n")
print(t.encoding, b.getvalue())
t.seek(0)
print(repr(t.read()))
try:
    t.reconfigure(encoding="utf-8")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print(t.detach() is b)
try:
    t.read()
except ValueError as e:
    print("ValueError", e)
print(repr(t), t.encoding)

# Errors and attributes.
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="ascii")
print(t._CHUNK_SIZE, t.name if hasattr(t, "name") else "no name", t.readable(), t.writable(), t.seekable())
for fn in [lambda: t.write(b"x"), lambda: setattr(t, "_CHUNK_SIZE", 0),
           lambda: io.TextIOWrapper(io.BytesIO(), encoding="hex"),
           lambda: io.TextIOWrapper(io.BytesIO(), newline="x"),
           lambda: io.TextIOWrapper(io.BytesIO(), newline=5),
           lambda: io.TextIOWrapper(io.BytesIO(), encoding=5),
           lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"),
           lambda: t.reconfigure(5)]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
print(t.read(), t.closed)
t.close()
print(t.closed)
try:
    t.read()
except ValueError as e:
    print("ValueError", e)
r = io.TextIOWrapper(io.BytesIO(b"data"), encoding="ascii")
r.buffer.close()
try:
    r.write("x")
except ValueError as e:
    print("ValueError", e)
w = open(p, "w", encoding="utf-8")
try:
    w.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
w.close()

# IncrementalNewlineDecoder.
dec = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(dec.decode(b"a\r")), repr(dec.decode(b"\nb\r")), repr(dec.decode(b"", final=True)), dec.newlines)
print(dec.getstate())
dec.setstate((b"", 1))
print(repr(dec.decode(b"x")), dec.getstate())
dec.reset()
print(dec.newlines)
dec = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(dec.decode("a\r\nb\rc\n", final=True)), dec.newlines)
try:
    dec.decode(b"bytes")
except TypeError as e:
    print("TypeError", e)

# Subclasses.
class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())

u = Upper(io.BytesIO(), encoding="utf-8")
u.write("hi\n")
u.flush()
print(u.buffer.getvalue(), isinstance(u, io.TextIOBase), repr(u))
print(issubclass(io.TextIOWrapper, io.TextIOBase), io.TextIOWrapper.__mro__)
os.remove(p)
os.rmdir(d)
