# \N{...} escapes need unicodedata, as in CPython: when it cannot be
# imported (sys.modules entry None) before any was decoded, a str literal
# with one is a SyntaxError.
import sys
sys.modules['unicodedata'] = None
for src in ["'\\N{SOFT HYPHEN}'", "x = '\\N{SOFT HYPHEN}' + 'a'", "f'\\N{BULLET}{1}'", "r'\\N{X}'", "b'\\N{X}'", "'\\\\N{X}'"]:
    for mode in ("exec",):
        try:
            print(repr(eval(compile(src, "<s>", mode))))
        except SyntaxError as e:
            print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
del sys.modules['unicodedata']
print(eval("'\\N{SOFT HYPHEN}'") == '\xad')
sys.modules['unicodedata'] = None
print(eval("'\\N{BULLET}'"))
