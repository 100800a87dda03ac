# A thread that joins the main thread is released when the main thread
# ends: threading's shutdown releases the main thread's lock and finds it
# unlocked (a release frees a lock for the waiter to take; it does not hand
# it over), then waits for the thread, which prints last.
import sys
import threading
import time


def joiningfunc(mainthread):
    mainthread.join()
    print("end of thread", mainthread.is_alive())
    sys.stdout.flush()


lock = threading.Lock()
lock.acquire()
waiter = threading.Thread(target=lambda: (lock.acquire(), lock.release()))
waiter.start()
time.sleep(0.05)
lock.release()
waiter.join()
print("lock free after the waiter:", not lock.locked())

t = threading.Thread(target=joiningfunc, args=(threading.current_thread(),))
t.start()
time.sleep(0.1)
print("end of main")
