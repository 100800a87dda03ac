# The character properties of unicodedata (Unicode 14.0.0) and of
# unicodedata.ucd_3_2_0, swept over every 11th code point and every code
# point of blocks that changed between versions, printed as a checksum per
# 4096 code points (and in full for a sample).
import unicodedata
import zlib

BLOCKS = [(0x0000, 0x0400), (0x0590, 0x0900), (0x0CF0, 0x0D00), (0x1100, 0x1200), (0x2000, 0x2200),
          (0x3000, 0x3100), (0x9FA0, 0xA000), (0xAC00, 0xAC80), (0xD7A0, 0xD800), (0xF900, 0xFB00),
          (0xFF00, 0xFFFF), (0x10780, 0x107C0), (0x11F00, 0x11F60), (0x13430, 0x13460),
          (0x16FE0, 0x17010), (0x1B100, 0x1B180), (0x1D400, 0x1D480), (0x1E000, 0x1E100),
          (0x1E4D0, 0x1E500), (0x1F900, 0x1FB00), (0x2A6C0, 0x2A700), (0x2B730, 0x2B760),
          (0x31340, 0x31360), (0xE0000, 0xE0080)]


def points():
    seen = set(range(0, 0x110000, 11))
    for lo, hi in BLOCKS:
        seen.update(range(lo, hi))
    return sorted(seen)


def props(db, ch):
    return (db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch),
            db.mirrored(ch), db.decimal(ch, None), db.digit(ch, None), db.numeric(ch, None),
            db.decomposition(ch))


for db in (unicodedata, unicodedata.ucd_3_2_0):
    print('version', db.unidata_version)
    chunk, rows = 0, []
    for c in points():
        if c >> 12 != chunk:
            print('%05x %08x %d' % (chunk << 12, zlib.crc32(repr(rows).encode()), len(rows)))
            chunk, rows = c >> 12, []
        p = props(db, chr(c))
        rows.append(p)
        if c % 4001 == 0:
            print(hex(c), p)
    print('%05x %08x %d' % (chunk << 12, zlib.crc32(repr(rows).encode()), len(rows)))

# Characters added in Unicode 15.0 are unassigned here.
for c in (0x0CF3, 0x11F00, 0x11F50, 0x1E030, 0x1E4F0, 0x1F6DC, 0x31350, 0x2B739, 0x2B73A):
    ch = chr(c)
    print(hex(c), props(unicodedata, ch), props(unicodedata.ucd_3_2_0, ch))
