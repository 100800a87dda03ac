import os, stat

base = os.path.join('/tmp', 'pyjit_os_more_%d' % os.getpid())
os.mkdir(base)

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

try:
    f = os.path.join(base, 'f')
    fd = os.open(f, os.O_CREAT | os.O_RDWR, 0o644)
    os.link(f, os.path.join(base, 'hard'))
    print(os.stat(f).st_nlink, os.path.samefile(f, os.path.join(base, 'hard')), sorted(os.listdir(base)))
    show(os.link, f, os.path.join(base, 'hard'))
    show(os.link, os.path.join(base, 'nope'), os.path.join(base, 'x'))
    st = os.stat(f)
    os.chown(f, st.st_uid, st.st_gid)
    os.chown(f, -1, -1)
    os.lchown(f, -1, -1)
    os.fchown(fd, -1, -1)
    show(os.chown, os.path.join(base, 'nope'), -1, -1)
    os.fchmod(fd, 0o640)
    print(oct(stat.S_IMODE(os.stat(f).st_mode)))
    os.fsync(fd)
    os.fsync(F(fd))
    os.fdatasync(F(fd))
    show(os.fsync, 'x')
    show(os.fsync, F(-1))
    print(os.get_inheritable(fd), os.get_blocking(fd))
    os.set_inheritable(fd, True)
    os.set_blocking(fd, False)
    print(os.get_inheritable(fd), os.get_blocking(fd))
    os.set_inheritable(fd, False)
    os.set_blocking(fd, True)
    print(os.get_inheritable(fd), os.get_blocking(fd))
    r, w = os.pipe()
    print(os.get_inheritable(r), os.write(w, b'through the pipe'), os.read(r, 100))
    fd3 = os.dup2(r, 200)
    print(fd3, os.get_inheritable(200), os.dup2(w, 201, inheritable=False), os.get_inheritable(201))
    print(os.dup2(200, 200))
    os.closerange(200, 202)
    show(os.fstat, 200)
    os.close(r)
    os.close(w)
    os.close(fd)
    print(os.major(0x12345678abc), os.minor(0x12345678abc), os.makedev(5, 7), os.major(os.makedev(8, 1)))
    show(os.major, -1)
    show(os.major, 1.0)
    show(os.get_inheritable, 9999)
finally:
    for n in os.listdir(base):
        os.unlink(os.path.join(base, n))
    os.rmdir(base)
