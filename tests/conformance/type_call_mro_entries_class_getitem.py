# type(name, bases, ns) refuses bases that resolve through __mro_entries__
# (class statements and types.new_class resolve them), and subscripting a
# class whose __class_getitem__ is None says the type is not subscriptable;
# an error other than AttributeError while looking it up comes through.
import types


class C:
    def __mro_entries__(self, bases):
        return (object,)


for call in [lambda: type("Bad", (C(),), {}), lambda: type("Bad", (1,), {}),
             lambda: type("Bad", (C, C()), {}), lambda: type("Bad", (int, 2), {})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class FromEntries(C()):
    pass


print(FromEntries.__mro__, FromEntries.__orig_bases__[0].__class__.__name__)
NC = types.new_class("NC", (C(),))
print(NC.__mro__)


class C_is_none(tuple):
    __class_getitem__ = None


class D_none:
    __class_getitem__ = None


class E_str:
    __class_getitem__ = "Surprise!"


class Meta(type):
    @property
    def __class_getitem__(cls):
        raise KeyError("from the property")


class F(metaclass=Meta):
    pass


class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


for X in (C_is_none, D_none, E_str, F, G, list, tuple, dict):
    try:
        print(X[int])
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
