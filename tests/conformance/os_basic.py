import os, stat, errno, sys

base = os.path.join('/tmp', 'pyjit_os_basic_%d' % os.getpid())
os.mkdir(base)
try:
    print(os.name, os.sep, os.curdir, os.pardir, os.linesep == '\n', os.devnull)
    print(os.path.join('a', 'b', 'c'), os.path.split('/x/y/z.txt'), os.path.splitext('f.tar.gz'))
    print(os.path.basename('/a/b'), os.path.dirname('/a/b'), os.path.normpath('/a/./b/../c'))
    print(os.path.isabs('/a'), os.path.isabs('a'), os.path.abspath(base) == base)
    p = os.path.join(base, 'f.txt')
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.write(fd, b'hello world\n'), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
    st = os.fstat(fd)
    print(st.st_size, stat.S_ISREG(st.st_mode), os.isatty(fd))
    os.close(fd)
    st = os.stat(p)
    print(type(st).__name__, len(st), st.st_size, st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
    print(type(st.st_atime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
    print(st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
    print(stat.S_IMODE(st.st_mode) == 0o644 & ~0 or True, oct(stat.S_IMODE(os.stat(base).st_mode) & 0o700))
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.isdir(base), os.path.getsize(p))
    os.mkdir(os.path.join(base, 'sub'))
    open_names = []
    for n in ['b.txt', 'a.txt']:
        fd = os.open(os.path.join(base, 'sub', n), os.O_WRONLY | os.O_CREAT, 0o600)
        os.write(fd, n.encode() * 3)
        os.close(fd)
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'sub'))))
    print(sorted(os.listdir(os.fsencode(base))))
    with os.scandir(base) as it:
        ents = sorted(it, key=lambda e: e.name)
    for e in ents:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.stat().st_size if e.is_file() else '-', e.inode() == os.stat(e.path).st_ino, os.fspath(e) == e.path)
    os.symlink('f.txt', os.path.join(base, 'link'))
    print(os.readlink(os.path.join(base, 'link')), os.path.islink(os.path.join(base, 'link')), os.path.realpath(os.path.join(base, 'link')) == p)
    ents = {e.name: e for e in os.scandir(base)}
    e = ents['link']
    print(e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False), stat.S_ISLNK(e.stat(follow_symlinks=False).st_mode))
    print(stat.S_ISLNK(os.lstat(os.path.join(base, 'link')).st_mode), stat.S_ISREG(os.stat(os.path.join(base, 'link')).st_mode))
    os.rename(p, os.path.join(base, 'g.txt'))
    os.replace(os.path.join(base, 'g.txt'), os.path.join(base, 'h.txt'))
    print(sorted(os.listdir(base)))
    print(os.access(base, os.F_OK), os.access(os.path.join(base, 'nope'), os.F_OK), os.access(base, os.W_OK | os.R_OK))
    os.chmod(os.path.join(base, 'h.txt'), 0o600)
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, 'h.txt')).st_mode)))
    os.utime(os.path.join(base, 'h.txt'), (1000000000, 1500000000))
    st = os.stat(os.path.join(base, 'h.txt'))
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st[7], st[8])
    os.utime(os.path.join(base, 'h.txt'), ns=(1234567891234567891, 5))
    st = os.stat(os.path.join(base, 'h.txt'))
    print(st.st_atime_ns, st.st_mtime_ns, st.st_atime)
    cwd = os.getcwd()
    os.chdir(base)
    print(os.getcwd() == base, os.getcwdb() == os.fsencode(base), sorted(os.listdir()))
    print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir('.')))
    os.chdir(cwd)
    os.makedirs(os.path.join(base, 'x', 'y', 'z'))
    os.makedirs(os.path.join(base, 'x', 'y', 'z'), exist_ok=True)
    tree = []
    for root, dirs, files in os.walk(base):
        dirs.sort()
        tree.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    print(tree)
    os.removedirs(os.path.join(base, 'x', 'y', 'z'))
    print(sorted(os.listdir(base)))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
