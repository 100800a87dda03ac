# sys.stdout encodes with surrogateescape and sys.stderr with
# backslashreplace; print writes its pieces one by one.
import io
import sys
for s in ["a\ud800b", "\udcff", "x\udc80\udc81y", "\ud800\udfff", "\ud83d\ude00"]:
    try: print(s)
    except Exception as e: print(type(e).__name__, e)
    try: print(sys.stdout.write(s + "\n"))
    except Exception as e: print(type(e).__name__, e)
    print(s, file=sys.stderr)
    sys.stderr.flush()
print(sys.stdout.errors, sys.stderr.errors, sys.stdout.encoding)
try: print("ok", "\ud800", sep="|")
except UnicodeEncodeError as e: print(e.start, e.end, e.reason, e.encoding)
class W:
    def __init__(self): self.calls = []
    def write(self, s): self.calls.append(s)
w = W()
print(1, "a", None, sep="--", end="!\n", file=w)
print(file=w)
print("x", file=w, end="")
print(w.calls)
b = io.StringIO()
print(1, 2, file=b)
print(repr(b.getvalue()))
