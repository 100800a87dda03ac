# yield from a non-generator iterator: an error other than AttributeError
# from looking up its send or throw propagates; one from looking up close
# is reported as unraisable and the close goes on. The delegating
# generator is running (gi_running) while its delegate closes or throws.
import sys


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __getattr__(self, attr):
        1 / 0


def g():
    yield from Broken()


keep = []  # the generators stay alive: no close when they die
gi = g()
keep.append(gi)
print(next(gi))
try:
    gi.send(1)
except ZeroDivisionError as e:
    print("send:", e)
gi = g()
keep.append(gi)
next(gi)
try:
    gi.throw(KeyError)
except ZeroDivisionError as e:
    print("throw:", e)
seen = []
sys.unraisablehook = lambda u: seen.append(type(u.exc_value).__name__)
gi = g()
keep.append(gi)
next(gi)
gi.close()
print("close:", seen)


class It:
    def __iter__(self):
        return self

    def __next__(self):
        return 42

    def close(self):
        print("close: running", g1.gi_running)
        try:
            next(g1)
        except ValueError as e:
            print("close:", e)

    def throw(self, *args):
        print("throw: running", g1.gi_running)
        return 7


def one():
    yield from It()


g1 = one()
next(g1)
print(g1.throw(KeyError))
g1.close()
print(g1.gi_running)
