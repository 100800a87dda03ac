# co_filename is one str object per file, the same at each access, and
# follows _imp._fix_co_filename renaming the code and the code inside it.
import _imp, os, shutil, sys, tempfile

def f(): pass
def g(): pass

for _ in range(30):
    same = f.__code__.co_filename is f.__code__.co_filename
print(same, f.__code__.co_filename is g.__code__.co_filename)
print(sys._getframe().f_code.co_filename is f.__code__.co_filename)

d = tempfile.mkdtemp()
try:
    p = os.path.join(d, "m1.py")
    with open(p, "w") as fh:
        fh.write("def h():\n    def k(): pass\n    return k\n")
    with open(p) as fh:
        co = compile(fh.read(), "/old/name.py", "exec")
    h = [c for c in co.co_consts if hasattr(c, "co_filename")][0]
    inner = [c for c in h.co_consts if hasattr(c, "co_filename")]
    for _ in range(30):
        names = (co.co_filename, h.co_filename, inner[0].co_filename)
    print(names)
    _imp._fix_co_filename(co, p)
    print(co.co_filename == p, h.co_filename == p, inner[0].co_filename == p)
finally:
    shutil.rmtree(d)
