# zlib on corrupt and truncated DEFLATE streams written by C zlib: the
# output decoded before the damage and C zlib's error texts.
import zlib


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


good = bytes.fromhex('0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29840c41c500')
cases = {
    "block type 3": b"\x07\x00",
    "stored lengths": b"\x01\x05\x00\x05\x00abcde",
    "stored ok": b"\x01\x05\x00\xfa\xffabcde",
    "far back": bytes([0x63, 0x00, 0x00]),
    "fixed eob": b"\x03\x00",
    "dyn too many": b"\xfd\xff\xff",
    "raw on zlib": zlib.compress(b"hello"),
    "flipped": bytes([good[0]]) + bytes([good[1] ^ 0x40]) + good[2:],
    "truncated raw": good[:-3],
}
for name, data in cases.items():
    t(name, lambda: zlib.decompress(data, -15))
    d = zlib.decompressobj(-15)
    t(name + " obj", lambda: (d.decompress(data), d.eof))
for i in range(0, len(good)):
    bad = good[:i] + bytes([good[i] ^ 0xff]) + good[i + 1:]
    t("corrupt at %d" % i, lambda: zlib.decompress(bad, -15))

# zlib.compress(bytes(range(256)) * 4 + b"abc" * 100, 6) by C zlib
zgood = bytes.fromhex(
    '789c6360646266616563e7e0e4e2e6e1e5e3171014121611151397909492969195935750545256515553d7d0d4d2d6d1'
    'd5d33730343236313533b7b0b4b2b6b1b5b37770747276717573f7f0f4f2f6f1f5f30f080c0a0e090d0b8f888c8a8e89'
    '8d8b4f484c4a4e494d4bcfc8cccacec9cdcb2f282c2a2e292d2bafa8acaaaea9adab6f686c6a6e696d6befe8eceaeee9'
    'edeb9f3071d2e42953a74d9f3173d6ec3973e7cd5fb070d1e2254b972d5fb172d5ea356bd7addfb071d3e62d5bb76ddf'
    'b173d7ee3d7bf7ed3f70f0d0e123478f1d3f71f2d4e93367cf9dbf70f1d2e52b57af5dbf71f3d6ed3b77efdd7ff0f0d1'
    'e3274f9f3d7ff1f2d5eb376fdfbdfff0f1d3e72f5fbf7dfff1f3d7ef3f7ffffd6718f5ffa8ff47b0ff81ce1b45442200'
    '382f70f7')
for i in range(0, len(zgood), 3):
    for flip in (0x01, 0x80):
        bad = zgood[:i] + bytes([zgood[i] ^ flip]) + zgood[i + 1:]
        t("zlib corrupt at %d^%d" % (i, flip), lambda: len(zlib.decompress(bad)))
for n in range(0, len(zgood), 7):
    d = zlib.decompressobj()
    t("zlib prefix %d" % n, lambda: (len(d.decompress(zgood[:n])), d.eof, d.unconsumed_tail))
