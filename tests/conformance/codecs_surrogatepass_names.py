# surrogatepass reads the UTF named by the exception's encoding as
# CPython's get_standard_encoding does: utf-16le, UTF_16_BE, utf32, ...
import codecs

f = codecs.lookup_error("surrogatepass")
for enc in ["utf-8", "utf8", "UTF_8", "CP_UTF8", "cp_utf8", "utf-16", "utf16", "utf-16le", "utf_16_be",
            "UTF-16BE", "utf16-le", "utf-32", "utf32le", "utf-32-BE", "utf_32be", "utf-16xe", "utf-7", "latin-1"]:
    try:
        print(enc, f(UnicodeEncodeError(enc, "a\ud800\udfffb", 1, 3, "x")))
    except Exception as e:
        print(enc, "encode", type(e).__name__)
    for data in [b"\xed\xa0\x80", b"\x00\xd8", b"\xd8\x00", b"\x00\xd8\x00\x00", b"\x00\x00\xd8\x00"]:
        try:
            print(enc, data, f(UnicodeDecodeError(enc, b"a" + data, 1, 2, "x")))
        except Exception as e:
            print(enc, data, "decode", type(e).__name__)
