# threading, queue and reprlib on _thread with one thread.
import _thread, threading, reprlib, queue, time
l = _thread.allocate_lock()
print(repr(l).split(" at ")[0], l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.05))
l.release()
try:
    l.release()
except RuntimeError as e:
    print(e)
for bad in [lambda: l.acquire(False, 1), lambda: l.acquire(timeout=-2)]:
    try:
        bad()
    except ValueError as e:
        print(e)
r = threading.RLock()
with r:
    with r:
        print(r._is_owned(), repr(r).split(" at ")[0].replace(str(_thread.get_ident()), "ID"))
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print(e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
c = threading.Condition()
with c:
    print(c.wait(0.01))
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.wait(), e.is_set())
q = queue.Queue()
q.put(1); q.put(2)
print(q.get(), q.qsize(), q.empty())
try:
    q.get_nowait(); q.get_nowait()
except queue.Empty:
    print("Empty")
print(reprlib.repr(list(range(100))))
loc = threading.local()
loc.x = 5
print(loc.x)
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01))
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread._count())
import sys
print(sys.excepthook is sys.__excepthook__)
sys.excepthook(ValueError, ValueError("shown by excepthook"), None)
