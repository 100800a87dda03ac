# Constructors of the builtin exception types: positional and keyword
# arguments, args, __str__ and __repr__ for zero, one and several
# arguments, and the BaseException methods and attribute slots.
import builtins


def show(label, f):
    try:
        v = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=>", repr(v))


names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))

for n in names:
    t = getattr(builtins, n)
    if issubclass(t, BaseExceptionGroup):
        continue
    if t in (UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError):
        continue
    show(n + "()", lambda: (t(), str(t()), t().args))
    show(n + "(1)", lambda: (t(1), str(t(1)), t(1).args))
    show(n + "('a')", lambda: (t('a'), str(t('a')), t('a').args))
    show(n + "(1, 'a')", lambda: (t(1, 'a'), str(t(1, 'a')), t(1, 'a').args))
    show(n + "(kw)", lambda: t(x=0))
    show(n + "(1, kw)", lambda: t(1, bogus=0))
    show(n + ".__new__(kw)", lambda: t.__new__(t, x=1).args)
    show(n + ".__init__(kw)", lambda: t.__init__(t.__new__(t), x=1))

# Subclasses may take keywords through their own __init__.
class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.b = b

show("E(1, b=3)", lambda: (E(1, b=3).args, E(1, b=3).b))


class O(OSError):
    def __init__(self, *a, **k):
        super().__init__(*a)

show("O(2, 'x', kw)", lambda: (repr(O(2, 'x', k=1)), str(O(2, 'x', k=1))))


class N(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)

show("N(1, k=2)", lambda: N(1, k=2))

# args assignment takes any iterable.
e = ValueError(1)
e.args = [1, 2]
show("args list", lambda: (e.args, str(e), repr(e)))
e.args = "ab"
show("args str", lambda: (e.args, str(e)))
show("args int", lambda: setattr(e, "args", 5))
show("del args", lambda: delattr(e, "args"))

# with_traceback accepts a traceback or None only.
for arg in [0, [1], "x", None]:
    show("with_traceback(%r)" % (arg,), lambda: ValueError("v").with_traceback(arg))
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
show("with_traceback(tb)", lambda: ValueError().with_traceback(tb).__traceback__ is tb)
show("__traceback__ = 1", lambda: setattr(ValueError(), "__traceback__", 1))
show("del __traceback__", lambda: delattr(ValueError(), "__traceback__"))
show("__cause__ = 1", lambda: setattr(ValueError(), "__cause__", 1))
show("__context__ = 1", lambda: setattr(ValueError(), "__context__", 1))
show("del __context__", lambda: delattr(ValueError(), "__context__"))
show("del __cause__", lambda: delattr(ValueError(), "__cause__"))
show("del __suppress_context__", lambda: delattr(ValueError(), "__suppress_context__"))

# add_note takes a str, including a subclass.
class S(str):
    pass

for arg in ["n", S("s"), 1, None, b"x"]:
    def f(arg=arg):
        e = StopIteration()
        e.add_note(arg)
        return e.__notes__
    show("add_note(%r)" % (arg,), f)

def f():
    e = ValueError()
    e.__notes__ = (1,)
    e.add_note("x")
show("add_note on tuple notes", f)
show("add_note()", lambda: ValueError().add_note())
show("add_note(kw)", lambda: ValueError().add_note(note="x"))

# The attribute slots of BaseException check their receiver.
for meth, args in [("__getattribute__", (0, "__class__")), ("__getattribute__", (0, "")),
                   ("__setattr__", (0, "", 0)), ("__delattr__", (0, "")),
                   ("__str__", (0,)), ("__repr__", (0,)), ("with_traceback", (0, None)),
                   ("add_note", (0, "x")), ("__init__", (0,))]:
    for t in (BaseException, Exception, KeyError, OSError, SyntaxError, UnicodeDecodeError):
        show("%s.%s%r" % (t.__name__, meth, args), lambda: getattr(t, meth)(*args))

show("__getattribute__(S)", lambda: ValueError("v").__getattribute__(S("args")))
show("__getattribute__(S missing)", lambda: ValueError("v").__getattribute__(S("ab")))
show("__getattribute__(1)", lambda: ValueError("v").__getattribute__(1))
show("__delattr__(S missing)", lambda: ValueError("v").__delattr__(S("ab")))
show("__setattr__(S)", lambda: ValueError("v").__setattr__(S("ab"), 1))
show("__setattr__(1)", lambda: ValueError("v").__setattr__(1, 1))
show("BaseException.__getattribute__", lambda: BaseException.__getattribute__.__qualname__)
show("KeyError.__setattr__", lambda: KeyError.__setattr__.__qualname__)
show("'__getattribute__' in vars", lambda: sorted(k for k in vars(BaseException) if k.endswith("attr__") or k == "__getattribute__"))

# Exception str and repr for unusual args.
show("str(KeyError('a'))", lambda: str(KeyError('a')))
show("str(KeyError())", lambda: str(KeyError()))
show("str(KeyError(1, 2))", lambda: str(KeyError(1, 2)))
show("str(KeyError(S('x')))", lambda: str(KeyError(S('x'))))
show("str(ValueError(S('x')))", lambda: (str(ValueError(S('x'))), type(str(ValueError(S('x')))).__name__))
show("repr(ValueError(()))", lambda: repr(ValueError(())))
show("repr(ValueError((1,)))", lambda: repr(ValueError((1,))))

# SystemExit.code and StopIteration.value follow the constructor args.
for a in [(), (0,), (1, 2), ("x",)]:
    show("SystemExit%r.code" % (a,), lambda: SystemExit(*a).code)
    show("StopIteration%r.value" % (a,), lambda: StopIteration(*a).value)
    show("StopAsyncIteration%r.value" % (a,), lambda: StopAsyncIteration(*a).value)
e = SystemExit(1)
e.code = 5
show("SystemExit code set", lambda: (e.code, e.args))
e = StopIteration(1)
e.value = 5
show("StopIteration value set", lambda: (e.value, e.args))
e = StopIteration(1)
e.__init__(7, 8)
show("StopIteration reinit", lambda: (e.value, e.args))
e = SystemExit(1)
e.__init__(7, 8)
show("SystemExit reinit", lambda: (e.code, e.args))
show("del SystemExit.code", lambda: delattr(SystemExit(), "code"))
show("del StopIteration.value", lambda: delattr(StopIteration(), "value"))

# NameError and AttributeError take name (and obj) keywords.
show("NameError(name=)", lambda: (NameError("m", name="x").name, NameError("m", name="x").args))
show("NameError(bad=)", lambda: NameError("m", bad="x"))
show("NameError().name", lambda: NameError().name)
show("AttributeError(name=, obj=)", lambda: (AttributeError("m", name="x", obj=1).name, AttributeError("m", name="x", obj=1).obj))
show("AttributeError(bad=)", lambda: AttributeError(bad="x"))
show("AttributeError().obj", lambda: AttributeError().obj)

# ImportError takes name and path keywords only.
ie = ImportError("m", name="n", path="p")
show("ImportError kw", lambda: (ie.msg, ie.name, ie.path, ie.args, str(ie), repr(ie)))
show("ImportError()", lambda: (ImportError().msg, ImportError().name, str(ImportError())))
show("ImportError(1, 2)", lambda: (ImportError(1, 2).msg, str(ImportError(1, 2))))
show("ImportError(bad=)", lambda: ImportError("m", bad=1))
show("ImportError(msg=)", lambda: ImportError(msg="m"))
show("ModuleNotFoundError kw", lambda: (ModuleNotFoundError("m", name="n").name, ModuleNotFoundError(path="p").path))
show("ModuleNotFoundError(bad=)", lambda: ModuleNotFoundError(bad=1))
ie = ImportError("m")
ie.msg = "other"
show("ImportError msg set", lambda: (ie.msg, str(ie), ie.args))
ie = ImportError("m", name="n")
ie.__init__("z")
show("ImportError reinit", lambda: (ie.msg, ie.name, ie.args))

# Errors raised by the runtime carry their attributes.
try:
    undefined_name_zz
except NameError as e:
    print("NameError name", repr(e.name), vars(e))


def free_var():
    def inner():
        return later
    inner()
    later = 1


try:
    free_var()
except NameError as e:
    print(type(e).__name__, repr(e.name))
try:
    (1).zz
except AttributeError as e:
    print("AttributeError", e.name, e.obj, vars(e))
try:
    import nonexistent_module_zz
except ImportError as e:
    print(type(e).__name__, e.name, e.msg, e.path, vars(e))
