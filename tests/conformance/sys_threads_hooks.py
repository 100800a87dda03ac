# sys._current_frames, sys._current_exceptions, sys.exit's tuple argument,
# sys._getframe's arguments, sys.intern, sys.tracebacklimit in the default
# excepthook, SyntaxError's printed location, the lost sys.stdout of
# displayhook, and the sys struct sequences that cannot be instantiated.
import io
import sys
import threading
import traceback

entered = threading.Event()
leave = threading.Event()


def inner():
    entered.set()
    while True:
        try:
            raise ValueError("oops")
        except ValueError:
            if leave.wait(timeout=10):
                break


def outer():
    inner()


t = threading.Thread(target=outer)
t.start()
entered.wait()
frames = sys._current_frames()
print(sorted(type(k).__name__ for k in frames))
print(frames[threading.get_ident()] is sys._getframe())
names = [fs.name for fs in traceback.extract_stack(frames[t.ident])]
print(names[names.index("outer"):][:2])
excs = sys._current_exceptions()
print(excs[threading.get_ident()])
typ, val, tb = excs[t.ident]
print(typ.__name__, val, tb.tb_frame.f_code.co_name)
for f in (sys._current_frames, sys._current_exceptions):
    try:
        f(1)
    except TypeError as e:
        print(e)
leave.set()
t.join()

for arg in [(), (42,), (1, 2), [3], "s", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)

for args in [(42, 42), ("a",), (2000000000,)]:
    try:
        sys._getframe(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

s = "never interned " + str(len(sys.argv) * 12345)
print(sys.intern(s) is s, sys.intern(s.swapcase().swapcase()) is s)


class S(str):
    pass


for bad in [S("abc"), 1]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)


def f1():
    1 / 0


def f2():
    f1()


def hook_output(limit):
    if limit == "unset":
        if hasattr(sys, "tracebacklimit"):
            del sys.tracebacklimit
    else:
        sys.tracebacklimit = limit
    try:
        f2()
    except ZeroDivisionError:
        err, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
            out = sys.stderr.getvalue()
        finally:
            sys.stderr = err
    lines = [l for l in out.splitlines() if not l.startswith("    ")]
    return [l.split(",")[-1].strip() if l.startswith("  File") else l for l in lines]


for limit in [10, 3, 2, 1, 0, -1, 1 << 100, -(1 << 100), None, "x", "unset"]:
    print(repr(limit)[:12], hook_output(limit))

for args in [("bad.py", 1, 2, "abcdefg", 1, 100), ("bad.py", 1, 2, "abcdefg\n", 1, 100),
             ("bad.py", 1, 3, "  abcdefg\n", 1, 100), ("bad.py", 1, 2, "abcdefg", 1, 8),
             (b"bytes_fn", 1, 2, "abcdefg", 1, 4), (None, 1, 2, "abcdefg", 1, 4)]:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError:
        err, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
            out = sys.stderr.getvalue()
        finally:
            sys.stderr = err
        print(out[out.index('  File "' + str(args[0]) if args[0] is not None else '  File "<string>'):], end="")

stdout = sys.stdout
try:
    del sys.stdout
    try:
        sys.displayhook(42)
    except RuntimeError as e:
        msg = str(e)
finally:
    sys.stdout = stdout
print(msg)

for v in (sys.flags, sys.version_info):
    for make in (lambda t: t(v), lambda t: t.__new__(t, v)):
        try:
            make(type(v))
        except TypeError:
            print(type(v).__name__, "TypeError")
print(type(sys.float_info)(sys.float_info) == sys.float_info)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names,
      "sys" in sys.stdlib_module_names, "pyjit" in sys.stdlib_module_names)
print(len(sys.thread_info), sys.thread_info.name, sys.thread_info.lock in ("semaphore", "mutex+cond", None))
print(sys.orig_argv[-len(sys.argv) + 1:] == sys.argv[1:] if len(sys.argv) > 1 else True)
