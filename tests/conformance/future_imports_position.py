# from __future__ imports stand only at the start of a module (after its
# docstring and other future imports): anywhere else is a SyntaxError.
srcs = [
    'import os\nfrom __future__ import annotations\n',
    'def f():\n  from __future__ import annotations\n',
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1\n',
    '"""doc"""\nimport __future__\nfrom __future__ import nested_scopes\n',
    'from __future__ import absolute_import\n"spam"\nfrom __future__ import print_function\n',
    '# comment\n\nfrom __future__ import generators\n',
    'class C:\n  from __future__ import division\n',
    'from . import __future__\n',
    'if 1:\n  from __future__ import division\n',
]
for src in srcs:
    for mode in ('exec',):
        try:
            compile(src, 'f', mode)
            print('ok')
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src, mode in (('from __future__ import annotations', 'single'), ('from __future__ import division\n', 'exec')):
    try: compile(src, 's', mode); print('ok', mode)
    except SyntaxError as e: print(e.msg)
exec('from __future__ import annotations\ndef f(x: int): pass\nprint(f.__annotations__)')
