# str's predicates, repr and int/float/complex of Unicode digits follow
# CPython 3.11's Unicode 14.0.0 database: characters added in 15.0 are
# unassigned (not digits, letters or printable).
import zlib

chunk, rows = 0, []
for c in sorted(set(range(0, 0x110000, 5)) | set(range(0x80, 0x800)) | set(range(0x11F00, 0x11F60))
                | set(range(0x1E000, 0x1E100)) | set(range(0x1E4D0, 0x1E500)) | set(range(0xFF00, 0xFFF0))):
    if c >> 13 != chunk:
        print('%05x %08x' % (chunk << 13, zlib.crc32(repr(rows).encode())))
        chunk, rows = c >> 13, []
    ch = chr(c)
    row = (ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalpha(), ch.isalnum(), ch.isprintable(),
           ch.isidentifier(), ('a' + ch).isidentifier(), ch.isspace(), repr(ch))
    rows.append(row)
    if c % 7919 == 0:
        print(hex(c), row)
print('%05x %08x' % (chunk << 13, zlib.crc32(repr(rows).encode())))

for s in ['\u0663', '\u0661.\u0665', '\u0661\u0662\u0663', ' \uff13 ', '\u0f29', '\u00b2', '\u0f33', '\u2155',
          '\U00011f51', '\U00011f50', '\U0001e4f1', '\U0001d7ce', '\u0661_\u0662', '-\u0967\u0968', '\u3000\u0967\u3000',
          '\u0661e\u0662', '\u0661+\u0662j', '\ud800', '\u0661\x7f']:
    out = []
    for f in (int, float, complex):
        try:
            out.append(f(s))
        except ValueError as e:
            out.append(str(e))
    print(ascii(s), out)
print(int('\u0661\u0660', 16), int('\u0967\u0966', 0))

for src in ['x\u0300 = 1', '\u00b7x = 1', 'x\u00b7 = 1', '\u0cf3 = 1', 'a\U00011f00 = 1', '\u2118 = 1', '\ufb01 = 1',
            '\U0001d400 = 1', '\u212b = 1', 'x\u0cf3 = 1', '\U0001e030 = 1']:
    ns = {}
    try:
        exec(src, ns)
        print(ascii(src), ascii(sorted(k for k in ns if k != '__builtins__')))
    except SyntaxError as e:
        print(ascii(src), 'SyntaxError', ascii(e.msg))
print(['\U0001e030\U00011f00'.isprintable(), '\ud800'.isprintable(), '\ud800\u0660'.isdecimal()])
print(ascii(repr('\u0cf3\U0001e030\U0001f6dc\u00e9\u4e00\U00011f00')))

# Case properties and the re module's Unicode classes.
import re
word, digit, space = re.compile(r'\w'), re.compile(r'\d'), re.compile(r'\s')
chunk, rows = 0, []
for c in sorted(set(range(0, 0x110000, 17)) | set(range(0x10A0, 0x1100)) | set(range(0xA7C0, 0xA800))
                | set(range(0xAB30, 0xAB70)) | set(range(0x1E000, 0x1E100)) | set(range(0x11F00, 0x11F60))):
    if c >> 14 != chunk:
        print('%05x %08x' % (chunk << 14, zlib.crc32(repr(rows).encode())))
        chunk, rows = c >> 14, []
    ch = chr(c)
    rows.append((ch.islower(), ch.isupper(), ch.istitle(), bool(word.match(ch)), bool(digit.match(ch)),
                 bool(space.match(ch))))
print('%05x %08x' % (chunk << 14, zlib.crc32(repr(rows).encode())))
print([c.islower() for c in '\u10fc\ua7f2\uab69\U0001e030a\u00aa'], re.findall(r'\w+', 'a\U00011f00b \u0cf3x \u0665\U00011f50'))
