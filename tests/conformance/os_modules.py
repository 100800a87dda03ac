# pwd, grp, resource and fcntl: lookups and their errors, limits and
# usage, descriptor flags, locks and ioctl's buffer forms.
import pwd, grp, resource, fcntl, os, getpass
print(pwd.getpwuid(0), grp.getgrgid(0).gr_name)
print(pwd.getpwnam('root').pw_dir, len(pwd.getpwall()) > 0, len(grp.getgrall()) > 0, type(pwd.getpwall()[0]).__name__)
for f, a in [(pwd.getpwuid, 99999), (pwd.getpwnam, 'nope'), (grp.getgrgid, 99999), (grp.getgrnam, 'nope'), (pwd.getpwuid, -5),
             (resource.getrlimit, 99), (resource.getrusage, 7), (pwd.getpwuid, 'x'), (grp.getgrgid, 'x'), (grp.getgrgid, 2**70)]:
    try: f(a)
    except Exception as e: print(repr(e))
try: resource.setrlimit(resource.RLIMIT_NOFILE, (1,))
except Exception as e: print(repr(e))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard)); print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(len(resource.getrlimit(resource.RLIMIT_STACK)), resource.getpagesize() % 4096, resource.RLIM_INFINITY, resource.error)
ru = resource.getrusage(resource.RUSAGE_SELF); print(type(ru).__name__, len(ru), ru.ru_maxrss > 0, isinstance(ru.ru_utime, float))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL); fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK); print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK != 0)
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
import tempfile
with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB); fcntl.flock(f, fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX); fcntl.lockf(f, fcntl.LOCK_UN)
import struct, termios
print(len(fcntl.ioctl(r, termios.FIONREAD, b"\0\0\0\0")))
os.write(w, b"abc"); buf = bytearray(4); print(fcntl.ioctl(r, termios.FIONREAD, buf), struct.unpack("i", buf))
for bad in [(r, fcntl.F_GETFL, b"x" * 1025), (999, fcntl.F_GETFL), (r, fcntl.F_GETFL, 1.5)]:
    try: fcntl.fcntl(*bad)
    except Exception as e: print(repr(e))
try: fcntl.flock(999, fcntl.LOCK_EX)
except Exception as e: print(repr(e))
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name, os.path.expanduser("~root"))
