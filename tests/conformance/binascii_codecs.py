# binascii: base64 (lenient and strict), hex with separators, uu, qp,
# crc32 and crc_hqx, argument conversions (ASCII str accepted by the
# decoders) and the Error/Incomplete exceptions with CPython's texts.
import binascii


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(binascii.Error.__module__, [c.__name__ for c in binascii.Error.__mro__])
print(binascii.Incomplete.__module__, [c.__name__ for c in binascii.Incomplete.__mro__])
print(sorted(n for n in dir(binascii) if not n.startswith("_")))

for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256)), bytearray(b"xyz"), memoryview(b"hello")]:
    t("b2a_base64 %d" % len(data), lambda: binascii.b2a_base64(data))
    t("b2a_base64 nl %d" % len(data), lambda: binascii.b2a_base64(data, newline=False))
t("b2a_base64 str", lambda: binascii.b2a_base64("abc"))
t("b2a_base64 int", lambda: binascii.b2a_base64(1))
t("b2a_base64 nl pos", lambda: binascii.b2a_base64(b"a", False))
t("b2a_base64 nl 0", lambda: binascii.b2a_base64(b"a", newline=0))
t("b2a_base64 nl str", lambda: binascii.b2a_base64(b"a", newline="x"))

for s in [b"", b"aGVsbG8=", b"aGVsbG8", b"aGVsbG8==", b"aGVsbA==", b"aGVsbA=", b"aGVsbA", b"a", b"ab", b"abc",
          b"abcde", b"aGVs\nbG8=\n", b"aG Vs!bG8=", b"aGVsbG8=garbage", b"=aGVs", b"aG=Vs", b"aGVsbA=x=",
          b"aGVsbA==x", b"YQ==YQ==", b"====", b"a===", b"ab==", "aGVsbG8=", "aGVs\u00e9", b"\xffaGVsbG8=",
          bytearray(b"YWJj"), memoryview(b"YWJj"), b"YW=Jj", b"Y=WJj"]:
    t("a2b_base64 %r" % (s,) if not isinstance(s, memoryview) else "a2b mv", lambda: binascii.a2b_base64(s))
    t("a2b_base64 strict %r" % (s,) if not isinstance(s, memoryview) else "a2b mv strict",
      lambda: binascii.a2b_base64(s, strict_mode=True))
t("a2b_base64 int", lambda: binascii.a2b_base64(5))
t("a2b_base64 list", lambda: binascii.a2b_base64([]))
t("a2b_base64 strict pos", lambda: binascii.a2b_base64(b"YQ==", True))

for data in [b"", b"\x01\xfe", bytes(range(10)), bytearray(b"\xab\xcd\xef"), memoryview(b"xyz")]:
    t("hexlify %d" % len(data), lambda: binascii.hexlify(data))
    t("b2a_hex %d" % len(data), lambda: binascii.b2a_hex(data))
    t("hexlify sep %d" % len(data), lambda: binascii.hexlify(data, "-"))
    t("hexlify sep2 %d" % len(data), lambda: binascii.hexlify(data, b":", 2))
    t("hexlify sep-3 %d" % len(data), lambda: binascii.hexlify(data, sep=" ", bytes_per_sep=-3))
t("hexlify sep long", lambda: binascii.hexlify(b"ab", "--"))
t("hexlify sep uni", lambda: binascii.hexlify(b"ab", "\u00e9"))
t("hexlify sep latin1 bytes", lambda: binascii.hexlify(b"ab", b"\xe9"))
t("hexlify sep u100", lambda: binascii.hexlify(b"ab", "\u0100"))
t("bytes.hex sep uni", lambda: b"ab".hex("\u00e9"))
t("hexlify sep int", lambda: binascii.hexlify(b"ab", 1))
t("hexlify str", lambda: binascii.hexlify("ab"))
t("hexlify per big", lambda: binascii.hexlify(b"ab", "-", 2**40))
t("hexlify kw", lambda: binascii.hexlify(data=b"ab"))
for s in [b"", b"01fe", b"01FE", "abcd", b"abc", b"zz", "0g", "\u00e9\u00e9", b"0 ", bytearray(b"ff")]:
    t("unhexlify %r" % (s,), lambda: binascii.unhexlify(s))
    t("a2b_hex %r" % (s,), lambda: binascii.a2b_hex(s))
t("unhexlify int", lambda: binascii.unhexlify(3))

for data in [b"", b"a", b"Cat", b"hello world", bytes(range(45)), bytes(range(46)), b"\x00\x00\x00"]:
    t("b2a_uu %d" % len(data), lambda: binascii.b2a_uu(data))
    t("b2a_uu bt %d" % len(data), lambda: binascii.b2a_uu(data, backtick=True))
    enc = binascii.b2a_uu(data[:45])
    t("a2b_uu rt %d" % len(data), lambda: binascii.a2b_uu(enc) == data[:45])
for s in [b"", b" ", b"!", b"#0V%T", b"#0V%T\n", b"#0V%T  \n", b"#0V%Tx", b"#0V\x01T", "#0V%T", b"`", b"#````",
          b"$0V%T", b"#0V%T``", b"\n", b"\x7f"]:
    t("a2b_uu %r" % (s,), lambda: binascii.a2b_uu(s))

for data in [b"", b"hello", b"a=b", b"tab\there", b"trailing \n", b"trailing\t\r\nx", b"x" * 80, b"=" * 30,
             b".", b".\n", b"a.\n.b", b"under_score", b"sp ace", b"\x00\x7f\x80\xff", b"line\r\nline\r\n",
             b"a\nb", b"a\rb", b"end ", b"end\t", b"x" * 74 + b" \n", b"y" * 75 + b"\n" + b"z" * 76]:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        t("b2a_qp %r %s" % (data[:20], sorted(kw)), lambda: binascii.b2a_qp(data, **kw))
for s in [b"", b"a=3Db", b"a=3db", b"soft=\nbreak", b"soft=\r\nbreak", b"soft=  \r\nx", b"a==b", b"=", b"=4",
          b"=4g", b"=zz", b"under_score", "str=41", b"a=\rb"]:
    t("a2b_qp %r" % (s,), lambda: binascii.a2b_qp(s))
    t("a2b_qp hdr %r" % (s,), lambda: binascii.a2b_qp(s, header=True))
t("a2b_qp kw", lambda: binascii.a2b_qp(data=b"a_b", header=1))
t("b2a_qp kw", lambda: binascii.b2a_qp(data=b"a b", quotetabs=1, istext=0, header=1))
t("b2a_qp str", lambda: binascii.b2a_qp("abc"))

for data in [b"", b"a", b"123456789", bytes(range(256)), bytearray(b"xyz"), memoryview(b"hello world")]:
    t("crc32 %d" % len(data), lambda: binascii.crc32(data))
    t("crc32 init %d" % len(data), lambda: binascii.crc32(data, 12345))
    t("crc_hqx %d" % len(data), lambda: binascii.crc_hqx(data, 0))
    t("crc_hqx init %d" % len(data), lambda: binascii.crc_hqx(data, 0xffff))
t("crc32 neg", lambda: binascii.crc32(b"abc", -1))
t("crc32 big", lambda: binascii.crc32(b"abc", 2**40 + 5))
t("crc32 float", lambda: binascii.crc32(b"abc", 1.0))
t("crc32 str", lambda: binascii.crc32("abc"))
t("crc32 chained", lambda: binascii.crc32(b"def", binascii.crc32(b"abc")) == binascii.crc32(b"abcdef"))
t("crc_hqx neg", lambda: binascii.crc_hqx(b"abc", -1))
t("crc_hqx big", lambda: binascii.crc_hqx(b"abc", 0x123456))
t("crc_hqx none", lambda: binascii.crc_hqx(b"abc"))
t("crc_hqx float", lambda: binascii.crc_hqx(b"abc", 1.5))
try:
    raise binascii.Error("x")
except ValueError as e:
    print("caught as ValueError", type(e).__name__)
