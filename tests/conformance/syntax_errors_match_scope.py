# Errors at a match statement's subject and class patterns, global and nonlocal together, a conditional expression without else: SyntaxError type, message and location from compile().
cases = [
    'if True:\n    print("Hello"\n\nif 2:\n   print(123))\n',
    'def f():\n    global x\n    nonlocal x\n',
    'match x x:\n  case list():\n      pass\n',
    'match ...:\n  case C(a=b, c, d=e, f, g=h, i, j=k, ...):\n    ...\n',
    'match x x:\n  case list():\n      pass',
    'match x y z:\n  case 1: pass',
    'match x, y z:\n  case 1: pass',
    'match x:\n  case 1 2: pass',
    'match (x) y:\n  case 1: pass',
    'match x = 1',
    'match x',
    'match ...:\n  case C(a=b, c, d=e, f, g=h, i, j=k, ...):\n    ...',
    'match x:\n  case C(a=b, c, d, e=f):\n    pass',
    'match x:\n  case C(a=b, c, d):\n    pass',
    'match x:\n  case C(a=b, c, 1 2):\n    pass',
    'x = (a if b: c)',
    'x = [a if b]',
    'f(a if b:)',
    'def f():\n    global x\n    nonlocal x',
    'def f():\n    nonlocal x\n    global x',
    'def f():\n    global x, y\n    nonlocal y',
    'def f():\n    global y\n    global x, y\n    nonlocal y',
    'if True:\n    print("Hello"\n\nif 2:\n   print(123))\n',
    'match(a, b=1)',
    'match[x] = 5',
    'match = 1',
    'match x = 1',
    'match(x) = 1',
    'match (a = 1):\n    case 1: pass',
    'match a.b = 1',
    'match a, *b:\n    case 1: pass\n',
    'if (x) = 1: pass',
    '[(x) = 1]',
    'f((x) = 1)',
    'while ((x)) = 1: pass',
]
for src in cases:
    for mode in ("exec", "single") if src.endswith("\n") else ("exec",):
        try:
            compile(src, "<case>", mode)
            print(mode, "OK", repr(src))
        except SyntaxError as e:
            print(mode, repr(src)[:50], "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
