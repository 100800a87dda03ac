import os
for f in [lambda: os.DirEntry.is_dir(5), lambda: os.stat_result.__new__(5), lambda: os.stat_result.__new__(int), lambda: os.DirEntry(),
          lambda: os.DirEntry.name.__get__(3), lambda: os.stat_result.st_mode.__get__(3),
          lambda: os.stat_result.st_atime.__get__((1,)), lambda: type(os.scandir('/'))()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
