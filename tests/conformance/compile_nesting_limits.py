# How deeply source may nest before compile() refuses it, and with which
# error: the tokenizer's bracket and indentation limits, the parser's
# stack, the compiler's recursion limit and its limit on nested blocks.

def attempt(label, src, mode='exec'):
    try:
        compile(src, '<nest>', mode)
        print(label, 'ok')
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__, str(e))

def block(kw, n):
    return ''.join(' ' * i + kw + ':\n' for i in range(n)) + ' ' * n + 'pass\n'

for n in (1, 50, 199, 200, 201, 250):
    attempt('parens %d' % n, 'x = ' + '(' * n + '1' + ')' * n)
    attempt('brackets %d' % n, '[' * n + ']' * n)
    attempt('braces %d' % n, 'x = ' + '{1:' * n + '2' + '}' * n, 'eval' if n < 0 else 'exec')

for n in (10, 1000, 2980, 2989, 2990, 2991, 3000, 5000, 5969, 5970, 5971, 8000):
    attempt('minus %d' % n, '-' * n + '1')
    attempt('not %d' % n, 'not ' * n + 'x')
    attempt('attr %d' % n, 'a' + '.b' * n)
    attempt('plus %d' % n, 'a' + '+a' * n)
    attempt('calls %d' % n, 'f' + '()' * n)
    attempt('ifexp %d' % n, '1 if x else ' * n + '1')
    attempt('elif %d' % n, 'if x: pass\n' + 'elif x: pass\n' * n)
    attempt('return %d' % n, 'def f():\n    return ' + '-' * n + '1\n')
    attempt('assign %d' % n, 'x = ' + '-' * n + '1\n')

for n in (10, 1000, 2984, 2985, 2986, 4000):
    attempt('lambda %d' % n, 'lambda: ' * n + '1')
    attempt('power %d' % n, 'a' + '**a' * n)

for kw in ('if x', 'for x in y', 'while x', 'with x', 'def f()', 'class C'):
    for n in (5, 19, 20, 21, 98, 99, 100, 101):
        attempt('%s %d' % (kw, n), block(kw, n))

def nested_try(n):
    src = ''.join(' ' * i + 'try:\n' for i in range(n)) + ' ' * n + 'pass\n'
    for i in reversed(range(n)):
        src += ' ' * i + 'except E as e:\n' + ' ' * i + ' pass\n'
    return src
for n in (18, 19, 20, 21):
    attempt('try %d' % n, nested_try(n))

# Deep nesting from inside a deeper call: the limit counts the frames
# already on the stack, three levels of source per frame.
def deeper(k, src):
    if k:
        return deeper(k - 1, src)
    attempt('at depth', src)
deeper(0, '-' * 2985 + '1')
deeper(10, '-' * 2985 + '1')
deeper(10, '-' * 2955 + '1')
