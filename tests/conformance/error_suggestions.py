# "Did you mean" at the end of an uncaught AttributeError or NameError
# (sys.excepthook), CPython 3.11's suggestions.
import sys

def hook(f):
    try:
        f()
    except BaseException:
        sys.__excepthook__(*sys.exc_info())

class C:
    bluch = 1
    blach = 2
    def __dir__(self):
        return ["zzz", "blech_"]

class D:
    bluch = 1
    BLECH = 3

hook(lambda: D().blech)
hook(lambda: D.blech)
hook(lambda: C().blech)
hook(lambda: (1).reall)
hook(lambda: "".uper)
hook(lambda: [].apend)

def f():
    somevariable = 1
    return somevarible
hook(f)
globalvariable = 2
hook(lambda: globalvariabel)
hook(lambda: pritn)
hook(lambda: lenn)
hook(lambda: totally_unrelated_name)

class E(AttributeError):
    pass
def raise_sub():
    raise E("x", name="bluch", obj=D())
hook(raise_sub)
def raise_manual():
    raise AttributeError("manual", name="blech", obj=D())
hook(raise_manual)
def unbound():
    abc = 1
    del abc
    return abcd
hook(unbound)
