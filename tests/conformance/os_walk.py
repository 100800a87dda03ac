import os
base = os.path.join('/tmp', 'pyjit_os_walk_%d' % os.getpid())
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'c'))
for p in ['a/f1', 'a/b/f2', 'top']:
    os.close(os.open(os.path.join(base, p), os.O_CREAT | os.O_WRONLY))
os.symlink('a', os.path.join(base, 'lnk'))
try:
    print(hasattr(os, 'fwalk'))
    out = []
    for root, dirs, files, rootfd in os.fwalk(base):
        dirs.sort()
        out.append((os.path.relpath(root, base), sorted(dirs), sorted(files), type(rootfd).__name__))
    print(out)
    out = []
    for root, dirs, files in os.walk(base, followlinks=True):
        dirs.sort()
        out.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    print(out)
    out = []
    for root, dirs, files in os.walk(os.fsencode(base), topdown=False):
        out.append((os.path.relpath(root, os.fsencode(base)), sorted(dirs), sorted(files)))
    print(sorted(out))
    errs = []
    print(list(os.walk(os.path.join(base, 'nope'), onerror=lambda e: errs.append((type(e).__name__, e.errno)))), errs)
    print(os.path.getmtime(base) > 0, os.path.lexists(os.path.join(base, 'lnk')), os.path.ismount('/'), os.path.ismount(base))
    print(os.path.relpath(os.path.join(base, 'a', 'b'), os.path.join(base, 'c')), os.path.commonpath([base + '/a', base + '/c']) == base)
    print(os.path.realpath(os.path.join(base, 'lnk', 'b')) == os.path.join(base, 'a', 'b'))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            (os.unlink if os.path.islink(p) else os.rmdir)(p)
    os.rmdir(base)
