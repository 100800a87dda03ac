# f_lineno of a frame an exception escaped from: the line of the
# instruction the exception left from, as CPython's lasti handlers
# (except bodies, finally blocks, with statements) restore it.
import asyncio


def report(f, *args):
    try:
        f(*args)
    except BaseException as ex:
        t = ex.__traceback__.tb_next
    out = []
    while t:
        code = t.tb_frame.f_code
        first = code.co_firstlineno
        line = t.tb_frame.f_lineno
        if code.co_filename == __file__:
            out.append((code.co_name, t.tb_lineno - first,
                        None if line is None else line - first))
        t = t.tb_next
    print(out)


def simple():
    1/0
    pass


def in_except():
    try:
        1/0
    except:
        1/0
        pass


def other_except():
    try:
        1/0
    except TypeError as ex:
        pass


def two_clauses():
    try:
        1/0
    except TypeError:
        pass
    except KeyError as e:
        pass


def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass


def in_try_finally():
    try:
        1/0
    finally:
        pass


def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass


def bare_raise():
    try:
        1/0
    except ZeroDivisionError:
        x = 1
        raise


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


class ExitFails(Noop):
    def __exit__(self, *args):
        raise ValueError


def after_with():
    with Noop():
        1/0
        pass


def nested_with():
    with Noop():
        with Noop() as b:
            x = 1
            1/0
        pass


def exit_fails():
    with ExitFails():
        1/0


def caught_then_raised():
    try:
        try:
            1/0
        except ZeroDivisionError:
            pass
        {}['k']
    finally:
        y = 2


for f in [simple, in_except, other_except, two_clauses, in_named_except,
          in_try_finally, in_finally_except, bare_raise, after_with,
          nested_with, exit_fails, caught_then_raised]:
    print(f.__name__, end=" ")
    report(f)


def gen():
    with Noop():
        try:
            yield 1
        finally:
            z = 3


def thrown():
    g = gen()
    next(g)
    g.throw(KeyError("t"))


print("thrown", end=" ")
report(thrown)


class AsyncNoop:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        pass


async def async_with():
    async with AsyncNoop():
        await asyncio.sleep(0)
        1/0


print("async_with", end=" ")
report(asyncio.run, async_with())
