# breakpoint() calls sys.breakpointhook, which follows $PYTHONBREAKPOINT;
# sys.version parses as platform expects; sys's smaller attributes.
import os, sys, platform, warnings
print(sys.maxunicode, sys.breakpointhook is sys.__breakpointhook__, sys.float_repr_style)
print(platform.python_version_tuple()[:2], platform.python_implementation())
def hook(*a, **k):
    print("hook", a, k)
    return 42
sys.breakpointhook = hook
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
print(breakpoint("via", "env", sep="-"))
os.environ["PYTHONBREAKPOINT"] = "nosuchmodule.f"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(breakpoint())
print([str(x.message) for x in w])
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
print(sys.call_tracing(max, (3, 4)), sys.getdlopenflags())
