# _thread for one thread: locks, reentrant locks, identity; reprlib on it.
import _thread, reprlib
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
with l:
    print(l.locked())
print(l.locked())
r = _thread.RLock()
with r:
    with r:
        print(r._is_owned(), r._recursion_count(), repr(r).split(" at ")[0].replace(str(_thread.get_ident()), "ID"))
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print(e)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
class R:
    @reprlib.recursive_repr()
    def __repr__(self):
        return "R(" + repr(self.me) + ")"
o = R(); o.me = o
print(repr(o))
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread._count(), type(_thread.get_ident()).__name__)
