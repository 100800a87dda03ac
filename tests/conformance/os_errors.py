import os, errno, stat

base = os.path.join('/tmp', 'pyjit_os_errors_%d' % os.getpid())
os.mkdir(base)

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

class Bad:
    def __fspath__(self):
        return 42

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', type(r).__name__)
    except OSError as e:
        fn = e.filename
        if isinstance(fn, (str, bytes)):
            fn = fn.replace(base, '<base>') if isinstance(fn, str) else fn.replace(os.fsencode(base), b'<base>')
        fn2 = e.filename2
        if isinstance(fn2, str):
            fn2 = fn2.replace(base, '<base>')
        print(type(e).__name__, e.errno, e.strerror, repr(fn), repr(fn2), errno.errorcode.get(e.errno), e.args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

missing = os.path.join(base, 'missing')
try:
    show(os.stat, missing)
    show(os.lstat, missing)
    show(os.stat, os.fsencode(missing))
    show(os.listdir, missing)
    show(os.scandir, missing)
    show(os.open, missing, os.O_RDONLY)
    show(os.unlink, missing)
    show(os.remove, missing)
    show(os.rmdir, missing)
    show(os.rename, missing, missing + '2')
    show(os.replace, missing, missing + '2')
    show(os.readlink, missing)
    show(os.chdir, missing)
    show(os.chmod, missing, 0o644)
    show(os.utime, missing)
    show(os.mkdir, base)
    show(os.rmdir, '/tmp' if False else base + '/..' if False else base + '/.')
    f = os.path.join(base, 'file')
    os.close(os.open(f, os.O_CREAT | os.O_WRONLY))
    show(os.listdir, f)
    show(os.mkdir, os.path.join(f, 'x'))
    show(os.stat, os.path.join(f, 'x'))
    show(os.readlink, f)
    show(os.open, f, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    show(os.open, base, os.O_WRONLY)
    show(os.rmdir, f)
    show(os.unlink, base)
    show(os.symlink, f, f)
    show(os.stat, P(missing))
    show(os.stat, Bad())
    show(os.stat, 3.5)
    show(os.stat, None)
    show(os.listdir, 3.5)
    show(os.lstat, 3)
    show(os.stat, 'a\0b')
    show(os.open, 'a\0b', 0)
    show(os.close, 9999)
    show(os.read, 9999, 10)
    show(os.write, 9999, b'x')
    show(os.fstat, 9999)
    show(os.lseek, 9999, 0, 0)
    show(os.read, 0, -1)
    show(os.write, 1, 'str')
    show(os.fspath, 3)
    show(os.fspath, Bad())
    print(os.fspath(P('x')), os.fspath(b'y'), os.fspath('z'))
    show(os.rename, b'a', 'b')
    show(os.stat, missing, dir_fd='x')
    show(os.urandom, -1)
    print(len(os.urandom(16)), type(os.urandom(0)))
    for n in (0, 1, 2, 13, 17, 21, 110, 1000, -5):
        print(n, repr(os.strerror(n)))
    print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[2], errno.EWOULDBLOCK == errno.EAGAIN, len(errno.errorcode) > 100)
    print(os.error is OSError)
    print(os.WIFEXITED(0), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f))
    print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
    show(os.waitstatus_to_exitcode, 0x137f)
    print(os.access(missing, os.F_OK))
    show(os.stat)
    show(os.stat, missing, bogus=1)
    show(os.open, missing)
    show(os.strerror, 'x')
    show(os.putenv, 'A=B', 'x')
    show(os.putenv, '', 'x')
    show(os.putenv, 'A\0', 'x')
    show(os.putenv, 1, 'x')
finally:
    for n in os.listdir(base):
        os.unlink(os.path.join(base, n))
    os.rmdir(base)
