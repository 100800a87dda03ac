# type.__new__ fills the class body's __class__ cell (before mro() runs),
# __build_class__ checks that the class it got is the one in the cell, and
# a metaclass's mro() decides the method resolution order.


def check(label, body):
    try:
        r = body()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


def missing():
    class Meta(type):
        def __new__(cls, name, bases, ns):
            ns.pop('__classcell__', None)
            return super().__new__(cls, name, bases, ns)

    class Plain(metaclass=Meta):
        pass

    class WithRef(metaclass=Meta):
        def f(self):
            return __class__


def overwrite(bad):
    class Meta(type):
        def __new__(cls, name, bases, ns, cell):
            ns['__classcell__'] = cell
            return super().__new__(cls, name, bases, ns)

    class A(metaclass=Meta, cell=bad):
        pass


def wrong_cell():
    class Meta(type):
        def __new__(cls, name, bases, ns):
            c = super().__new__(cls, name, bases, ns)
            type("B", (), ns)
            return c

    class A(metaclass=Meta):
        def f(self):
            return __class__


def delayed():
    saved = None

    class Meta(type):
        def __new__(cls, name, bases, ns):
            nonlocal saved
            saved = ns
            return None

    class A(metaclass=Meta):
        @staticmethod
        def f():
            return __class__
    B = type("B", (), saved)
    return A, B.f() is B, "__classcell__" in saved, hasattr(B, "__classcell__")


def in_new():
    got = None

    class Meta(type):
        def __new__(cls, name, bases, ns):
            nonlocal got
            self = super().__new__(cls, name, bases, ns)
            got = self.f()
            return self

    class A(metaclass=Meta):
        @staticmethod
        def f():
            return __class__
    return got is A


def in_mro():
    got = None

    class Meta(type):
        def mro(self):
            self.__dict__["f"]()
            return super().mro()

    class A(metaclass=Meta):
        def f():
            nonlocal got
            got = __class__
    return got is A


def custom_mro():
    class Base:
        def who(self):
            return "Base"

    class Other:
        def who(self):
            return "Other"

    class Meta(type):
        def mro(cls):
            return [cls, Other, Base, object]

    class C(Base, metaclass=Meta):
        pass
    return [k.__name__ for k in C.__mro__], C().who()


def bad_mro(result):
    class Meta(type):
        def mro(cls):
            return result

    class C(metaclass=Meta):
        pass


check("missing", missing)
for bad in (None, 0, "", object):
    check("overwrite", lambda: overwrite(bad))
check("wrong_cell", lambda: str(wrong_cell()).split(" at ")[0])
check("delayed", delayed)
check("in_new", in_new)
check("in_mro", in_mro)
check("custom_mro", custom_mro)
check("bad_mro", lambda: bad_mro([1]))
check("bad_mro", lambda: bad_mro(5))


class T:
    def meth(self):
        class X:
            x = __class__

            def f():
                __class__
        return X.x


print(T().meth() is T)
