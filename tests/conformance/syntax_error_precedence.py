# Which syntax error is reported: an error CPython's tokenizer raises
# anywhere in the source beats the parser's, a bracket left open on an
# earlier line beats it too, and indentation follows the first backslash of
# a line that continues its indentation on the next.
cases = [
    '(1 + 2',
    '[1 + 2',
    '{1 + 2',
    'a = ( 1, 2, 3\nb=3',
    'a = [ 1, 2, 3\nb=3',
    'a = { 1, 2, 3\nb=3',
    ')1 + 2',
    ']1 + 2',
    '}1 + 2',
    'func(\n    a=["unclosed], # Need a quote in this comment: "\n    b=2,\n)\n',
    'try: pass\nexcept ValueError: pass\nexcept* TypeError: pass',
    'try: pass\nexcept* ValueError: pass\nexcept TypeError: pass',
    "x = 1 +\ny = 'abc\n",
    'x = 1 +\ny = 2\nz = $\n',
    'x = 1 +\n\nif 1:\n  a\n b\n',
    'x = 1 +\nz = (\n',
    'x = (1 +\n',
    'def f(:\n  pass\nq = ]\n',
    'x = 1 +\ny = 08\n',
    'x 1\n\tif 1:\n  \tpass\n',
    'x = 1 +\ny = \\ 1\n',
    "f(a b)\nx = '''abc\n",
    '\\\nif x:\n    y = 1\n  \\\n  foo = 1\n        ',
    '\\\npass\n        \\\n\npass\n',
    "\\\ndef fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n",
    "\\\ndef fib(n):\n    '''Print a Fibonacci series up to n.'''\n    a, b = 0, 1\n",
    'if 1:\n    a = 1\n    \\\n  b = 2\n',
    'x = 1 + \\\n\n2\n',
    'if 1:\n  x = 1\n  \\\n',
    'if 1:\n  x = 1\n\\\n  \\\n  y = 2\nprint(x)',
    'if 1:\n    x = 1\n  \\\n    y = 2\n',
    'if 1:\n    x = 1\n    \\\n  y = 2\n',
    'if 1:\n\tx = 1\n\t\\\n\ty = 2\n',
    'if 1:\n    x = 1\n    \\\n    # c\n    y = 2\n',
    'if 1:\n    x = 1\n    \\ \n    y = 2\n',
    'def f():\n    \\\n\n    return 1\nprint(f())\n',
    'x = [\n  \\\n1]\n',
    'if 1:\r\n    x = 1\r\n    \\\r\n  y = 2\r\n',
    'x = 1 + \\\n',
    'x = 1 + \\',
    'if 1:\n  x = 1\n  \\\n',
    'if 1:\n  x = 1\n  \\',
    '\\\n',
    '  \\\n',
    "x = '''abc\n",
    "x = '''abc",
    "x = '''abc\n\n\n",
    "f(a b)\nx = '''abc\n",
    "x = '''a\r\nb",
    'try: pass\nexcept ValueError: pass\nexcept  *TypeError: pass',
    'try: pass\nexcept* ValueError: pass\nexcept TypeError: pass',
    '"\\xhh" \\',
]
for s in cases:
    try:
        compile(s, '<string>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(repr(s[:14]), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
