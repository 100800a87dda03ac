# A decoding error handler may replace the exception's object: decoding
# goes on over the new bytes from the position the handler returns.
import codecs

def longer(exc):
    exc.object = b"\x41\x00\x00\x00" * 2
    return ("<%d-%d>" % (exc.start, exc.end), exc.start)

def shorter(exc):
    exc.object = exc.object[:exc.start] + b"\x00\x00\x00\x00"
    return ("?", exc.start)

def forward_one(exc):
    return ("\ufffd", exc.start + 1)

def bad_object(exc):
    exc.object = 42
    return ("", exc.end)

for name, fn in [("longer", longer), ("shorter", shorter), ("forward_one", forward_one), ("bad_object", bad_object)]:
    codecs.register_error("conf." + name, fn)

cases = [(b"\x00", "utf-16"), (b"a\x00b", "utf-16-le"), (b"\xd8\xd8\xd8\xd8\xd8\x00\x00\x00", "utf-16-le"),
         (b"\x11\x11\x11\x11\x11\x00\x00\x00\x00\x00\x00", "utf-32-le"), (b"\x00", "utf-32"),
         (b"ab\xff", "utf-8"), (b"ab\xff", "ascii"), (b"ab\\x4", "unicode-escape"),
         (b"ab\\u12", "raw-unicode-escape"), (b"a+AB", "utf-7"), (b"a\x81", "cp1252")]
for data, enc in cases:
    for name in ["longer", "shorter", "forward_one", "bad_object"]:
        try:
            print(enc, name, repr(data.decode(enc, "conf." + name)))
        except Exception as e:
            print(enc, name, type(e).__name__, e)
for f in (codecs.utf_16_le_decode, codecs.utf_8_decode, codecs.charmap_decode):
    try:
        print(f.__name__, f(b"a\xff\xfe", "conf.shorter"))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
