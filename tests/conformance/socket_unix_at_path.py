# An AF_UNIX socket bound to a file name beginning with '@' (not the
# abstract namespace, which a leading NUL byte names).
import os
import socket
import stat
import tempfile

old = os.getcwd()
d = tempfile.mkdtemp()
os.chdir(d)
try:
    with socket.socket(socket.AF_UNIX) as s:
        s.bind("@sock_test")
        print(s.getsockname())
        print(stat.S_ISSOCK(os.stat("@sock_test").st_mode))
        s.listen()
        with socket.socket(socket.AF_UNIX) as c:
            c.connect("@sock_test")
            print(c.getpeername())
    os.unlink("@sock_test")
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(b"\0pyjit-conformance-abstract-%d" % os.getpid())
        print(s.getsockname().startswith(b"\0pyjit-conformance-abstract-"))
finally:
    os.chdir(old)
    os.rmdir(d)
