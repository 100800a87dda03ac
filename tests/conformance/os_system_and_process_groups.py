# os.system runs a command under /bin/sh and returns its wait status;
# process groups and scheduling.
import os

for a in [1, None, b"true", "true"]:
    try:
        print(repr(a), os.system(a))
    except Exception as e:
        print(repr(a), type(e).__name__, e)
print(os.system("exit 3"), os.system("kill -TERM $$"))
try:
    os.system()
except TypeError as e:
    print(e)
try:
    os.system("a\0b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    os.system(command="true", x=1)
except TypeError as e:
    print(e)
import tempfile
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "out")
    print(os.system("echo from the shell > '%s'; echo $((6*7)) >> '%s'" % (out, out)))
    with open(out) as f:
        print(f.read().split())
print(os.waitstatus_to_exitcode(os.system("exit 5")))
affinity = os.sched_getaffinity(0)
print(type(affinity).__name__, len(affinity) >= 1, all(isinstance(c, int) for c in affinity))
os.sync()
print(os.nice(0) >= 0)
try:
    os.killpg(-1, 0)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.setpgid(999999, 0)
except OSError as e:
    print(type(e).__name__, e.errno)
