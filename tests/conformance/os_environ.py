import os, sys, copy

key = 'PYJIT_OS_ENV_TEST_%d' % os.getpid()
print(key in os.environ, os.getenv(key), os.getenv(key, 'dflt'))
os.environ[key] = 'value one'
print(os.environ[key], os.getenv(key), os.environb[os.fsencode(key)])
import posix
print(posix.environ.get(os.fsencode(key)))
os.putenv(key + '_P', 'p')
print((key + '_P') in os.environ)
os.environ[key] = 'changed'
print(os.environ.get(key), key in os.environ)
del os.environ[key]
print(key in os.environ, os.environ.get(key))
try:
    os.environ[key]
except KeyError as e:
    print('KeyError', e.args[0] == key)
os.unsetenv(key + '_P')
print(type(os.environ).__name__, all(isinstance(k, str) for k in os.environ))
print(all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in posix.environ.items()))
print('PATH' in os.environ, os.environ.get('PATH') == os.environb.get(b'PATH', b'').decode())
print(isinstance(os.get_exec_path(), list))
e = os.environ.copy()
print(type(e).__name__)
try:
    os.environ[1] = 'x'
except TypeError as ex:
    print('TypeError', ex)
try:
    os.environ['x'] = 1
except TypeError as ex:
    print('TypeError', ex)

# struct sequences
st = os.stat('/')
print(type(st), os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__)
print(isinstance(st, tuple), len(st), st[0] == st.st_mode, st[-1] == st.st_ctime // 1 or True)
print(tuple(st) == st[:], type(st[:]).__name__)
r = os.stat_result(range(10))
print(r, r.st_atime, r.st_blksize, r[7])
r = os.stat_result(tuple(range(10)), {'st_atime': 1.5, 'st_rdev': 9})
print(r.st_atime, r.st_rdev, r.st_mtime)
for bad in [(1, 2), tuple(range(20))]:
    try:
        os.stat_result(bad)
    except TypeError as ex:
        print('TypeError', ex)
try:
    os.stat_result(5)
except TypeError as ex:
    print('TypeError', ex)
red = st.__reduce__()
print(red[0] is os.stat_result, sorted(red[1][1]))
p = copy.copy(st)
print(p == st, p.st_atime_ns == st.st_atime_ns, p.st_blocks == st.st_blocks)
try:
    st.st_mode = 1
except AttributeError as ex:
    print('AttributeError')
try:
    class S(os.stat_result): pass
except TypeError as ex:
    print('TypeError', ex)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, os.terminal_size.n_fields)
try:
    os.terminal_size((1, 2, 3))
except TypeError as ex:
    print('TypeError', ex)
try:
    os.get_terminal_size(sys.stdout.fileno())
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex.strerror)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, all(isinstance(x, str) for x in u), u[0] == u.sysname)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed == t[4])
print(type(os.cpu_count()).__name__, os.getpid() == os.getpid(), type(os.getppid()).__name__)
print(type(os.getuid()).__name__, os.geteuid() == os.getuid() or True, type(os.getgid()).__name__)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.device_encoding(os.open(os.devnull, os.O_RDONLY)))
fd = os.open(os.devnull, os.O_RDONLY)
print(os.isatty(fd), os.read(fd, 10))
os.close(fd)
print(os.supports_bytes_environ, os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.fsencode('a\udcffb'), os.fsdecode(b'a\xffb') == 'a\udcffb')
print(os.path.expanduser('~') == os.environ.get('HOME', os.path.expanduser('~')))
