# atexit functions run at exit, newest first, with their arguments; then
# objects still alive are finalized.
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalized", self.name)


def goodbye(who, punctuation="."):
    print("goodbye", who + punctuation)


class Failing:
    def __call__(self):
        raise ValueError("atexit failure")

    def __repr__(self):
        return "<Failing>"



def removed():
    print("never printed")


print("register returns the function:", atexit.register(goodbye, "world", punctuation="!") is goodbye)
atexit.register(goodbye, "again")
atexit.register(Failing())
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
try:
    atexit.register(42)
except TypeError as e:
    print("register(42):", e)
try:
    atexit.register()
except TypeError as e:
    print("register():", e)

first = Noisy("first")
second = Noisy("second")


def gen():
    try:
        yield 1
    finally:
        print("generator closed at exit")


g = gen()
next(g)
print("end of program")
