# Exceptions made by calling their class: the shortcut for classes that keep
# BaseException's __new__ and __init__, and every class that does not.
import copy, pickle

e = ValueError("x", 2)
print(type(e).__name__, e.args, str(e), repr(e))
print(e.__dict__, vars(e), hasattr(e, "foo"))
e.foo = 1
print(e.__dict__, e.foo)
print(ValueError().args, repr(ValueError()), str(ValueError("only")))

try:
    ValueError(x=1)
except TypeError as t:
    print("TypeError:", t)

class Plain(Exception):
    pass

p = Plain(1, "two")
print(p.args, p.__dict__, repr(p))
p.note = "n"
q = copy.copy(p)
print(q.args, q.__dict__, q is p)
r = pickle.loads(pickle.dumps(p))
print(type(r).__name__, r.args, r.__dict__)
print(p.__reduce__()[0].__name__, p.__reduce__()[1:])
print(Plain().__reduce__()[1:])

class WithInit(Exception):
    def __init__(self, a, b=3):
        super().__init__(a)
        self.b = b

w = WithInit(1)
print(w.args, w.b, w.__dict__)

class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self

n = WithNew(5)
print(n.args)

class InitAssigned(Exception):
    __init__ = BaseException.__init__

print(InitAssigned(7, 8).args)

class Other:
    pass

class NewReturnsOther(Exception):
    def __new__(cls, *args):
        return Other()

print(type(NewReturnsOther(1)).__name__)

e2 = KeyError("k")
print(e2.args, str(e2), repr(e2))
e3 = OSError(2, "No such file", "f.txt")
print(e3.args, e3.errno, e3.strerror, e3.filename, type(e3).__name__)
e4 = StopIteration(9)
print(e4.args, e4.value)
e5 = SystemExit(3)
print(e5.args, e5.code)
e6 = ImportError("m", name="mod", path="/p")
print(e6.args, e6.name, e6.path)
e7 = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(e7.args, e7.start, e7.end, e7.reason)

e8 = ValueError("a")
e8.__init__("b", "c")
print(e8.args)
e8.args = ("z",)
print(e8.args, str(e8))

e9 = BaseException.__new__(ValueError, 1, 2)
print(type(e9).__name__, e9.args)
BaseException.__init__(e9, 3)
print(e9.args)

try:
    raise ValueError("raised", 1)
except ValueError as err:
    print(err.args, err.__traceback__ is not None, err.__context__, err.__cause__)

class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)

class WithMeta(Exception, metaclass=Meta):
    pass

print(WithMeta(4).args)
print(ZeroDivisionError("d").args, ArithmeticError().args, Warning("w").args)
print(isinstance(ValueError(), Exception), ValueError("s").with_traceback(None).args)
