# The warnings machinery: _warnings' filters and registries under CPython's
# warnings.py, and compile-time warnings through the filters.
import sys
import warnings
import _warnings

print(warnings.filters is _warnings.filters, warnings.warn is _warnings.warn)
print(warnings.defaultaction, _warnings._defaultaction, warnings.onceregistry is _warnings._onceregistry)


def show(message, category, filename, lineno, file=None, line=None):
    print("show:", category.__name__, message, filename.rsplit("/", 1)[-1], lineno, repr(line))


def emit(msg, cat=UserWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level)


with warnings.catch_warnings():
    warnings.showwarning = show
    warnings.simplefilter("default")
    for i in range(2):
        emit("twice from one place")
    emit("level 2", level=2)
    emit("level 99", level=99)
    warnings.simplefilter("always")
    for i in range(2):
        emit("always")
    warnings.resetwarnings()
    warnings.simplefilter("once")
    emit("once")
    emit("once", RuntimeWarning)
    emit("once")
    warnings.resetwarnings()
    warnings.simplefilter("module")
    emit("module")
    warnings.warn("module")
    warnings.resetwarnings()
    warnings.filterwarnings("error", message="bad.*", category=UserWarning)
    warnings.filterwarnings("ignore", message="quiet")
    emit("quiet")
    try:
        emit("bad thing")
    except UserWarning as e:
        print("raised", repr(e))
    warnings.resetwarnings()
    warnings.simplefilter("error")
    try:
        warnings.warn(DeprecationWarning("an instance"))
    except DeprecationWarning as e:
        print("raised", repr(e))
    warnings.resetwarnings()
    warnings.simplefilter("default")
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
    reg = {}
    warnings.warn_explicit("with registry", UserWarning, "f.py", 7, registry=reg)
    warnings.warn_explicit("with registry", UserWarning, "f.py", 7, registry=reg)
    print(sorted(k if isinstance(k, str) else k[0] for k in reg))
    warnings.warn_explicit("globals", UserWarning, "f.py", 2, module_globals=globals())
    for bad in (lambda: warnings.warn("x", int),
                lambda: warnings.warn_explicit("x", UserWarning, 1, 1),
                lambda: warnings.warn_explicit("x", UserWarning, "f", 1, registry=[]),
                lambda: warnings.warn_explicit("x", UserWarning, "f", 1, module_globals=[])):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    emit("recorded")
    eval(compile("1 is 1", "<c>", "eval"))
    compile("x = '\\d'", "<c>", "exec")
    import ast
    ast.parse("y = b'\\q'")
for w in log:
    print("log:", w.category.__name__, w.message, w.filename, w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ("x = 1 is 1", "x = '\\d'", "x = f'\\w{1}'", "x = '\\777'", "assert (1, 'msg')", "x = [1 2]"):
        try:
            compile(src, "<c>", "exec")
            print("compiled", src)
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno, e.offset, e.text)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(compile("1 is 1", "<c>", "eval") is not None)

print("__warningregistry__" in globals())
