# TabError: indentation that compares differently with a tab as one column
# than with tabs to multiples of eight mixes tabs and spaces inconsistently.
for src in ["try:\n\t1/0\n    \t1/0\nfinally:\n pass\n", "if 1:\n\tx=1\n        y=2\n", "if 1:\n        x=1\n\ty=2\n", "if 1:\n  \tx=1\n\t  y=2\n"]:
    try:
        compile(src, '<string>', 'exec'); print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
for src in ['if 1:\n\tx=1\n        y=2\n', 'if 1:\n        x=1\n\ty=2\n', 'if 1:\n  \tx=1\n\t  y=2\n', 'if 1:\n\tif 2:\n\t\tx=1\n\ty=1\n', 'if 1:\n    \tx=1\n']:
    try: compile(src, '<s>', 'exec'); print('ok')
    except SyntaxError as e: print(repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset, e)
