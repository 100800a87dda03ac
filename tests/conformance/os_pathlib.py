import os, pathlib, glob, shutil, fnmatch

base = pathlib.Path('/tmp') / ('pyjit_os_pathlib_%d' % os.getpid())
base.mkdir()

def touch(p, data=b''):
    fd = os.open(p, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)

try:
    (base / 'a' / 'deep').mkdir(parents=True)
    touch(base / 'a' / 'x.txt', b'hello')
    touch(base / 'a' / 'deep' / 'y.py', b'print(1)\n')
    (base / 'b.py').touch()
    (base / 'lnk').symlink_to('a')
    print(sorted(p.name for p in base.iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.rglob('*')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('*/*.txt')))
    print(sorted(os.path.relpath(p, base) for p in glob.glob(str(base / '**'), recursive=True)))
    print(sorted(os.path.relpath(p, base) for p in glob.glob(str(base / '*.py'))), glob.has_magic('a*'))
    b = base / 'b.py'
    print(b.exists(), b.is_file(), (base / 'a').is_dir(), b.suffix, b.stat().st_size, (base / 'a' / 'x.txt').stat().st_size)
    print((base / 'lnk').is_symlink(), (base / 'lnk').resolve() == (base / 'a').resolve(), (base / 'lnk' / 'x.txt').exists())
    print(os.readlink(base / 'lnk'), (base / 'nope').exists(), base.joinpath('a', 'x.txt').is_file())
    (base / 'b.py').rename(base / 'c.py')
    (base / 'c.py').replace(base / 'd.py')
    print(sorted(p.name for p in base.iterdir()))
    (base / 'd.py').unlink()
    try:
        (base / 'd.py').unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename == str(base / 'd.py'))
    (base / 'd.py').unlink(missing_ok=True)
    print(shutil.which('sh') is not None, shutil.which('no-such-program-pyjit'))
    print(shutil.disk_usage('/').total > 0, shutil.get_terminal_size((80, 24)))
    print(fnmatch.filter(sorted(os.listdir(base / 'a')), '*.txt'))
    print(oct((base / 'a' / 'x.txt').stat().st_mode & 0o777))
    (base / 'a' / 'x.txt').chmod(0o600)
    print(oct((base / 'a' / 'x.txt').stat().st_mode & 0o777))
finally:
    shutil.rmtree(base)
print(base.exists())
