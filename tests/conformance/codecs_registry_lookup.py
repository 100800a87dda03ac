# _codecs.lookup over the encodings package's search function and the
# search functions registered after it, CodecInfo's fields, and the
# errors of encoding with a codec whose function raises.
import codecs
import encodings

for name in ["UTF-8", "utf8", "U8", "latin_1", "L1", "iso-8859-1", "cp1252", "windows_1252",
             "UTF-16LE", "unicode-escape", "rot13", "hex", "base64", "idna", "punycode"]:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, info.encode.__name__,
          info.incrementaldecoder.__qualname__, info is codecs.lookup(name))
print(codecs.lookup("utf-8") == codecs.lookup("utf-8"), len(codecs.lookup("ascii")))
print(repr(codecs.lookup("ascii"))[:35])

for bad in ["no-such-codec", " utf-8 x"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(type(e).__name__, e)
for bad in [1, None, b"utf-8"]:
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print(type(e).__name__, e)

seen = []
def search(name):
    seen.append(name)
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode().lower(), len(b)),
                                name="my-codec")
    if name == "bad_codec":
        return (1, 2, 3)
    return None

codecs.register(search)
print(codecs.lookup("utf-8").name, seen)
print(codecs.lookup("My-Codec").name, seen)
print("abc".encode("my_codec"), b"ABC".decode("my codec"), codecs.encode("x", "my-codec"))
try:
    codecs.lookup("bad codec")
except TypeError as e:
    print(e)
seen.clear()
codecs.lookup("my_codec")
print("cached", seen)
# Unregistering a search function empties the cache.
codecs.register(len)
codecs.unregister(len)
codecs.lookup("my_codec")
print("forgotten", seen)
codecs.unregister(search)
try:
    codecs.lookup("my_codec")
except LookupError as e:
    print(e)

# An exception raised by a codec function is wrapped (with the codec's
# name) only when it carries a single argument and no other state.
def raising(exc):
    def f(*args):
        raise exc
    return f

for exc in [RuntimeError("one"), RuntimeError("a", "b", "c"), RuntimeError(), ValueError(1)]:
    def search2(name, exc=exc):
        if name == "raiser":
            return codecs.CodecInfo(raising(exc), raising(exc), name="raiser")
    codecs.register(search2)
    for call in (lambda: "x".encode("raiser"), lambda: b"x".decode("raiser"),
                 lambda: codecs.encode("x", "raiser"), lambda: codecs.decode(b"x", "raiser")):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, repr(str(e)), type(e.__cause__).__name__)
    codecs.unregister(search2)

# unicode_escape's deprecation warnings, with the first invalid escape.
import warnings
for data in [b"\\8", b"\\z\\y", b"\\777", b"a\\400\\8", b"\\9\\500"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        out = codecs.unicode_escape_decode(data)
    print(data, out, [str(x.message) for x in w])
