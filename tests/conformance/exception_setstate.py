# BaseException.__setstate__: a dict of attributes, or None.
e = ValueError(1)
for c in ["e.__reduce__()", "e.__setstate__({'x': 5})", "e.x", "e.__setstate__(None)", "e.__setstate__(3)", "e.__setstate__()", "OSError(2, 'x').__reduce__()", "KeyError('k').__setstate__({'a': 1})"]:
    try: print(c, repr(eval(c)))
    except Exception as x: print(c, type(x).__name__, x)
import copy
f = copy.copy(ValueError('m')); print(type(f).__name__, f.args)
