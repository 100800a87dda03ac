# An exception raised inside an except* body joins the group re-raised
# at the end of the try statement (bare raise, a new exception, raise
# from, a named handler, nested except*, and in a loop).
def f(kind):
    try:
        raise ExceptionGroup('eg', [ValueError(5), TypeError(1)])
    except* ValueError as e:
        if kind == 1:
            raise
        if kind == 2:
            raise KeyError(3)
        if kind == 3:
            raise KeyError(4) from e
        if kind == 4:
            raise e.exceptions[0]
    except* TypeError:
        if kind == 5:
            raise OSError(6)


def nested():
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(5)])
        except* ValueError:
            raise
    except* ValueError as e:
        r = repr(e)
    return r


def describe(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(describe(x) for x in e.exceptions)}])"
    return repr(e) + (f" from {e.__cause__!r}" if e.__cause__ is not None and not isinstance(e.__cause__, BaseExceptionGroup) else "")


for k in range(6):
    try:
        f(k)
    except BaseException as e:
        print(k, describe(e))
    else:
        print(k, 'ok')
print(nested())
total = 0
for i in range(30):
    try:
        f(i % 6)
    except BaseException as e:
        total += len(getattr(e, 'exceptions', (e,)))
print(total)
