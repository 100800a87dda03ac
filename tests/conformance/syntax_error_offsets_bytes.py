# SyntaxError offsets and their carets count bytes of the line's UTF-8
# where CPython's do: the compiler's errors report byte columns, the
# parser converts its own to characters only through the decoded line
# (a source declaring UTF-8 with bytes that are not UTF-8 shows U+FFFD),
# and the printed carets are clipped and placed in bytes.
import io, sys

def show(src):
    try:
        compile(src, "f.py", "exec")
    except SyntaxError as e:
        print(repr(src), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.msg[:50])

for src in ["'\u00e9\u00e9'; return 1", "def f():\n    '\u00e9'; nonlocal q\n", "x = '\u00e9' + (yield)",
            "def g():\n    '\u00e9\u00e9'\n    x: int = 1\n    global x\n"]:
    show(src)
for body in [b"x = 'caf\xe9'\n", b"x = 'c\xe9af'\n", b"x = 'caf\xe9' + 'a'\n", b"x = '\xe9\xe9\xe9'\n",
             b"x = 'caf\xc3\xa9\xe9'\n", b"x = f'caf\xe9'\n", b"x = 'a' 'caf\xe9'\n", b"x = 'a\xe2\x82' + 1\n",
             b"x = ('caf\xe9'\n)\n", b"x = '\xed\xa0\x80' +\n"]:
    show(b"# coding: utf-8\n" + body)

cases = [("'\u00e9\u00e9'; return 1\n", 9, 1, 17), ("'\u00e9\u00e9'; return 1\n", 9, 1, 30),
         ("'\u00e9\u00e9'; return 1\n", 20, 1, 30), ("  '\u00e9\u00e9'; x\n", 5, 1, 12), ("\u00e9\u00e9\u00e9\u00e9\n", 3, 1, 6),
         ("\u00e9\nab\n", 4, 1, 5), ("ab\n", 1, 1, 100), ("abc = 1\n", 2, 2, 1), ("abc", 2, 1, 3),
         ("\tx  \n", 2, 1, 3), ("\u00e9\nab\ncd\n", 5, 1, 6), ("x\n", -3, 1, 2)]
for text, off, end_line, end in cases:
    err = io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        sys.excepthook(SyntaxError, SyntaxError("m", ("f", 1, off, text, end_line, end)), None)
    finally:
        sys.stderr = old
    print(err.getvalue(), end="")
