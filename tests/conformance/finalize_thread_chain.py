# A chain of objects with __del__ that a thread lets go of is finalized
# whole by gc.collect() on the main thread, each __del__ leaving a
# suspended generator with a finally block behind.
import gc
import threading


def gen():
    try:
        yield
    finally:
        pass


dels = []


class C(list):
    def __del__(self):
        dels.append(1)
        g = gen()
        next(g)


def make_nested():
    x = C()
    for i in range(30):
        x = [C([x])]
    del x


t = threading.Thread(target=make_nested)
t.start()
t.join()
gc.collect()
gc.collect()
print(len(dels), "of 31 finalized")
