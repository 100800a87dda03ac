# A source whose declared encoding cannot be used: SyntaxError at line 0.
for src in (b'# coding: uft-8\nx=1\n', b'\xef\xbb\xbf# coding: latin-1\nx=1\n', b'# -*- coding: latin-1 -*-\nx="\xe9"\n'):
    try:
        compile(src, 'f', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, repr(e.lineno), e.offset, e.text, e.filename)
