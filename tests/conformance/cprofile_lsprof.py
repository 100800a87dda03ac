# cProfile over _lsprof: call counts, recursive calls, per-caller figures
# and times from a deterministic timer, builtins named as CPython names
# them, and the profiler's own enable/disable/clear/getstats.
import _lsprof
import cProfile
import io
import os
import pstats
import sys

ticks = 0


def timer():
    global ticks
    ticks += 1
    return ticks


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    items = []
    for i in range(4):
        items.append(fib(6))
    items.sort()
    return len(items), max(items), "-".join(map(str, items))


def name(code):
    if isinstance(code, str):
        return code
    return "%s:%d(%s)" % (os.path.basename(code.co_filename), code.co_firstlineno, code.co_name)


pr = cProfile.Profile(timer, 1.0)
pr.enable()
work()
pr.disable()
for e in sorted(pr.getstats(), key=lambda e: name(e.code)):
    print(name(e.code), e.callcount, e.reccallcount, e.totaltime, e.inlinetime)
    for s in sorted(e.calls or [], key=lambda s: name(s.code)):
        print("   ", name(s.code), s.callcount, s.reccallcount, s.totaltime, s.inlinetime)

out = io.StringIO()
stats = pstats.Stats(pr, stream=out)
stats.sort_stats("calls", "name").print_stats()
for line in out.getvalue().splitlines():
    if "function calls" in line or "fib" in line:
        print(line.replace(os.path.dirname(__file__) + os.sep, ""))

# Without subcalls or builtins.
pr = _lsprof.Profiler(timer, 1.0, subcalls=False, builtins=False)
pr.enable()
work()
pr.disable()
pr.enable(builtins=True)
len("")
pr.disable()
print(sorted((name(e.code), e.callcount, e.calls) for e in pr.getstats()))
pr.clear()
print(pr.getstats())

# The profiler is the profile function while enabled; a context manager.
with cProfile.Profile() as p:
    print(type(sys.getprofile()).__name__, sys.getprofile() is p)
print(sys.getprofile())
print(type(p.getstats()[0]).__name__, _lsprof.profiler_entry.n_sequence_fields, _lsprof.profiler_subentry.n_fields)
print(repr(_lsprof.Profiler.enable), _lsprof.Profiler.__module__)
for bad in [lambda: _lsprof.Profiler(1, 2, 3, 4, 5), lambda: _lsprof.Profiler(timeunit="x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
