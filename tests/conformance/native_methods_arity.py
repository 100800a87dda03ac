# Methods of the native module types called with too few or too many
# arguments raise TypeError, as CPython's do.
import threading, weakref, contextvars, types, _thread, re, collections
class C:
    pass
c = C()
cases = [
    lambda: threading.RLock()._acquire_restore(),
    lambda: weakref.ref(c).__eq__(),
    lambda: contextvars.copy_context().__getitem__(),
    lambda: contextvars.copy_context().__contains__(),
    lambda: types.SimpleNamespace().__eq__(),
    lambda: types.SimpleNamespace.__new__(),
    lambda: _thread.RLock.__new__(),
    lambda: re.compile("a").__eq__(),
    lambda: re.match("a", "a").__getitem__(),
    lambda: collections.deque().index(),
    lambda: collections.deque().insert(),
    lambda: collections.deque().insert(1),
    lambda: collections.deque().insert(1, 2, 3),
    lambda: contextvars.ContextVar("v").get(1, 2),
    lambda: _thread.allocate_lock().locked(1),
]
for f in cases:
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
