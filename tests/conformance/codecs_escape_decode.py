# codecs.escape_decode: bytes literal escapes, its error handlers and warnings.
import codecs, warnings
warnings.simplefilter("always")
for d in [b"abc", b"a\\nb\\x41\\101\\\\\\'", "\\x4a\\t", b"line\\\ncont", b"\\777", bytearray(b"\\x7f")]:
    print(codecs.escape_decode(d))
for d, e in [(b"\\x4", "strict"), (b"\\x4g", "replace"), (b"\\xzz", "ignore"), (b"x\\", "strict")]:
    try:
        print(codecs.escape_decode(d, e))
    except ValueError as ex:
        print("ValueError", ex)
with warnings.catch_warnings(record=True) as w:
    print(codecs.escape_decode(b"\\q\\d"))
print([str(x.message) for x in w])
import pickle
print(pickle.loads(b"S'a\\nb'\np0\n."))
