# An error from looking up a metaclass's __prepare__ propagates; only a
# missing __prepare__ means a plain dict namespace.
class ObscureException(Exception):
    pass


class FailDescr:
    def __get__(self, instance, owner):
        raise ObscureException("from __get__")


class Meta(type):
    __prepare__ = FailDescr()


try:
    class X(metaclass=Meta):
        pass
except ObscureException as e:
    print("raised:", e)


class AttrDescr:
    def __get__(self, instance, owner):
        raise AttributeError("no prepare")


class Meta2(type):
    __prepare__ = AttrDescr()


try:
    class Y(metaclass=Meta2):
        a = 1
    print("Y", Y.a)
except AttributeError as e:
    print("AttributeError:", e)
