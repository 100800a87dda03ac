import os
for f in [lambda: os.DirEntry.is_dir(5), lambda: os.stat_result.__new__(5), lambda: os.stat_result.__new__(int), lambda: os.DirEntry(),
          lambda: os.DirEntry.name.__get__(3), lambda: os.stat_result.st_mode.__get__(3),
          lambda: os.stat_result.st_atime.__get__((1,)), lambda: type(os.scandir('/'))()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import os
it = os.scandir('/')
e = next(it)
st = os.stat('/')
for f in [lambda: it[0], lambda: e[0], lambda: e + 1, lambda: st.foo, lambda: e.foo, lambda: len(e), lambda: os.terminal_size.x,
          lambda: (type(e).__name__, type(e).__qualname__, type(e).__module__, repr(type(e)), repr(type(it)), type(st).__name__, repr(type(st)))]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
it.close()
