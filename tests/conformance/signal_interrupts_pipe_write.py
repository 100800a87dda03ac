# A signal handler that raises stops a write blocked on a full pipe, and a
# partial os.write returns what it wrote.
import os
import signal


def handler(signum, frame):
    1 / 0


signal.signal(signal.SIGALRM, handler)
r, w = os.pipe()
wio = open(w, "wb", closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.3)
try:
    wio.write(b"xy" * (1 << 20))
except ZeroDivisionError:
    print("buffered write interrupted")
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)

r2, w2 = os.pipe()
os.write(w2, b"a" * 10)
print(len(os.read(r2, 100)))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done")
