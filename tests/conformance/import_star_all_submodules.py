# "from pkg import *" imports the submodules the package's __all__ names,
# as importlib's _handle_fromlist; fromlist items must be str.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
sys.path.insert(0, d)
os.mkdir(os.path.join(d, "starpkg"))
with open(os.path.join(d, "starpkg", "__init__.py"), "w") as f:
    f.write("__all__ = ['spam', 'ham', 'CONST']\nCONST = 1\n")
for sub in ("spam", "ham", "eggs"):
    with open(os.path.join(d, "starpkg", sub + ".py"), "w") as f:
        f.write("print('loading %s')\n" % sub)
os.mkdir(os.path.join(d, "badall"))
with open(os.path.join(d, "badall", "__init__.py"), "w") as f:
    f.write("__all__ = ['ok', 3]\n")
os.mkdir(os.path.join(d, "missingall"))
with open(os.path.join(d, "missingall", "__init__.py"), "w") as f:
    f.write("__all__ = ['nothere']\n")

ns = {}
exec("from starpkg import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
import starpkg
print(sorted(k for k in vars(starpkg) if not k.startswith("__")))
try:
    __import__("starpkg", fromlist=[1])
except TypeError as e:
    print(e)
try:
    exec("from badall import *", {})
except TypeError as e:
    print(e)
try:
    exec("from missingall import *", {})
except AttributeError as e:
    print("AttributeError:", e)
