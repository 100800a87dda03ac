# Files left open are flushed when they die and at exit; opening files
# and importing tokenize do not import _pyio.
import io, os, sys, tempfile, gc, subprocess

d = tempfile.mkdtemp()
p1 = os.path.join(d, "a.txt")
p2 = os.path.join(d, "b.bin")

def write_and_drop():
    f = open(p1, "w", encoding="utf-8")
    f.write("dropped text")

write_and_drop()
gc.collect()
with open(p1, encoding="utf-8") as f:
    print(f.read())

print("_pyio" in sys.modules)
import tokenize, linecache
print("_pyio" in sys.modules)

child = f"""
import sys
g = open({p2!r}, "wb")
g.write(b"kept binary")
h = open({p1!r}, "a", encoding="utf-8")
h.write(" + more")
import io
class Log(io.TextIOWrapper):
    pass
k = Log(open({p1!r} + "3", "wb"), encoding="utf-8")
k.write("wrapped")
print("_pyio" in sys.modules)
"""
r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
print(r.returncode, r.stdout, r.stderr)
with open(p1, encoding="utf-8") as f:
    print(f.read())
with open(p2, "rb") as f:
    print(f.read())
with open(p1 + "3", encoding="utf-8") as f:
    print(f.read())
for p in [p1, p2, p1 + "3"]:
    os.remove(p)
os.rmdir(d)
