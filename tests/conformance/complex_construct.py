# complex(): every argument form CPython 3.11 accepts, and its errors;
# the attributes and methods of complex and of a subclass.
import warnings


def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for s in ["1+2j", "1-2j", "  3.5  ", "(1+2j)", " ( 1+2j ) ", "(1+2j", "1+2j)", "j", "-j", "+j", "J", "1+j", "1-J",
          "2j", "-2.5e-3J", "1e500j", "-1e500", "nanj", "-nanj", "infj", "-infj", "inf+nanj", "Infinity-INFj",
          "1_000+2_0j", "1__0j", "_1j", "1_j", "1j_", "1e1_0j", "", " ", "()", "(j)", "1+2", "1 + 2j", "1+ 2j",
          "1+2jj", "x", "1+2i", ".5j", "5.j", ".j", "1e", "1e+j", "1.5e3+1.5e-3j", "\u0661\u0662j",
          "\u00a01j\u00a0", "1\x00j", "--1j", "+-1j", "0x1j", "(", ")", "1j\n", "\t1+1j\t"]:
    t("complex(%r)" % s, lambda: complex(s))

t("complex()", lambda: complex())
t("complex(1)", lambda: complex(1))
t("complex(1, 2)", lambda: complex(1, 2))
t("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
t("complex(imag=2)", lambda: complex(imag=2))
t("complex(1j, 1j)", lambda: complex(1j, 1j))
t("complex(1+2j, 3+4j)", lambda: complex(1 + 2j, 3 + 4j))
t("complex(True, False)", lambda: complex(True, False))
t("complex(10**400)", lambda: complex(10**400))
t("complex(1, 10**400)", lambda: complex(1, 10**400))
t("complex(2**53+1)", lambda: complex(2**53 + 1))
t("complex('1', 2)", lambda: complex("1", 2))
t("complex(1, '2')", lambda: complex(1, "2"))
t("complex(None)", lambda: complex(None))
t("complex(1, None)", lambda: complex(1, None))
t("complex([])", lambda: complex([]))
t("complex(b'1')", lambda: complex(b"1"))
t("complex(1, 2, 3)", lambda: complex(1, 2, 3))
t("complex(x=1)", lambda: complex(x=1))
t("complex(1, real=1)", lambda: complex(1, real=1))


class C(complex):
    pass


class WithComplex:
    def __init__(self, v):
        self.v = v

    def __complex__(self):
        return self.v


class WithFloat:
    def __float__(self):
        return 4.5


class WithIndex:
    def __index__(self):
        return 9


class FloatSub(float):
    pass


class WithFloatSub:
    def __float__(self):
        return FloatSub(1.25)


class WithIntOnly:
    def __int__(self):
        return 3


for action in ["ignore", "error"]:
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        t("complex(WithComplex(1+2j))", lambda: complex(WithComplex(1 + 2j)))
        t("complex(WithComplex(C(5j)))", lambda: complex(WithComplex(C(5j))))
        t("complex(WithComplex(1.5))", lambda: complex(WithComplex(1.5)))
        t("complex(WithComplex(1+2j), 1)", lambda: complex(WithComplex(1 + 2j), 1))
        t("complex(WithFloat())", lambda: complex(WithFloat()))
        t("complex(WithFloat(), WithFloat())", lambda: complex(WithFloat(), WithFloat()))
        t("complex(WithIndex())", lambda: complex(WithIndex()))
        t("complex(1, WithIndex())", lambda: complex(1, WithIndex()))
        t("complex(WithFloatSub())", lambda: complex(WithFloatSub()))
        t("complex(WithIntOnly())", lambda: complex(WithIntOnly()))
        t("complex(1, WithIntOnly())", lambda: complex(1, WithIntOnly()))
        t("complex(1, WithComplex(2j))", lambda: complex(1, WithComplex(2j)))

c = C(1, 2)
print(type(c).__name__, c, repr(c), c.real, c.imag, c.conjugate(), type(c.conjugate()).__name__)
print(c.__getnewargs__(), type(+c).__name__, type(-c).__name__, type(c + 1).__name__, type(c.__complex__()).__name__)
print(C("3+4j"), C(), type(C(1j)).__name__, complex(c), type(complex(c)).__name__, c == 1 + 2j, hash(c) == hash(1 + 2j))


class Over(complex):
    def __add__(self, other):
        return "Over.add"

    def __radd__(self, other):
        return "Over.radd"

    def __repr__(self):
        return "Over(%s)" % complex.__repr__(self)


o = Over(1, 1)
print(o + 1, 1 + o, 1.5 + o, 1j + o, o - 1, repr(o), str(o), format(o), format(o, ""), f"{o}", "%s" % (o,))
z = 1 + 2j
print(z.real, z.imag, z.conjugate(), z.__getnewargs__(), z.__complex__() is z, complex(z) is z)
t("z.real = 3", lambda: setattr(z, "real", 3))
t("del z.imag", lambda: delattr(z, "imag"))
t("z.foo", lambda: z.foo)
t("(1j).__floordiv__", lambda: (1j).__floordiv__)
t("complex.__new__(int)", lambda: complex.__new__(int))
print(type(1j), complex.__name__, isinstance(1j, complex), issubclass(bool, complex), complex.__mro__)
print(1j.__class__, (2j).imag, 3j.conjugate(), 0j.__bool__(), (1j).__abs__(), (3 + 4j).__abs__())
print(sorted(n for n in dir(complex) if not n.startswith("_")))
