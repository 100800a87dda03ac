# A string literal that cannot be decoded is reported at the token after
# the strings (CPython decodes them once it has read them all), and a
# bytes source that declares no encoding has its error offsets in bytes
# and its text decoded with errors="replace".
srcs = [b'x = "\xf2"', b'x = "\xf2"\n', b'x = ("\xf2"\n "a")', b'x = "a\xf2b" "c" + 1', 'x = "\\N{bogus}" + 1',
        'x = "\\x4" + 1', 'x = b"\\x4" + 1', b'x = "\\x4\xf2" + 1', b'x = f"\xf2" + 1', b'# coding: latin-1\nx = "\xf2" $',
        b'Python = "\xcf\xb3\xf2\xee\xed" +', b'x = "\xcf\xb3" $', 'x = "\u03f3" $', b'# coding: utf-8\nx = "\xcf\xb3" $',
        b'x = "\xcf\xb3" +', 'x = "\u03f3" +', b'\xef\xbb\xbfx = "\xcf\xb3" $', bytearray(b'\xcf\xb3 = 1 $')]
for src in srcs:
    for flags in (0, 0x400):
        try:
            compile(src, "<s>", "exec", flags)
        except SyntaxError as e:
            print(repr(src), flags, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
            print("   ", e.args[1][2:4], e.args[1][5])
# The tokenizer's own errors count characters, even in such a source.
for src in [b'\xce\xb1 = 0xI', '\u03b1 = 0xI', b'\xce\xb1 = 0x', b'\xce\xb1 = 1_', b'\xce\xb1 = (1,\n']:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
