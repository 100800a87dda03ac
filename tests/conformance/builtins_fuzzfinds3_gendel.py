# A generator's __del__ closes it; what the closing raises is reported
# on sys.stderr as an unraisable exception, not raised.
import io
import sys


def g():
    try:
        yield 1
    finally:
        raise ValueError("fin")


def h():
    try:
        yield 1
    finally:
        yield 2


def quiet():
    try:
        yield 1
    finally:
        print("quiet finally")


def scrub(text):
    # Addresses and the path of this file vary from run to run.
    out = text.replace(__file__, "FILE")
    while " at 0x" in out:
        i = out.index(" at 0x") + 4
        j = out.index(">", i)
        out = out[:i] + "ADDR" + out[j:]
    return out


def report(gen):
    next(gen)
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        r = gen.__del__()
    finally:
        text, sys.stderr = sys.stderr.getvalue(), old
    print("returned", r)
    print(scrub(text), end="")
    print("closed", gen.gi_frame is None)


report(g())
report(h())
report(quiet())
fresh = g()
print(fresh.__del__(), "unstarted")
