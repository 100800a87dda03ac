# copyright, credits and license are builtins in programs too (site's
# setcopyright), _sitebuiltins._Printer objects.
import builtins
import os
import sys

for name in ("copyright", "credits", "license"):
    obj = getattr(builtins, name)
    print(name, type(obj).__module__, type(obj).__qualname__, obj._Printer__name)
print(copyright)
print(repr(credits))
print(repr(license))
copyright()
credits()
print(str(copyright) == repr(copyright), copyright() is None)
print(sys._stdlib_dir == os.path.dirname(os.__file__))
print([os.path.basename(f) for f in license._Printer__filenames])
print(license._Printer__filenames[0] == os.path.join(sys._stdlib_dir, os.pardir, "LICENSE.txt"))
