# CPython's contextlib runs on pyjit: ExitStack's callbacks and exception
# chaining, structural subclassing of AbstractContextManager, suppress,
# nullcontext, redirect_stdout, and decorators made by contextmanager.
import contextlib
import io


class FromScratch:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


print(issubclass(FromScratch, contextlib.AbstractContextManager))


def cb(*a, **k):
    print("callback", a, k)


with contextlib.ExitStack() as stack:
    w = stack.callback(cb, 1, x=2)
    print(w is cb, stack._exit_callbacks[-1][1].__wrapped__ is cb)
    stack.enter_context(contextlib.nullcontext())
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(e)


def raise_exc(exc):
    raise exc


try:
    with contextlib.ExitStack() as stack:
        stack.callback(raise_exc, IndexError("inner"))
        stack.callback(raise_exc, KeyError("outer"))
        1 / 0
except IndexError as e:
    c = e.__context__
    print(type(e).__name__, type(c).__name__, type(c.__context__).__name__)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    yield name
    print("</%s>" % name)


@tag("deco")
def body():
    print("body")


body()
with tag("b") as t:
    print(t)
