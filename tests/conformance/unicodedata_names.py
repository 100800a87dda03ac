# unicodedata.name and lookup (names, Hangul syllables, CJK ideographs, name
# aliases, named sequences), in both databases, and the \N{...} escape.
import unicodedata
import zlib

U, U32 = unicodedata, unicodedata.ucd_3_2_0

for db in (U, U32):
    chunk, rows = 0, []
    for c in list(range(0, 0x110000, 7)) + list(range(0xAC00, 0xAD00)) + list(range(0x1E000, 0x1E100)):
        if c >> 13 != chunk:
            print('%05x %08x' % (chunk << 13, zlib.crc32(repr(rows).encode())))
            chunk, rows = c >> 13, []
        n = db.name(chr(c), None)
        back = None
        if n is not None:
            back = db.lookup(n) == chr(c) and db.lookup(n.lower()) == chr(c) if not n.startswith(('HANGUL SYLLABLE', 'CJK UNIFIED')) else db.lookup(n) == chr(c)
        rows.append((n, back))
        if c % 9001 == 0:
            print(hex(c), n, back)
    print('%05x %08x' % (chunk << 13, zlib.crc32(repr(rows).encode())))

names = ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter Gha', 'LATIN CAPITAL LETTER GHA',
         'NULL', 'NUL', 'BYTE ORDER MARK', 'BOM', 'ZWJ', 'END OF LINE', 'LINE FEED', 'NEL',
         'KEYCAP NUMBER SIGN', 'KEYCAP DIGIT ONE', 'keycap digit one', 'LATIN SMALL LETTER R WITH TILDE',
         'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GGAG', 'HANGUL SYLLABLE HIH', 'hangul syllable ga',
         'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAX', 'HANGUL SYLLABLE A',
         'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00',
         'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-9FFFF',
         'CJK UNIFIED IDEOGRAPH-2B739', 'CJK UNIFIED IDEOGRAPH-2B73A', 'CJK UNIFIED IDEOGRAPH-31350',
         'CJK UNIFIED IDEOGRAPH-9FA6', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
         'CJK COMPATIBILITY IDEOGRAPH-0F900', 'TANGUT IDEOGRAPH-17000', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
         'NUSHU CHARACTER-1B170', 'KAWI LETTER A', 'CYRILLIC SMALL LETTER A', 'WAVING HAND SIGN', '', ' ',
         'LATIN SMALL LETTER A ', 'LATIN SMALL LETTER A\x00', 'x' * 256, 'x' * 257, b'LATIN SMALL LETTER B',
         b'\xff', 'é', 'GREEK SMALL LETTER ALPHA WITH PSILI AND VARIA AND YPOGEGRAMMENI']
for db in (U, U32):
    for n in names:
        try:
            print(ascii(n)[:40], ascii(db.lookup(n)))
        except (KeyError, TypeError) as e:
            print(ascii(n)[:40], type(e).__name__, ascii(e.args))
for bad in (None, 1, bytearray(b'A'), memoryview(b'A'), ['A']):
    try:
        U.lookup(bad)
    except TypeError as e:
        print(type(bad).__name__, e)

for c in ('\x00', 'a', '\u00e9', '\u4e00', '\uac00', '\ud7a3', '\ud800', '\ue000', '\uf900', '\ufffd',
          '\U00017000', '\U00018b00', '\U0001b170', '\U0001f600', '\U000e0001', '\U0010ffff', '\u0cf3', '\u9fa6'):
    for db in (U, U32):
        try:
            print(ascii(c), ascii(db.name(c)))
        except ValueError as e:
            print(ascii(c), 'ValueError', e, db.name(c, 'default'))

# \N{...} in str literals and the unicode_escape codec take aliases, not
# named sequences.
print(ascii('\N{NULL}\N{BYTE ORDER MARK}\N{latin small letter a}\N{ZWJ}\N{CJK UNIFIED IDEOGRAPH-4E00}'))
print(ascii('\N{HANGUL SYLLABLE GAG}\N{LATIN CAPITAL LETTER GHA}\N{EM SPACE}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'))
print(ascii(b'\\N{NULL}\\N{em space}\\N{BOM}'.decode('unicode_escape')))
for src in ['"\\N{KEYCAP DIGIT ONE}"', '"\\N{cjk unified ideograph-4e00}"', '"\\N{TANGUT IDEOGRAPH-17000}"',
            '"\\N{HANGUL SYLLABLE gag}"', '"\\N{KAWI LETTER A}"', '"\\N{}"', '"\\N{LATIN SMALL LETTER A"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e)
for b in [b'\\N{KEYCAP DIGIT ONE}', b'\\N{NO SUCH NAME}']:
    try:
        print(ascii(b.decode('unicode_escape')))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
print('\u00e9\u4e00\uac00\U0001f600\u0cf3\U00011f00'.encode('ascii', 'namereplace'))
