# signal.alarm and the interval timers: a handler runs when the timer
# fires, alarm() returns the seconds left of the alarm it replaces, and
# setitimer/getitimer give (delay, interval) pairs.
import signal
import time

fired = []


def on_alarm(signum, frame):
    fired.append(signum == signal.SIGALRM)


old = signal.signal(signal.SIGALRM, on_alarm)
print(old == signal.SIG_DFL)
print(signal.alarm(0))
print(signal.alarm(5))
print(signal.alarm(0))

signal.setitimer(signal.ITIMER_REAL, 0.05)
deadline = time.monotonic() + 5
while not fired and time.monotonic() < deadline:
    time.sleep(0.01)
print("fired", fired)

print(signal.getitimer(signal.ITIMER_REAL))
delay, interval = signal.setitimer(signal.ITIMER_REAL, 10, 2)
print(delay, interval)
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < delay <= 10, interval)
print(signal.setitimer(signal.ITIMER_REAL, 0)[1])
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(issubclass(signal.ItimerError, OSError))
for bad in [(-1, 1.0), (signal.ITIMER_REAL, -1.0)]:
    try:
        signal.setitimer(*bad)
    except Exception as e:
        print(type(e).__name__, e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
