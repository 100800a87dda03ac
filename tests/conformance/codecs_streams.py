# codecs' stream and iterator helpers (getreader, getwriter, open,
# EncodedFile, iterencode, iterdecode, StreamReaderWriter, StreamRecoder)
# over the codec modules of the encodings package.
import codecs
import io
import os
import tempfile

for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
            "utf-32-be", "latin-1", "ascii", "cp1252", "utf-7", "unicode_escape",
            "raw_unicode_escape", "iso8859-15", "koi8-r", "mac-roman"]:
    info = codecs.lookup(enc)
    print(enc, info.name, type(info).__name__, info.streamreader.__name__,
          info.streamwriter.__name__, info.incrementalencoder.__module__)
    text = "ab\ncd\r\nef" if enc in ("ascii", "unicode_escape") else "ab\u00e9\ncd\r\nef\u00e8"
    try:
        text.encode(enc)
    except UnicodeEncodeError:
        text = "ab\ncd\r\nef"
    data = text.encode(enc)
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" readlines", r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" read(3)", repr(r.read(3)), "readline", repr(r.readline()), "rest", repr(r.read()))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" iter", list(r))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" readline(keepends=False)", repr(r.readline(keepends=False)))
    b = io.BytesIO()
    w = codecs.getwriter(enc)(b)
    w.write(text[:3])
    w.writelines([text[3:5], text[5:]])
    print(" written", b.getvalue() == data, b.getvalue()[:8])
    print(" iterencode", b"".join(codecs.iterencode(iter(text), enc)) == data)
    print(" iterdecode", "".join(codecs.iterdecode((bytes([c]) for c in data), enc)) == text)
    d = codecs.getincrementaldecoder(enc)()
    out = "".join(d.decode(data[i:i + 1]) for i in range(len(data))) + d.decode(b"", True)
    print(" incremental", out == text, d.getstate()[0])

# Partial input: the reader keeps bytes cut in the middle of a character.
s = io.BytesIO()
r = codecs.getreader("utf-8")(s)
for byte in "\u20ac\U0001f600x".encode("utf-8"):
    pos = s.tell()
    s.write(bytes([byte]))
    s.seek(pos)
    print(repr(r.read()), end=" ")
print()

# StreamReaderWriter and StreamRecoder.
b = io.BytesIO("caf\u00e9\nna\u00efve\n".encode("latin-1"))
srw = codecs.StreamReaderWriter(b, codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(srw.readline(), list(srw))
ef = codecs.EncodedFile(io.BytesIO("caf\u00e9\n".encode("utf-8")), "latin-1", "utf-8")
print(ef.read())
ef = codecs.EncodedFile(io.BytesIO(), "utf-8", "latin-1")
ef.write("na\u00efve".encode("utf-8"))
print(ef.getvalue())
rec = codecs.StreamRecoder(io.BytesIO(b"ab\xff"), codecs.getencoder("utf-8"),
                           codecs.getdecoder("latin-1"), codecs.getreader("latin-1"),
                           codecs.getwriter("latin-1"))
print(rec.read())

# codecs.open in text and binary modes.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    with codecs.open(path, "w", encoding="utf-16") as f:
        print(type(f).__name__, f.encoding)
        f.write("h\u00e9llo\nw\u00f6rld\n")
    with open(path, "rb") as f:
        print(f.read())
    with codecs.open(path, "r", encoding="utf-16") as f:
        print(f.readlines())
    with codecs.open(path, "rb") as f:
        print(type(f).__name__, f.read(4))

# Seeking and resetting a reader.
r = codecs.getreader("utf-16")(io.BytesIO("abc".encode("utf-16")))
print(r.read(1), end=" ")
r.seek(0)
print(r.read())

# The incremental coders' state and reset.
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"), e.getstate())
e.reset()
print(e.encode("c"))
d = codecs.getincrementaldecoder("utf-16")()
print(repr(d.decode(b"\xff")), d.getstate(), repr(d.decode(b"\xfea\x00")), d.getstate())
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), d.getstate())
d.setstate((b"\xe2", 0))
print(repr(d.decode(b"\x82\xac")))
try:
    d.decode(b"\xe2", final=True)
except UnicodeDecodeError as e:
    print(e)
