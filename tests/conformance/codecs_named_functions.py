# The encoders and decoders _codecs has by name, as the codec modules of
# the encodings package call them: final, byteorder, the bytes consumed of
# a partial input, and their argument errors.
import codecs

def show(f, *args):
    shown = tuple(a if isinstance(a, (str, bytes, int, float, type(None))) else
                  "dict of %d" % len(a) if isinstance(a, dict) else type(a).__name__ for a in args)
    shown = tuple(a[:20] + "..." if isinstance(a, str) and len(a) > 20 else a for a in shown)
    try:
        print(f.__name__, shown, "->", f(*args))
    except Exception as e:
        print(f.__name__, shown, "!", type(e).__name__, e)

for data in [b"ab\xc3", b"ab\xc3\xa9", b"\xe2\x82", b"\xed\xa0", b"\xc0a", b"\xf0\x9f\x98", b"a\xff"]:
    show(codecs.utf_8_decode, data)
    show(codecs.utf_8_decode, data, "strict", True)
    show(codecs.utf_8_decode, data, "replace", False)
    show(codecs.utf_8_decode, data, "surrogatepass", True)

for data in [b"\xff\xfea\x00b", b"\xfe\xff\x00a\xd8", b"a\x00\x00\xd8", b"a\x00\x00\xd8\x00\xdc", b"\x00\xdc", b"a"]:
    for f in (codecs.utf_16_decode, codecs.utf_16_le_decode, codecs.utf_16_be_decode):
        show(f, data)
        show(f, data, "replace", True)
    for bo in (0, -1, 1, 5):
        show(codecs.utf_16_ex_decode, data, None, bo)
        show(codecs.utf_16_ex_decode, data, "ignore", bo, True)

for data in [b"\xff\xfe\x00\x00a\x00\x00\x00b", b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00\x00\x00\xd8\x00\x00",
             b"\x00\x00\x11\x00", b"a\x00\x00\x00b\x00"]:
    for f in (codecs.utf_32_decode, codecs.utf_32_le_decode, codecs.utf_32_be_decode):
        show(f, data)
        show(f, data, "replace", True)
    show(codecs.utf_32_ex_decode, data)
    show(codecs.utf_32_ex_decode, data, "strict", 1, True)

for s in ["a\u00e9\U0001f600", "a\udc80b"]:
    for f in (codecs.utf_16_encode, codecs.utf_32_encode):
        for bo in (0, -1, 1):
            show(f, s, "strict", bo)
            show(f, s, "surrogatepass", bo)
    for f in (codecs.utf_8_encode, codecs.utf_16_le_encode, codecs.utf_16_be_encode,
              codecs.utf_32_le_encode, codecs.utf_32_be_encode, codecs.latin_1_encode,
              codecs.ascii_encode, codecs.utf_7_encode, codecs.unicode_escape_encode,
              codecs.raw_unicode_escape_encode):
        show(f, s)
        show(f, s, "backslashreplace")

for data in [b"a\\", b"a\\x4", b"a\\u00e", b"a\\U0001f60", b"a\\N{LATIN", b"a\\N", b"a\\t\\x41",
             b"\\u12x", b"a\\\\", b"a\\\\\\u1"]:
    for f in (codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode):
        show(f, data)
        show(f, data, "strict", False)
        show(f, data, "replace", True)
show(codecs.unicode_escape_decode, "a\\x41\u00e9")
show(codecs.raw_unicode_escape_decode, "a\\u0041")

show(codecs.escape_encode, b"a'\"\\\x00\x7f\xff\t\n\r")
show(codecs.escape_encode, bytearray(b"x"))
show(codecs.readbuffer_encode, "\u00e9")
show(codecs.readbuffer_encode, bytearray(b"xy"))
show(codecs.readbuffer_encode, memoryview(b"xyz"))
show(codecs.latin_1_decode, b"\xe9\xff")
show(codecs.ascii_decode, b"a\x80b", "replace")
show(codecs.utf_7_decode, b"a+AOk", "strict", False)
show(codecs.utf_7_decode, b"a+AOk-", "strict", True)

# Argument errors.
show(codecs.utf_8_decode, "abc")
show(codecs.utf_8_encode, b"abc")
show(codecs.utf_8_decode, b"abc", 1)
show(codecs.utf_8_decode, b"abc", None, "x")
show(codecs.utf_8_decode, b"abc", None, 1.0)
show(codecs.utf_8_decode)
show(codecs.utf_8_decode, b"a", None, False, 4)
show(codecs.utf_16_encode, "a", None, "x")
show(codecs.latin_1_encode, "a", 3)
show(codecs.escape_encode, "a")
try:
    codecs.utf_8_decode(data=b"a")
except TypeError as e:
    print(e)

# The charmap functions.
table = "abc\ufffe" + "".join(chr(0x100 + i) for i in range(252))
enc_map = codecs.charmap_build(table)
print(type(enc_map).__name__, enc_map[ord("a")], enc_map[0x100], len(enc_map), enc_map[0xFFFE])
print(sorted(codecs.charmap_build("ab\ufffea").items()))
compact = codecs.charmap_build("".join(chr(i) for i in range(255)) + "\ufffe")

show(codecs.charmap_decode, b"\x00\x01\x02\x04", "strict", table)
show(codecs.charmap_decode, b"\x00\x03\x01", "strict", table)
show(codecs.charmap_decode, b"\x00\x03\x01", "replace", table)
show(codecs.charmap_decode, b"\x00\x05", "replace", "ab")
print(codecs.charmap_encode("a\xfe\xff", "replace", compact))
show(codecs.charmap_decode, b"\x00\x01\x02\x03\x04", "strict", {0: "x", 1: 0x263a, 2: None, 3: "yz", 4: 0xFFFE})
show(codecs.charmap_decode, b"\x00\x01\x02\x04", "ignore", {0: "x", 1: 0x263a, 2: None, 4: 0xFFFE})
show(codecs.charmap_decode, b"\x00", "strict", {0: 0x110000})
show(codecs.charmap_decode, b"\x00", "strict", {0: 1.5})
show(codecs.charmap_decode, b"\xe9")
show(codecs.charmap_encode, "ab\u0100c", "strict", enc_map)
show(codecs.charmap_encode, "a\u20ac\u20acb", "strict", enc_map)
show(codecs.charmap_encode, "a\u20ac\u20acb", "replace", {ord("a"): 1, ord("b"): b"BB", ord("?"): 63})
show(codecs.charmap_encode, "a\u20acb", "replace", {ord("a"): 1, ord("b"): 2})
show(codecs.charmap_encode, "a\u20acb", "xmlcharrefreplace", {c: c for c in range(128)})
show(codecs.charmap_encode, "a", "strict", {ord("a"): 300})
show(codecs.charmap_encode, "a", "strict", {ord("a"): "x"})
show(codecs.charmap_encode, "a\u00e9")
show(codecs.charmap_encode, "a\u20ac")

class Map:
    def __getitem__(self, k):
        if k == 0x41:
            raise IndexError(k)
        if k == 0x42:
            raise ValueError("bad key")
        return k + 1
show(codecs.charmap_decode, b"\x01\x41", "replace", Map())
show(codecs.charmap_decode, b"\x01\x42", "replace", Map())
show(codecs.charmap_encode, "\x01A", "replace", Map())
