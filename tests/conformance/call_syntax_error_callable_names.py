# How the errors of f(*x) and f(**m) name the callable: module and
# qualname, without the module for builtins, str() of an object without
# __qualname__.
class C:
    def __call__(self, *a, **k): pass
    def m(self, *a, **k): pass
    def __repr__(self): return 'C-instance'
import functools
for f in [None, C(), C, C().m, len, [].append, int, functools.partial(print), print, lambda: 0, dict.fromkeys, str.join]:
    for call in ["f(*1)", "f(**1)", "f(**{'a': 1}, **{'a': 2})"]:
        try:
            eval(call)
        except TypeError as e:
            print(call, e)
