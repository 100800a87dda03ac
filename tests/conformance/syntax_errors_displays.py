# Errors in displays and named expressions: SyntaxError type, message and location from compile().
cases = [
    '{1, 2 3}\n',
    '{1:2, 2:5 3:12}\n',
    '{1:2, 3:4, 5:}\n',
    '{1: *12+1, 23: 1}\n',
    '{1: *12+1}\n',
    '{1: 23, 1: *12+1}\n',
    '{1:}\n',
    '{1} $\n',
    '{1: 2, 3: foo(,), 4: 5}\n',
    '{1: $, 2: 3}\n',
    '(x, y, z=3, d, e)\n',
    '[x, y, z=3, d, e]\n',
    '[z=3]\n',
    '{x, y, z=3, d, e}\n',
    '{z=3}\n',
    'x[a=1]',
    '@a=1\ndef f(): pass',
    '[x for x in y if a=1]',
    '(x, y, z=3, d, e)',
    '[z=3]',
    '{z=3}',
    '(z=3)',
    'f(x.y=1)',
    'f(a, (z=3))',
    '(a.b=3)',
    '[a.b=3]',
    '[a=b=c]',
    '{1:2 3:4}',
    '{1 2: 3}',
    '{1, 2 3}',
    '{**a, 1:}',
    '{1:2, **a, 3:*b}',
    '{1: *a}',
    '{1:, 2}',
    '{1: 2, 3:, 4}',
    '(1 2)',
    '[1, 2 3]',
    'print(1, 2 3)',
    'case = 1',
    '{a: b c}',
    '{a for a in b c}',
    'if x = 1: pass',
    'while a.b = 1: pass',
    'match x:\n    case 1 if a=1: pass\n',
]
for src in cases:
    for mode in ("exec", "single") if src.endswith("\n") else ("exec",):
        try:
            compile(src, "<case>", mode)
            print(mode, "OK", repr(src))
        except SyntaxError as e:
            print(mode, repr(src)[:50], "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
