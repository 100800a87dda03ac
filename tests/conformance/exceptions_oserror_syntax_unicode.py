# OSError, SyntaxError and the Unicode errors: their argument forms,
# attributes, messages and keyword handling.


def show(label, f):
    try:
        v = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=>", repr(v))


def os_info(e):
    return (type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e), vars(e))


for args in [(), (1,), (2, "x"), (2, "x", "f"), (2, "x", None), (2, "x", "f", None, "g"),
             (2, "x", None, None, "g"), (2, "x", "f", 5), (1, 2, 3, 4, 5, 6), (True, "t"),
             (13, "p", b"f"), (-2, "neg"), (2**70, "big"), (2.0, "float"), ("2", "str")]:
    show("OSError%r" % (args,), lambda: os_info(OSError(*args)))
show("FileNotFoundError(2, 'x', 'f')", lambda: os_info(FileNotFoundError(2, 'x', 'f')))
show("FileNotFoundError(13, 'x')", lambda: os_info(FileNotFoundError(13, 'x')))
show("IOError(2, 'x')", lambda: os_info(IOError(2, 'x')))
show("EnvironmentError(1, 'x')", lambda: os_info(EnvironmentError(1, 'x')))

# BlockingIOError's third argument may be the number of characters written.
for args in [(11, "x", 3), (11, "x", "f"), (11, "x", 1.5), (11, "x", 2**70), (11, "x")]:
    def f(args=args):
        e = BlockingIOError(*args)
        return (e.args, e.filename, e.characters_written, str(e))
    show("BlockingIOError%r" % (args,), f)
show("OSError(11, 'x', 3)", lambda: (type(OSError(11, 'x', 3)).__name__, OSError(11, 'x', 3).filename))
e = OSError(1, "x")
show("characters_written unset", lambda: e.characters_written)
e.characters_written = 7
show("characters_written set", lambda: e.characters_written)
del e.characters_written
show("characters_written deleted", lambda: e.characters_written)
show("del characters_written again", lambda: delattr(e, "characters_written"))
show("characters_written = 'x'", lambda: setattr(e, "characters_written", "x"))

e = OSError(2, "x")
e.filename = "f"
e.filename2 = "g"
show("set filename2", lambda: str(e))
e.errno = None
show("errno None", lambda: str(e))
e = OSError("a", "b")
e.filename = None
show("filename None", lambda: str(e))

# Keywords: refused by OSError.__new__ and __init__, unless a subclass
# overrides __init__.
show("OSError(x=1)", lambda: OSError(x=1))
show("OSError(2, 'x', filename='f')", lambda: OSError(2, 'x', filename='f'))
show("OSError.__new__(OSError, x=1)", lambda: OSError.__new__(OSError, x=1))
e = OSError(2, "x", "f")
show("OSError reinit ignored", lambda: (e.__init__(5, "y"), e.args, e.errno, e.filename))
show("OSError.__init__(kw) ignored", lambda: e.__init__(x=1))


class InitOnly(OSError):
    def __init__(self, *args, **kw):
        self.kw = kw
        super().__init__(*args)


show("InitOnly(2, 'x', 'f', k=1)", lambda: os_info(InitOnly(2, 'x', 'f', k=1)))


class NoSuper(OSError):
    def __init__(self, *args):
        pass


show("NoSuper(2, 'x')", lambda: (NoSuper(2, 'x').args, NoSuper(2, 'x').errno))


class NewOnly(OSError):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args)


show("NewOnly(2, 'x', k=1)", lambda: os_info(NewOnly(2, 'x', k=1)))
show("vars(FileNotFoundError)", lambda: os_info(FileNotFoundError(2, "x", "f")))

# SyntaxError and its subclasses.
for t in (SyntaxError, IndentationError, TabError):
    for args in [(), ("m",), ("m", ("f", 1, 2, "t")), ("m", ("f", 1, 2, "t", 1, 5)),
                 ("m", ["a/b/f.py", 3, 4, "t"]), ("m", ("f", 1, 2)), ("m", (1, 2, 3, 4, 5, 6, 7)),
                 ("m", 7), ("m", "abcd"), ("m", ("f", 1, 2, "t", 1)), (1, 2, 3),
                 ("m", (None, 4, 2, "t")), ("m", ("f", None, 2, "t")), ("m", ("f", True, 2, "t"))]:
        def f(t=t, args=args):
            e = t(*args)
            return (e.args, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno,
                    e.end_offset, e.print_file_and_line, str(e), vars(e))
        show("%s%r" % (t.__name__, args), f)
    show(t.__name__ + "(kw)", lambda: t("m", x=1))
    show(t.__name__ + ".__init__(kw)", lambda: t().__init__(x=1))


class _Boom(Exception):
    pass


class _IterRaise:
    def __iter__(self):
        raise _Boom


show("SyntaxError(0, _IterRaise())", lambda: SyntaxError(0, _IterRaise()))
e = SyntaxError("m", ("f", 1, 2, "t"))
e.msg = "other"
e.lineno = 9
show("SyntaxError set", lambda: (str(e), e.args))
e.filename = 5
show("SyntaxError filename int", lambda: str(e))
del e.lineno
show("SyntaxError del lineno", lambda: (e.lineno, str(e)))

# Unicode errors.
for args in [(), ("a",), ("utf-8", "x", 0, 1, "r"), ("utf-8", b"x", 0, 1, "r"),
             ("utf-8", bytearray(b"xy"), 0, 1, "r"), ("utf-8", 1, 0, 1, "r"),
             ("utf-8", b"x", 0.5, 1, "r"), ("utf-8", b"x", 2**70, 1, "r"),
             ("utf-8", b"x", True, 1, "r"), ("utf-8", "\u20ac", 0, 1, "r"),
             ("utf-8", "abc", 0, 3, "r")]:
    for t in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
        a = args[1:] if t is UnicodeTranslateError and len(args) == 5 else args
        def f(t=t, a=a):
            e = t(*a)
            return (e.args, e.encoding, e.object, e.start, e.end, e.reason, str(e), vars(e))
        show("%s%r" % (t.__name__, a), f)
show("UnicodeEncodeError(kw)", lambda: UnicodeEncodeError("a", "b", 1, 2, "c", x=1))
show("UnicodeTranslateError(kw)", lambda: UnicodeTranslateError("b", 1, 2, "c", x=1))
show("UnicodeError().encoding", lambda: UnicodeError().encoding)
e = UnicodeEncodeError("ascii", "abc", 1, 2, "bad")
for name, val in [("start", "x"), ("start", True), ("end", 2**70), ("reason", 5), ("object", b"z")]:
    show("set %s=%r" % (name, val), lambda: (setattr(e, name, val), getattr(e, name)))
show("del start", lambda: delattr(e, "start"))
show("del reason", lambda: (delattr(e, "reason"), e.reason))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
show("UnicodeDecodeError del missing", lambda: e.__delattr__(type("S", (str,), {})("ab")))
show("UnicodeTranslateError()", lambda: UnicodeTranslateError())
