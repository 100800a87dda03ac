# A signal the process sends itself with os.kill runs its handler before
# os.kill returns, as in CPython: what the handler raises comes out of
# the call.
import os, signal
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
for i in range(20):
    os.kill(os.getpid(), signal.SIGUSR1)
    assert len(got) == i + 1, (i, got)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("interrupted in time")
else:
    print("late")
def h(s, f):
    raise ValueError("from handler")
signal.signal(signal.SIGUSR2, h)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    print("late")
except ValueError as e:
    print(e)
print(len(got))
