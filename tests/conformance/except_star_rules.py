# try/except* as CPython 3.11 has it: break, continue and return may not
# leave an except* body; one exception the handlers raise is not wrapped
# in a group (since 3.11.4), several are; split gives each part its own copy of the
# group's notes; splitting a deeply nested group raises RecursionError.
import textwrap

sources = [
    """
    try:
        raise ValueError
    except* Exception:
        break
    """,
    """
    for i in range(5):
        try:
            pass
        except* Exception:
            if i == 2:
                continue
    """,
    """
    def f():
        try:
            raise ValueError
        except* Exception:
            return 42
    """,
    """
    for i in range(5):
        try:
            pass
        except* Exception:
            for j in range(2):
                break
            def g():
                return 1
    """,
]
for src in sources:
    try:
        compile(textwrap.dedent(src), '<string>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)

orig = ExceptionGroup('eg', [TypeError(1), ValueError(2)])
try:
    try:
        raise orig
    except* (TypeError, ValueError):
        raise SyntaxError(3)
except BaseException as e:
    print(type(e).__name__, repr(e), repr(e.__context__))

try:
    try:
        raise orig
    except* TypeError:
        raise SyntaxError(3)
    except* ValueError:
        raise SyntaxError(4)
except BaseException as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[1].__context__))

try:
    try:
        raise orig
    except* TypeError:
        raise
except BaseException as e:
    print('reraised', repr(e))

eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
eg.add_note('note1')
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__, match.__notes__ is rest.__notes__)
try:
    try:
        raise eg
    except* TypeError:
        raise
except BaseException as e:
    print('reraised with notes', repr(e), e.__notes__)
eg.__notes__ = 123
match, rest = eg.split(TypeError)
print(hasattr(match, '__notes__'), hasattr(rest, '__notes__'))
eg.__notes__ = ('a', 'b')
print(eg.split(TypeError)[0].__notes__)

e = TypeError(1)
for i in range(2000):
    e = ExceptionGroup('eg', [e])
for method in ('split', 'subgroup'):
    try:
        getattr(e, method)(TypeError)
    except RecursionError:
        print(method, 'RecursionError')
