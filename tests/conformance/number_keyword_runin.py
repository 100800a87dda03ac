# Numeric literals run into a keyword ("1if x else 2", "0x1for"): a
# SyntaxWarning through the warnings machinery (an error when the filters
# raise it), and the errors and offsets of other invalid literals.

import warnings
srcs = ['1andy', 'x = 1ifx', '1\u00e9', '1else', '1.0else', '1e5else', '0x1else', '0o1else', '0b1else', '1jelse', '1in_', 'x=[1for x in y]',
        '0if 1 else 2', '00if 1 else 2', '0_0if 1 else 2', '1_000if 1 else 2', '1.if 1 else 2', '.5if 1 else 2', '1e-5if 1 else 2',
        '1Jif 1 else 2', '0xffor x in y', '0XAor 1', '0O7and 1', '0B1is 1', '1not in x', '1nota', '1isnt', '1ornot',
        '1if x else 2\n2or 3', '1 if 1else 2', '"a"if 1 else 2', '1__', '1.e+', '1.5e', '1e+x', '0b', '0x_', '0x1_', '0o8', '0b1_2', '0_7', '07', '1.5_']
for src in srcs + ['1abc', 'x = 0x1g', '1jabc', 'x = 1.5e5x', '0b1z', '0o7_a', '1_', '1e', '0x1f0', '1 if 1 else 2', ]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, 'f', 'exec')
            r = 'ok'
        except SyntaxError as e:
            r = 'SyntaxError %s %s %s %s %s' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    print(repr(src), r, [(x.category.__name__, str(x.message), x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, 'f', 'exec')
        except SyntaxError as e:
            print('   error:', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# The warning goes through warnings.showwarning with the compiled file's
# name and line, once per compile.
import io, contextlib
with warnings.catch_warnings():
    warnings.simplefilter("always")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = compile("x = 1if 1 else 2\ny = [0x1for _ in 'ab']\n", "<prog>", "exec")
    print(err.getvalue())
    ns = {}
    exec(code, ns)
    print(ns["x"], ns["y"])
    print(eval(compile("0b1or 2", "e", "eval")), eval(compile("1.5if 0 else 2e1", "e", "eval")))
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=SyntaxWarning)
    try:
        compile("a = 1\nb = 2if a else 3\n", "<prog>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text.rstrip()))
    try:
        compile('a = "\\d"\nb = 2if a else 3\n', "<prog>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text.rstrip()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        compile("x = = 1\ny = 1if 1 else 2\n", "<prog>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, [(x.category.__name__, str(x.message), x.lineno) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile('x = 1\ny = f"  {x+1if 1 else 2}"\n', "<prog>", "exec")
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
