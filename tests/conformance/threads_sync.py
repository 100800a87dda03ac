# Threads with the synchronization primitives of threading: join, locks
# released by another thread, RLock, Condition, Event, Semaphore, Barrier,
# Timer, and identity (get_ident, current_thread, enumerate).
import _thread
import threading
import time

results = []
lock = threading.Lock()


def count(n):
    total = 0
    for i in range(n):
        total += i
    with lock:
        results.append(total)


threads = [threading.Thread(target=count, args=(20000 * (i + 1),)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], threading.active_count())

# Identity: each thread its own ident, current_thread and name.
seen = {}


def who():
    me = threading.current_thread()
    seen[me.name] = (me.ident == _thread.get_ident(), me.native_id == threading.get_native_id(),
                     me is not threading.main_thread())


idents = []
for i in range(3):
    t = threading.Thread(target=who, name="worker-%d" % i)
    t.start()
    idents.append(t.ident)
    t.join()
print(sorted(seen.items()))
print(threading.main_thread().ident == _thread.get_ident(), None not in idents)

# A _thread.lock may be released by a thread that did not acquire it.
handoff = _thread.allocate_lock()
handoff.acquire()
t = threading.Thread(target=handoff.release)
t.start()
print("acquired after release by another thread:", handoff.acquire(timeout=10))
t.join()

# RLock: owned by one thread at a time.
r = threading.RLock()
order = []


def rlock_user(tag):
    with r:
        with r:
            order.append(tag)


with r:
    ts = [threading.Thread(target=rlock_user, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    time.sleep(0.05)
    order.append("main")
for t in ts:
    t.join()
print(order[0], sorted(order[1:]))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition: a bounded buffer, one producer and two consumers.
cond = threading.Condition()
items = []
done = []


def producer():
    for i in range(20):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        items.extend([None, None])
        cond.notify_all()


def consumer(got):
    while True:
        with cond:
            cond.wait_for(lambda: items)
            x = items.pop(0)
        if x is None:
            return
        got.append(x)


got1, got2 = [], []
cs = [threading.Thread(target=consumer, args=(g,)) for g in (got1, got2)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in cs:
    c.join()
print(sorted(got1 + got2) == list(range(20)))

# Event: workers wait until the main thread sets it.
ev = threading.Event()
woken = []


def waiter(i):
    if ev.wait(timeout=10):
        with lock:
            woken.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(sorted(woken), ev.is_set(), threading.Event().wait(0.01))

# Semaphore: at most two threads inside at once.
sem = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]


def limited():
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with lock:
            inside[0] -= 1


ss = [threading.Thread(target=limited) for _ in range(6)]
for s in ss:
    s.start()
for s in ss:
    s.join()
print("peak inside:", peak[0], "released too often:", end=" ")
try:
    sem.release()
except ValueError as e:
    print(e)

# Barrier: every party gets a distinct index.
barrier = threading.Barrier(3)
indexes = []


def party():
    i = barrier.wait(timeout=10)
    with lock:
        indexes.append(i)


bs = [threading.Thread(target=party) for _ in range(3)]
for b in bs:
    b.start()
for b in bs:
    b.join()
print(sorted(indexes), barrier.broken)

# Timer: runs once unless cancelled.
fired = []
t1 = threading.Timer(0.01, fired.append, args=("fired",))
t2 = threading.Timer(10, fired.append, args=("cancelled",))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired)
print(len(threading.enumerate()), threading.active_count())
