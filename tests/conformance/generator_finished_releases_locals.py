# A generator that finished lets go of its locals, also when it handled an
# exception on the way (a traceback made a frame object for it).
import gc, weakref

class Big:
    pass

def caught(o):
    try:
        raise IndexError
    except IndexError:
        return
    yield

def plain(o):
    yield 1

def in_handler(o):
    try:
        yield 1
    except IndexError:
        pass

def raising(o):
    yield 1
    raise ValueError("out")

for g in (caught, plain, in_handler, raising):
    o = Big()
    r = weakref.ref(o)
    it = g(o)
    try:
        list(it)
    except ValueError as e:
        err = e
    del o
    gc.collect()
    print(g.__name__, "locals alive:", r() is not None, it.gi_frame)

# The frame object a traceback holds keeps the locals while it lives.
def gen_with_local():
    secret = "kept by the traceback"
    raise KeyError("k")
    yield

try:
    list(gen_with_local())
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_locals, tb.tb_frame.f_code.co_name, tb.tb_lineno)
    print(tb.tb_frame.f_back)

# collections.abc.Sequence's iterator ends in `except IndexError: return`.
from collections import UserList
o = Big()
r = weakref.ref(o)
ul = UserList([o])
it = iter(ul)
list(it)
del o, ul
gc.collect()
print("UserList iterator keeps the list:", r() is not None)
