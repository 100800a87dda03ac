# Source given to eval, exec and compile reads with universal newlines: a
# \r\n or a lone \r ends a line, in string literals and continuations too.
for src in ['"\\\r"', 'f"\\\r"', 'f"\\\n"', '"a\\\r\nb"', "1 +\\\r 2", "'''a\rb'''", "'''a\r\nb'''", "f'''{1}\r'''"]:
    try:
        print(repr(src), repr(eval(src)))
    except SyntaxError as e:
        print(repr(src), e)
    try:
        print(repr(src), repr(eval(compile(src, 's', 'eval'))))
    except SyntaxError as e:
        print(repr(src), e)
exec("x = 1\ry = 2\r\nz = 3\rprint(x, y, z)")
