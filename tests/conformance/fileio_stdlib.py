# Files through the standard library: os.fdopen, tempfile, shutil,
# pathlib, json and the io classes' types.
import io
import json
import os
import pathlib
import shutil
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.json")

with open(p, "w", encoding="utf-8") as f:
    json.dump({"a": [1, 2.5, None], "b": "caf\xe9"}, f, sort_keys=True)
with open(p, encoding="utf-8") as f:
    print(json.load(f))
print(open(p, "rb").read())

fd = os.open(p, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(type(f).__name__, f.read(5), f.buffer.raw.closefd)
try:
    os.fstat(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
fd, name = tempfile.mkstemp(dir=d, suffix=".txt")
with os.fdopen(fd, "w") as f:
    f.write("from mkstemp\n")
print(open(name).read(), os.path.basename(name).endswith(".txt"))

with tempfile.TemporaryFile(dir=d) as f:
    print(type(f).__name__, f.mode, f.write(b"temp"), f.seek(0), f.read())
with tempfile.TemporaryFile("w+", dir=d) as f:
    f.write("text temp\n")
    f.seek(0)
    print(repr(f.read()))
with tempfile.NamedTemporaryFile("w+", dir=d, delete=False) as f:
    f.write("named\n")
    tname = f.name
print(open(tname).read(), os.path.exists(tname))
os.remove(tname)

dst = os.path.join(d, "copy.txt")
print(shutil.copyfile(name, dst) == dst, open(dst).read())
shutil.copy(name, os.path.join(d, "copy2.txt"))
print(sorted(os.listdir(d)) == sorted([os.path.basename(name), "copy.txt", "copy2.txt", "data.json"]))

path = pathlib.Path(d) / "p.txt"
print(path.write_text("path text\n"), path.read_text())
print(path.write_bytes(b"\x00\x01"), path.read_bytes())
with path.open("a") as f:
    f.write("more")
print(path.read_bytes())
print(path.open().readline() == "\x00\x01more")

print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))
print(isinstance(open(p), io.TextIOBase), isinstance(open(p, "rb"), io.BufferedIOBase),
      isinstance(open(p, "rb", buffering=0), io.RawIOBase), isinstance(open(p), io.IOBase))
print(io.TextIOWrapper.__module__, io.BufferedReader.__name__, io.BufferedRandom.__module__)
print(io.text_encoding(None), io.text_encoding("latin-1"))
print(io.open is open)
with io.open_code(p) as f:
    print(type(f).__name__, f.read(5))

b = io.BytesIO(b"line one\nline two\n")
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.readline(), t.read())
dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode("a\r")), repr(dec.decode("\nb\r", final=True)), dec.newlines)
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"))

shutil.rmtree(d)
print(os.path.exists(d))
