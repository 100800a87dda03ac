# Uncaught exceptions in threads (threading.excepthook, _thread's
# unraisable report), sys.exit in a thread, thread-local storage and
# _thread.start_new_thread's arguments.
import _thread
import io
import re
import sys
import threading


def captured(f):
    """Runs f with sys.stderr captured and prints what it wrote, without
    the paths and addresses that differ between installations."""
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        f()
    finally:
        text, sys.stderr = sys.stderr.getvalue(), old
    text = re.sub(r'File "[^"]*threading.py", line \d+', 'File "threading.py"', text)
    text = re.sub(r" at 0x[0-9a-f]+", "", text)
    for line in text.splitlines():
        print("|", line)


def boom():
    raise ValueError("raised in a thread")


def run_boomer():
    t = threading.Thread(target=boom, name="Boomer")
    t.start()
    t.join()


captured(run_boomer)
print("main continues after the thread raised")


def leave():
    sys.exit(5)


t = threading.Thread(target=leave)
t.start()
t.join()
print("sys.exit ended the thread only")

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=boom, name="Hooked")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(caught)
print(threading.ExceptHookArgs([KeyError, KeyError("k"), None, None]))

# start_new_thread: kwargs, the unraisable report of an exception and the
# checks of its arguments.
done = threading.Event()
got = {}


def target(a, b=0):
    got["sum"] = a + b
    done.set()


_thread.start_new_thread(target, (1,), {"b": 2})
done.wait(10)
print(got)

done.clear()


def fails():
    try:
        raise KeyError("lost")
    finally:
        done.set()


def run_fails():
    _thread.start_new_thread(fails, ())
    done.wait(10)
    while _thread._count():
        threading.Event().wait(0.01)


captured(run_fails)
for args in [(1, ()), (print, []), (print, (), []), (print,)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# threading.local: each thread its own attributes.
local = threading.local()
local.name = "main"


class Counter(threading.local):
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


counter = Counter(10)
counter.bump()
seen = {}
lock = threading.Lock()


def use_local(i):
    local.name = "worker %d" % i
    first = counter.bump()
    second = counter.bump()
    with lock:
        seen[i] = (local.name, hasattr(local, "other"), first, second, sorted(vars(local)))


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(local.name, counter.value, vars(counter))
try:
    _thread._local("argument")
except TypeError as e:
    print("TypeError:", e)
try:
    local.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
