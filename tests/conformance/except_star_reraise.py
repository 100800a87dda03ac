# try/except*: what reaches the outer handler keeps the original group's
# structure for re-raised parts, handlers raising new exceptions are
# grouped with it, later clauses see nothing once the group is handled, and
# the handled exception is restored on every way out.
import sys


def run(exc, handlers):
    try:
        try:
            raise exc
        except* ValueError as e:
            handlers.get("V", lambda e: None)(e)
        except* TypeError as e:
            handlers.get("T", lambda e: None)(e)
        except* OSError as e:
            handlers.get("O", lambda e: None)(e)
    except BaseException as e:
        print("raised", repr(e), e.__cause__ is not None)
    else:
        print("handled")
    print("exc_info", sys.exc_info()[:2])


def reraise(e):
    raise e


def replace(e):
    raise KeyError("new") from e


def group():
    return ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), OSError(3)]), TypeError(4)])


run(group(), {})
run(group(), {"V": reraise})
run(group(), {"T": reraise})
run(group(), {"V": reraise, "O": reraise})
run(group(), {"V": replace})
run(group(), {"V": replace, "T": reraise})
run(ValueError(5), {})
run(ValueError(5), {"V": reraise})
run(KeyError(6), {})
run(ExceptionGroup("only", [ValueError(7)]), {})
try:
    raise KeyError("outer")
except KeyError:
    run(group(), {"V": reraise})
    print("outer still", repr(sys.exc_info()[1]))
print("exc_info", sys.exc_info()[:2])
