import os
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
show(os.stat, 0, follow_symlinks=False)
show(os.stat, 0, dir_fd=0)
show(os.chmod, 9999, 0o600, follow_symlinks=False)
show(os.chmod, '/nonexistent-x', 0o600, follow_symlinks=False)
show(os.utime, 0, dir_fd=1)
show(os.utime, 0, follow_symlinks=False)
show(os.access, 0, os.F_OK)
show(os.listdir, 9999)
show(os.scandir, 9999)
show(os.chdir, 9999)
print(os.cpu_count() == len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else True)
import stat
base = os.path.join('/tmp', 'pyjit_os_fdargs_%d' % os.getpid())
os.mkdir(base)
try:
    f = os.path.join(base, 'f')
    os.close(os.open(f, os.O_CREAT | os.O_WRONLY, 0o644))
    os.symlink('f', os.path.join(base, 'l'))
    show(os.chmod, f, 0o600, follow_symlinks=False)
    print(oct(stat.S_IMODE(os.stat(f).st_mode)))
    show(os.chmod, os.path.join(base, 'l'), 0o600, follow_symlinks=False)
    show(os.utime, os.path.join(base, 'l'), (1, 2), follow_symlinks=False)
    print(os.lstat(os.path.join(base, 'l')).st_mtime, os.stat(f).st_mtime != 2)
    show(os.access, os.path.join(base, 'l'), os.F_OK, follow_symlinks=False)
    show(os.access, f, os.W_OK, effective_ids=True)
finally:
    for n in os.listdir(base):
        os.unlink(os.path.join(base, n))
    os.rmdir(base)
