# __del__ and generator finalization made due by gc.collect(), the gc
# module's interface, and sys.unraisablehook for exceptions finalizers raise.
import gc
import sys

log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def report(label):
    gc.collect()
    print(label, sorted(log))
    log.clear()


# An object whose last reference is dropped.
t = Tracked("global")
del t
report("del global:")

# Locals of a function that returned.
def make_locals():
    a = Tracked("local-a")
    b = Tracked("local-b")
    return a.name + b.name

make_locals()
report("function locals:")

# Objects only a dropped container refers to.
def make_list():
    return [Tracked("item-%d" % i) for i in range(4)]

items = make_list()
items = None
report("list items:")

# A chain: the inner object is finalized once the outer one is gone.
def make_chain():
    outer = Tracked("outer")
    outer.inner = Tracked("inner")
    return None

make_chain()
report("chain:")

# An object still referenced is not finalized.
kept = Tracked("kept")
report("nothing while referenced:")

# A subclass inherits __del__; a class given __del__ after the fact
# finalizes its later instances.
class Sub(Tracked):
    pass

class Late:
    pass

def later(self):
    log.append("late")

Late.__del__ = later

def make_more():
    Sub("sub")
    Late()

make_more()
report("inherited and assigned:")

# __del__ runs once, even for an object it resurrects.
saved = []

class Phoenix:
    calls = 0

    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)

def make_phoenix():
    Phoenix()

make_phoenix()
gc.collect()
print("resurrected:", len(saved), "calls:", Phoenix.calls)
saved.clear()
gc.collect()
print("calls after second drop:", Phoenix.calls)

# A suspended generator inside try/finally or with is closed when dropped.
class Resource:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, *exc):
        log.append("exit %s" % (exc[0].__name__ if exc[0] else None))
        return False

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")

def gen_with():
    with Resource():
        yield 1
        yield 2

def gen_except():
    try:
        yield 1
    except GeneratorExit:
        log.append("GeneratorExit")
        raise

def start_generators():
    for make in (gen_finally, gen_with, gen_except):
        g = make()
        next(g)

start_generators()
report("dropped generators:")

# A generator that was never started or has finished runs nothing.
def unused_generators():
    g = gen_finally()
    h = gen_finally()
    list(h)
    log.clear()

unused_generators()
report("unstarted and finished:")

# Exceptions raised by finalizers go to sys.unraisablehook.
class Bad:
    def __del__(self):
        raise ValueError("from __del__")

def bad_gen():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

def ignoring_gen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass

seen = []

def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.err_msg,
                 type(args.object).__name__, args.exc_traceback is not None))

def make_bad():
    Bad()
    g = bad_gen()
    next(g)
    h = ignoring_gen()
    next(h)

sys.unraisablehook = hook
make_bad()
gc.collect()
for s in sorted(seen):
    print("unraisable:", s)
sys.unraisablehook = sys.__unraisablehook__
print("default hook restored:", sys.unraisablehook is sys.__unraisablehook__)

# gc's interface.
print("isenabled:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
old = gc.get_threshold()
print("threshold:", old)
gc.set_threshold(100, 5)
print("set threshold:", gc.get_threshold())
gc.set_threshold(*old)
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("collect(%d):" % bad, e)
print("collect(0) returns an int:", type(gc.collect(0)).__name__)
print("collect(generation=1):", type(gc.collect(generation=1)).__name__)
try:
    gc.collect(1.5)
except TypeError as e:
    print("collect(1.5):", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("set_threshold():", e)
print("constants:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("garbage:", gc.garbage)
print("is_tracked:", [gc.is_tracked(x) for x in (1, 1.5, "s", None, [], {}, Tracked("x"))])
log.clear()

phases = []

def callback(phase, info):
    phases.append((phase, sorted(info)))

gc.callbacks.append(callback)
gc.collect()
gc.callbacks.remove(callback)
print("callbacks:", phases)
print("stats:", [sorted(s) for s in gc.get_stats()])
print("freeze count:", gc.get_freeze_count())
