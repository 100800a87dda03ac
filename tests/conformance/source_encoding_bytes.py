# compile() of bytes that are not valid UTF-8: the tokenizer decodes a
# string literal or a name when it reaches it, so bad bytes in comments
# pass and those in literals and names are SyntaxErrors naming the byte
# and its position; a coding declaration is honoured, for imports too.
import os
import sys
import tempfile

cases = [
    b"x = 1  # caf\xe9\n",
    b"\xf6 = 1\n",
    b"ab\xf6c = 1\n",
    b"x = 1\ny = 'a\xf6'\n",
    b"y = 'tab\\t a\xf6'\n",
    b"y = r'\\n a\xf6'\n",
    b"y = '''a\nb\xe2\x82'''\n",
    b"y = f'a\xf6'\n",
    b"y = f'{1}\xf6\xf6'\n",
    b"y = 'ok'\nz = '\xc3\xa9'\nw = '\xed\xa0\x80'\n",
    b"y = '\xf0\x9f\x98'\n",
    b"# -*- coding: latin-1 -*-\ny = 'caf\xe9'\nprint(y, len(y))\n",
    b"\n# vim: set fileencoding=iso-8859-15 :\ny = '\xa4'\nprint(y)\n",
]
for src in cases:
    try:
        code = compile(src, "case.py", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
    else:
        print("compiled", end=": ")
        exec(code, {})
        print()

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "mod_latin1.py"), "wb") as f:
        f.write(b"# coding: latin-1\nNAME = 'na\xefve'\n# \xff\n")
    with open(os.path.join(d, "mod_bad_comment.py"), "wb") as f:
        f.write(b"VALUE = 42  # \xff\xfe\n")
    with open(os.path.join(d, "mod_bad_literal.py"), "wb") as f:
        f.write(b"VALUE = '\xff'\n")
    sys.path.insert(0, d)
    import mod_latin1
    import mod_bad_comment
    print(mod_latin1.NAME, len(mod_latin1.NAME), mod_bad_comment.VALUE)
    try:
        import mod_bad_literal
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno, os.path.basename(e.filename))
