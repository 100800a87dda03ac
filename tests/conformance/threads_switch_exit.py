# The GIL is handed over between threads that never block, signals reach
# the main thread only, and at exit the interpreter waits for the threads
# that are not daemons (daemon threads are left behind).
import _thread
import atexit
import signal
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)

# Two busy threads that only finish if the other one runs meanwhile.
flags = {"a": False, "b": False}


def spin(mine, other):
    flags[mine] = True
    while not flags[other]:
        pass


a = threading.Thread(target=spin, args=("a", "b"))
b = threading.Thread(target=spin, args=("b", "a"))
a.start()
b.start()
a.join()
b.join()
print("both spinners saw each other")

# The main thread spins while a worker needs the GIL to finish.
finished = []
w = threading.Thread(target=lambda: finished.append(sum(range(100000))))
w.start()
while not finished:
    pass
w.join()
print(finished)

# interrupt_main from a thread raises KeyboardInterrupt in the main thread.
def interrupter():
    time.sleep(0.02)
    _thread.interrupt_main()


t = threading.Thread(target=interrupter)
t.start()
try:
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("KeyboardInterrupt in", threading.current_thread().name)
t.join()

# A signal handler runs in the main thread even when a thread raised it.
handled = []
old = signal.signal(signal.SIGUSR1, lambda sig, frame: handled.append(threading.current_thread().name))
t = threading.Thread(target=signal.raise_signal, args=(signal.SIGUSR1,))
t.start()
t.join()
while not handled:
    time.sleep(0.001)
signal.signal(signal.SIGUSR1, old)
print("handler ran in", handled)

# signal.signal works in the main thread only.
def set_handler():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        print("ValueError:", e)


t = threading.Thread(target=set_handler)
t.start()
t.join()

atexit.register(print, "atexit runs after the threads were joined")


main_done = threading.Event()


def slow_worker():
    main_done.wait()
    time.sleep(0.05)
    print("non-daemon thread finished before exit")


def forever():
    while True:
        time.sleep(0.01)


def spinning_daemon():
    while True:
        pass


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=spinning_daemon, daemon=True).start()
threading.Thread(target=slow_worker).start()
print("main thread done")
main_done.set()
