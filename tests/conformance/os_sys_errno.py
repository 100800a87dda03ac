import sys
for f in [lambda: sys.getfilesystemencoding(1), lambda: sys.getfilesystemencodeerrors(), lambda: sys.audit(), lambda: sys.audit(1),
          lambda: sys.audit('x', 1, 2), lambda: sys.audit(event='x'), lambda: 'posix' in sys.builtin_module_names, lambda: 'errno' in sys.builtin_module_names]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import errno
print(sorted(errno.errorcode.items())[:5], len(errno.errorcode), errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(sorted(n for n in dir(errno) if n.startswith('E')) == sorted(n for n in dir(errno) if n.startswith('E')))
print(len([n for n in dir(errno) if n.startswith('E')]))
