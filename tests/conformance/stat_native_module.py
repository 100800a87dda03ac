# The _stat module: stat.py's constants and functions over a mode.
import _stat, stat, sys
print(sorted(n for n in dir(_stat) if not n.startswith('__')) == sorted(n for n in dir(_stat) if not n.startswith('__')))
for a in [-1, 2**40, 2**32, 2**70, -2**70, 1.5, 'x', True, 0o40755]:
    try: print(repr(a), _stat.S_ISDIR(a), _stat.S_IMODE(a), _stat.S_IFMT(a))
    except Exception as e: print(repr(a), type(e).__name__, e)
for m in [0o40755, 0o170777, 0o100644, 0o104755, 0o102644, 0o101644, 0o100000, 0o20666, 0o60660, 0o10644, 0o120777, 0o140755, 0o7777, 0o107777]:
    print(oct(m), _stat.filemode(m), stat.filemode(m), [f for f in ('S_ISDIR','S_ISCHR','S_ISBLK','S_ISREG','S_ISFIFO','S_ISLNK','S_ISSOCK','S_ISDOOR','S_ISPORT','S_ISWHT') if getattr(_stat, f)(m)])
for bad in [(), (1, 2)]:
    try: _stat.S_ISDIR(*bad)
    except TypeError as e: print(e)
print(stat.S_ISDIR is _stat.S_ISDIR, '_stat' in sys.builtin_module_names, _stat)
print(sorted((n, getattr(_stat, n)) for n in dir(_stat) if n.isupper() or n[:2] in ('S_', 'UF', 'SF', 'ST') and not callable(getattr(_stat, n))))
