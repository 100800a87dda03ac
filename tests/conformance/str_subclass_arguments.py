# Arguments that CPython requires to be str accept instances of a str
# subclass: __import__ and its fromlist, _imp, type() and module names,
# open() modes, warnings.warn_explicit, time.get_clock_info, sys.stdout.write
# (pdb runs a module through a str subclass of its name).
import _imp, sys, time, types, warnings, io, os
class S(str):
    pass
print(__import__(S("os")).__name__, __import__("os", fromlist=[S("path")]).path.__name__)
print(_imp.is_builtin(S("sys")), _imp.is_frozen(S("nope")))
T = type(S("A"), (), {})
print(T.__name__)
m = types.ModuleType(S("m"))
print(m.__name__, type(m.__name__).__name__)
print(time.get_clock_info(S("time")).implementation != "")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("msg", UserWarning, S("f.py"), 3)
    print(len(w), w[0].filename)
sys.stdout.write(S("written\n"))
with open(__file__, S("r")) as f:
    print(f.readline().strip())
with io.open(__file__, S("rb")) as f:
    print(f.read(6))
