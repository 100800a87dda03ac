# zlib on streams from C zlib (decompressed exactly) and round trips of
# its own output: compress/decompress with each wbits format,
# compressobj/decompressobj with flush modes, max_length,
# unconsumed_tail, unused_data, eof, copy, zdict, checksums, constants
# and error texts. Compressed bytes may differ from C zlib's, so only
# headers, round trips and decoded results are printed.
import zlib


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


DATA = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))
Z15 = b'x\x9c\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x19\x18\x99\x98YX\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7O\x9c<u\xfa\xcc\xd9s\xe7/\\\xbct\xf9\xca\xd5k\xd7o\xdc\xbcu\xfb\xce\xdd{\xf7\x1f<|\xf4\xf8\xc9\xd3g\xcf_\xbc|\xf5\xfa\xcd\xdbw\xef?|\xfc\xf4\xf9\xcb\xd7o\xdf\x7f\xfc\xfc\xf5\xfb\xcf\xdf\x7f\xff\x01\x14\x97\xc2\x9c'
Z9 = b'\x18\xd3\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x19\x18\x99\x98YX\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7O\x9c<u\xfa\xcc\xd9s\xe7/\\\xbct\xf9\xca\xd5k\xd7o\xdc\xbcu\xfb\xce\xdd{\xf7\x1f<|\xf4\xf8\xc9\xd3g\xcf_\xbc|\xf5\xfa\xcd\xdbw\xef?|\xfc\xf4\xf9\xcb\xd7o\xdf\x7f\xfc\xfc\xf5\xfb\xcf\xdf\x7f\xff\x01\x14\x97\xc2\x9c'
ZL1 = b'x\x01\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1e\r\x8d\xd1\xb4A\xed\x9c\xc2\xc0\xc8\xc4\xcc\xc2\xca\xc6\xce\xc1\xc9\xc5\xcd\xc3\xcb\xc7/ ($,"*&.!)%-#+\'\xaf\xa0\xa8\xa4\xac\xa2\xaa\xa6\xae\xa1\xa9\xa5\xad\xa3\xab\xa7o`hdlbjfnaiemckg\xef\xe0\xe8\xe4\xec\xe2\xea\xe6\xee\xe1\xe9\xe5\xed\xe3\xeb\xe7\x1f\x10\x18\x14\x1c\x12\x1a\x16\x1e\x11\x19\x15\x1d\x13\x1b\x17\x9f\x90\x98\x94\x9c\x92\x9a\x96\x9e\x91\x99\x95\x9d\x93\x9b\x97_PXT\\RZV^QYU]S[W\xdf\xd0\xd8\xd4\xdc\xd2\xda\xd6\xde\xd1\xd9\xd5\xdd\xd3\xdb\xd7?a\xe2\xa4\xc9S\xa6N\x9b>c\xe6\xac\xd9s\xe6\xce\x9b\xbf`\xe1\xa2\xc5K\x96.[\xbeb\xe5\xaa\xd5k\xd6\xae[\xbfa\xe3\xa6\xcd[\xb6n\xdb\xbec\xe7\xae\xdd{\xf6\xee\xdb\x7f\xe0\xe0\xa1\xc3G\x8e\x1e;~\xe2\xe4\xa9\xd3g\xce\x9e;\x7f\xe1\xe2\xa5\xcbW\xae^\xbb~\xe3\xe6\xad\xdbw\xee\xde\xbb\xff\xe0\xe1\xa3\xc7O\x9e>{\xfe\xe2\xe5\xab\xd7o\xde\xbe{\xff\xe1\xe3\xa7\xcf_\xbe~\xfb\xfe\xe3\xe7\xaf\xdf\x7f\xfe\xfe\xfb\x0f\x00\x14\x97\xc2\x9c'
RAW = b'\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x19\x18\x99\x98YX\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7O\x9c<u\xfa\xcc\xd9s\xe7/\\\xbct\xf9\xca\xd5k\xd7o\xdc\xbcu\xfb\xce\xdd{\xf7\x1f<|\xf4\xf8\xc9\xd3g\xcf_\xbc|\xf5\xfa\xcd\xdbw\xef?|\xfc\xf4\xf9\xcb\xd7o\xdf\x7f\xfc\xfc\xf5\xfb\xcf\xdf\x7f\xff\x01'
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x19\x18\x99\x98YX\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7O\x9c<u\xfa\xcc\xd9s\xe7/\\\xbct\xf9\xca\xd5k\xd7o\xdc\xbcu\xfb\xce\xdd{\xf7\x1f<|\xf4\xf8\xc9\xd3g\xcf_\xbc|\xf5\xfa\xcd\xdbw\xef?|\xfc\xf4\xf9\xcb\xd7o\xdf\x7f\xfc\xfc\xf5\xfb\xcf\xdf\x7f\xff\x01\xd0\xef\xd8\xaa\x84\x04\x00\x00'
ZD = b'x\xbb.\xe9\x05\xd3\x0b\xc9HU(D\x15R\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x8c*\x1eU<\xaa\x98\xea\x8a\x19\x18\x99\x98YX\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7O\x9c<u\xfa\xcc\xd9s\xe7/\\\xbct\xf9\xca\xd5k\xd7o\xdc\xbcu\xfb\xce\xdd{\xf7\x1f<|\xf4\xf8\xc9\xd3g\xcf_\xbc|\xf5\xfa\xcd\xdbw\xef?|\xfc\xf4\xf9\xcb\xd7o\xdf\x7f\xfc\xfc\xf5\xfb\xcf\xdf\x7f\xff\x01\x14\x97\xc2\x9c'
SYNC = b'x\x9cJLJ\x06\x00\x00\x00\xff\xff'

print(zlib.error.__module__, [c.__name__ for c in zlib.error.__mro__])
print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION, zlib.__version__)
print(sorted((n, getattr(zlib, n)) for n in dir(zlib) if n.isupper() and isinstance(getattr(zlib, n), int)))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.compressobj().__class__.__module__)

# Streams written by C zlib.
t("Z15", lambda: zlib.decompress(Z15) == DATA)
t("Z15 wbits 0", lambda: zlib.decompress(Z15, 0) == DATA)
t("Z15 auto", lambda: zlib.decompress(Z15, 47) == DATA)
t("Z9 9", lambda: zlib.decompress(Z9, 9) == DATA)
t("Z15 as 9", lambda: zlib.decompress(Z15, 9))
t("ZL1", lambda: zlib.decompress(ZL1) == DATA)
t("RAW", lambda: zlib.decompress(RAW, -15) == DATA)
t("GZ", lambda: zlib.decompress(GZ, 31) == DATA)
t("GZ auto", lambda: zlib.decompress(GZ, 47) == DATA)
t("GZ as zlib", lambda: zlib.decompress(GZ))
t("Z15 as gzip", lambda: zlib.decompress(Z15, 31))
t("SYNC", lambda: zlib.decompressobj().decompress(SYNC))
t("ZD no dict", lambda: zlib.decompress(ZD))
t("ZD dict", lambda: zlib.decompressobj(zdict=b"quick brown fox").decompress(ZD) == DATA)
t("ZD obj no dict", lambda: zlib.decompressobj().decompress(ZD))
t("truncated", lambda: zlib.decompress(Z15[:-3]))
t("truncated 5", lambda: zlib.decompress(Z15[:5]))
t("empty", lambda: zlib.decompress(b""))
t("bad header", lambda: zlib.decompress(b"xx" + Z15[2:]))
t("bad check", lambda: zlib.decompress(Z15[:-1] + bytes([Z15[-1] ^ 1])))
t("bad gzip length", lambda: zlib.decompress(GZ[:-1] + bytes([GZ[-1] ^ 1]), 31))
t("bad gzip crc", lambda: zlib.decompress(GZ[:-8] + bytes([GZ[-8] ^ 1]) + GZ[-7:], 31))
t("trailing junk", lambda: zlib.decompress(Z15 + b"junk") == DATA)
t("wbits 100", lambda: zlib.decompress(Z15, 100))
t("bufsize -1", lambda: zlib.decompress(Z15, 15, -1))
t("bufsize 0", lambda: zlib.decompress(Z15, 15, 0) == DATA)
t("decompress kw", lambda: zlib.decompress(Z15, wbits=15, bufsize=10) == DATA)
t("decompress str", lambda: zlib.decompress("abc"))
t("bytearray", lambda: zlib.decompress(bytearray(Z15)) == DATA)
t("memoryview", lambda: zlib.decompress(memoryview(Z15)) == DATA)

# Round trips of pyjit's own output, and the headers C zlib writes.
for level in range(-1, 10):
    c = zlib.compress(DATA, level)
    print("level", level, c[:2], zlib.decompress(c) == DATA)
for wbits in [9, 12, 15, -9, -15, 25, 31]:
    c = zlib.compress(DATA, 6, wbits)
    print("wbits", wbits, c[:2] if wbits > 0 and wbits < 16 else c[:10] if wbits > 16 else b"",
          zlib.decompress(c, wbits) == DATA, zlib.decompress(c, 47) == DATA if wbits > 0 else None)
for level in [1, 6, 9]:
    print("gzip header", level, zlib.compress(b"", level, 31)[:10])
t("compress level 10", lambda: zlib.compress(b"x", 10))
t("compress level -2", lambda: zlib.compress(b"x", -2))
t("compress wbits 7", lambda: zlib.compress(b"x", 6, 7))
t("compress wbits 8", lambda: zlib.compress(b"x", 6, 8)[:2])
t("compress wbits 32", lambda: zlib.compress(b"x", 6, 32))
t("compress kw", lambda: zlib.decompress(zlib.compress(b"abc", level=1, wbits=15)))
t("compress data kw", lambda: zlib.compress(data=b"abc"))
t("compress str", lambda: zlib.compress("abc"))
t("compress empty", lambda: zlib.decompress(zlib.compress(b"")))
t("compress big", lambda: len(zlib.decompress(zlib.compress(b"a" * 1000000))))

# compressobj
for mode in [zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK]:
    co = zlib.compressobj()
    out = co.compress(DATA[:300])
    f = co.flush(mode)
    out += f + co.compress(DATA[300:]) + co.flush()
    print("flush mode", mode, f == b"" if mode == 0 else len(f) > 0, zlib.decompress(out) == DATA)
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
raw = co.compress(DATA) + co.flush()
print("raw co", zlib.decompress(raw, -12) == DATA)
co = zlib.compressobj(wbits=31)
gz = co.compress(DATA) + co.flush()
print("gzip co", gz[:10], zlib.decompress(gz, 31) == DATA)
for strategy in range(5):
    co = zlib.compressobj(strategy=strategy)
    print("strategy", strategy, zlib.decompress(co.compress(DATA) + co.flush()) == DATA)
co = zlib.compressobj()
first = co.compress(DATA[:500])
cp = co.copy()
a = first + co.compress(DATA[500:]) + co.flush()
b = first + cp.compress(b"different tail") + cp.flush()
print("copy", zlib.decompress(a) == DATA, zlib.decompress(b) == DATA[:500] + b"different tail")
t("copy after finish", lambda: co.copy())
t("compress after finish", lambda: co.compress(b"x"))
t("flush after finish", lambda: co.flush())
t("flush no flush", lambda: zlib.compressobj().flush(zlib.Z_NO_FLUSH))
co = zlib.compressobj(zdict=b"quick brown fox")
zd = co.compress(DATA) + co.flush()
print("zdict header", zd[:6] == ZD[:6], zlib.decompressobj(zdict=b"quick brown fox").decompress(zd) == DATA)
co = zlib.compressobj(wbits=-15, zdict=b"quick brown fox")
rzd = co.compress(DATA) + co.flush()
print("raw zdict", zlib.decompressobj(-15, zdict=b"quick brown fox").decompress(rzd) == DATA)
for args in [(10,), (6, 7), (6, 8, 15, 10), (6, 8, 15, 0), (6, 8, 15, 8, 9), (6, 8, 40), (6, 8, 7)]:
    t("compressobj %r" % (args,), lambda: zlib.compressobj(*args))
t("compressobj zdict str", lambda: zlib.compressobj(zdict="abc"))
t("compressobj kw", lambda: zlib.compressobj(level=1, memLevel=9, strategy=1).flush()[:2])
t("compressobj bad kw", lambda: zlib.compressobj(lvl=1))

# decompressobj
d = zlib.decompressobj()
parts = [d.decompress(Z15[i:i + 7]) for i in range(0, len(Z15), 7)]
print("chunks", b"".join(parts) == DATA, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
out = d.decompress(Z15 + b"extra")
print("unused", out == DATA, d.eof, d.unused_data, d.unconsumed_tail)
t("after eof", lambda: (d.decompress(b"more"), d.unused_data, d.flush()))
d = zlib.decompressobj()
out = d.decompress(Z15, 100)
print("max_length", len(out), len(d.unconsumed_tail) > 0, d.eof)
while d.unconsumed_tail:
    piece = d.decompress(d.unconsumed_tail, 100)
    assert len(piece) <= 100
    out += piece
out += d.flush()
print("max_length total", out == DATA, d.eof)
d = zlib.decompressobj()
out = d.decompress(Z15[:200], 50)
out += d.flush()
print("flush takes tail", out == zlib.decompressobj().decompress(Z15[:200]), d.unconsumed_tail, d.eof)
d = zlib.decompressobj()
half = d.decompress(Z15[:100])
d2 = d.copy()
print("dcopy", half + d.decompress(Z15[100:]) == DATA, half + d2.decompress(Z15[100:]) == DATA, d.eof, d2.eof)
d = zlib.decompressobj(47)
print("auto obj", d.decompress(GZ[:20]) + d.decompress(GZ[20:]) == DATA, d.eof)
d = zlib.decompressobj(-15)
print("raw obj", d.decompress(RAW + b"tail") == DATA, d.eof, d.unused_data)
d = zlib.decompressobj()
t("max_length -1", lambda: d.decompress(b"", -1))
t("max_length kw", lambda: zlib.decompressobj().decompress(Z15, max_length=10))
t("flush 0", lambda: d.flush(0))
t("flush -5", lambda: d.flush(-5))
t("flush incomplete", lambda: zlib.decompressobj().flush())
t("bad stream", lambda: zlib.decompressobj().decompress(b"garbage!"))
t("decompressobj wbits", lambda: zlib.decompressobj(100))
t("decompressobj zdict str", lambda: zlib.decompressobj(zdict="abc"))
t("decompress str", lambda: zlib.decompressobj().decompress("abc"))
t("Decompress attrs", lambda: (zlib.decompressobj().eof, zlib.decompressobj().unused_data, zlib.decompressobj().unconsumed_tail))

# checksums
for data in [b"", b"a", b"abc", DATA, bytearray(b"xyz"), memoryview(b"hello")]:
    print("crc32", zlib.crc32(data), zlib.crc32(data, 12345), "adler32", zlib.adler32(data), zlib.adler32(data, 99999))
t("crc32 neg", lambda: zlib.crc32(b"abc", -1))
t("adler32 big", lambda: zlib.adler32(b"abc", 2**40 + 3))
t("adler32 float", lambda: zlib.adler32(b"abc", 1.0))
t("crc32 str", lambda: zlib.crc32("abc"))
t("adler32 chained", lambda: zlib.adler32(DATA[100:], zlib.adler32(DATA[:100])) == zlib.adler32(DATA))
t("adler32 long", lambda: zlib.adler32(b"\xff" * 100000))

# A stream written by C zlib with the dictionary b'hello'.
ZH = b'x\xbb\x06,\x02\x15\xcb\x00\x11\n\xe5\xf9E9)\x00\x1a\x0b\x04]'
for zd in [b"other", b"hello", b""]:
    t("zdict %r" % zd, lambda: zlib.decompressobj(zdict=zd).decompress(ZH))
d = zlib.decompressobj(zdict=b"other")
t("zdict split", lambda: (d.decompress(ZH[:3]), d.decompress(ZH[3:])))
C, D = type(zlib.compressobj()), type(zlib.decompressobj())
t("type names", lambda: (C.__name__, C.__module__, repr(C), D.__name__, repr(D)))
t("Compress()", lambda: C())
t("Decompress()", lambda: D())
t("compress on int", lambda: C.compress(5, b""))
t("eof on int", lambda: D.__dict__["eof"].__get__(5))
t("no attribute", lambda: zlib.compressobj().x)
