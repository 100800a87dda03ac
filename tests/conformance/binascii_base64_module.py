# CPython's base64.py over the native binascii, struct and re: every
# encoding's round trip and its errors.
import base64


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = bytes(range(40)) + b"hello world"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.standard_b64encode, base64.standard_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode),
                 (base64.encodebytes, base64.decodebytes)]:
    for data in [b"", b"a", b"ab", b"abc", b"abcd", d]:
        e = enc(data)
        print(enc.__name__, len(data), e, dec(e) == data)
t("altchars", lambda: base64.b64encode(b"\xfb\xff", altchars=b"-_"))
t("validate ok", lambda: base64.b64decode("+/+/", validate=True))
t("validate bad", lambda: base64.b64decode(b"abc$", validate=True))
t("lenient", lambda: base64.b64decode(b"YW*Jj"))
t("padding", lambda: base64.b64decode(b"YWJ"))
t("str input", lambda: base64.b64decode("YWJj"))
t("non-ascii str", lambda: base64.b64decode("YWJj\u00e9"))
t("b32 casefold", lambda: base64.b32decode(b"mfrgg===", casefold=True))
t("b32 map01", lambda: base64.b32decode(b"MFRGG0==", map01=b"L"))
t("b32 bad", lambda: base64.b32decode(b"MFRGG"))
t("b16 lower", lambda: base64.b16decode(b"0a0b"))
t("b16 casefold", lambda: base64.b16decode(b"0a0b", casefold=True))
t("b16 odd", lambda: base64.b16decode(b"0A0"))
t("a85 adobe", lambda: base64.a85encode(b"hello", adobe=True, wrapcol=5))
t("a85 foldspaces", lambda: base64.a85encode(b"    ab", foldspaces=True))
t("a85 decode adobe", lambda: base64.a85decode(b"<~BOu!rDZ~>", adobe=True))
t("a85 bad", lambda: base64.a85decode(b"abc{"))
t("b85 pad", lambda: base64.b85encode(b"abc", pad=True))
t("b85 bad", lambda: base64.b85decode(b"ab~cd"))
t("encodebytes long", lambda: base64.encodebytes(bytes(100)).count(b"\n"))
t("encode str", lambda: base64.b64encode("abc"))
