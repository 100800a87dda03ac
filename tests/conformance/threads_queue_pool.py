# Worker threads with queue.Queue and concurrent.futures.ThreadPoolExecutor.
import queue
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

# Producers and consumers through a bounded queue.
q = queue.Queue(maxsize=3)
out = queue.Queue()


def produce(base):
    for i in range(10):
        q.put(base + i)


def consume():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        out.put(x * 2)
        q.task_done()


consumers = [threading.Thread(target=consume) for _ in range(3)]
producers = [threading.Thread(target=produce, args=(b,)) for b in (0, 100)]
for t in consumers + producers:
    t.start()
for p in producers:
    p.join()
q.join()
for _ in consumers:
    q.put(None)
for c in consumers:
    c.join()
values = []
while not out.empty():
    values.append(out.get_nowait())
print(len(values), sum(values), sorted(values)[:5])
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty")

# LifoQueue and PriorityQueue between two threads.
pq = queue.PriorityQueue()
t = threading.Thread(target=lambda: [pq.put((p, "job%d" % p)) for p in (5, 1, 3)])
t.start()
t.join()
print([pq.get()[1] for _ in range(3)])

# A thread pool: map keeps the order, submit returns futures.
def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(12))))
    futures = [ex.submit(sum, range(n)) for n in (10, 100, 1000)]
    print(sorted(f.result() for f in as_completed(futures)))
    bad = ex.submit(lambda: 1 / 0)
    done, not_done = wait([bad])
    print(len(done), len(not_done), type(bad.exception()).__name__)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("result raised:", e)
    names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(8)))
    print(names)
print(threading.active_count())

# Nested pools and a simple queue.
sq = queue.SimpleQueue()
with ThreadPoolExecutor(2) as outer:
    def job(i):
        with ThreadPoolExecutor(2) as inner:
            return sum(inner.map(square, range(i)))
    print(list(outer.map(job, range(5))))
    outer.submit(sq.put, "from a worker").result()
print(sq.get(), sq.empty())
