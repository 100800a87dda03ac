# Slot wrappers of builtin types (wrapper_descriptor) and their bound form
# (method-wrapper), next to method descriptors and builtin methods.
import copy


def show(x):
    r = repr(x).split(" at 0x")[0]
    print(type(x).__name__, r, x.__name__, x.__qualname__)


for x in [int.__add__, (1).__add__, print.__call__, object.__init__, list.__getitem__, [].__getitem__,
          dict.__contains__, str.join, object().__eq__, int.__init__, (1).__init__, list.__init__,
          [].__init__, type.__call__, int.__format__, (1).__format__, object.__reduce__, str.__len__,
          "a".__len__, list.__iter__, dict.__setitem__, {}.__setitem__]:
    show(x)
print((1).__add__.__self__, (1).__add__.__objclass__, int.__add__.__objclass__)
print((1).__add__(2), int.__add__(1, 2), int.__add__.__get__(3)(4), int.__add__.__get__(3, int)(5))
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__, hash((1).__add__) == hash((1).__add__))
print((1).__add__.__reduce__(), int.__add__.__reduce__(), str.join.__reduce__())
print(copy.copy(int.__add__) is int.__add__, copy.deepcopy(str.join) is str.join)
for f in [lambda: int.__add__("a", 1), lambda: type(int.__add__)(), lambda: type((1).__add__)(),
          lambda: int.__add__(), lambda: int.__add__.__get__("a")]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)


class A:
    pass


print(type(A.__init__).__name__, type(A().__init__).__name__, type(A.__eq__).__name__, type(A().__eq__).__name__)
print(sorted(set(dir(int.__add__)) ^ set(dir(str.join))))
print(sorted(set(dir((1).__add__)) ^ set(dir([].append))))
print(type(print.__call__) is type((1).__add__), type(int.__add__) is type(list.__init__))
print(Exception(print.__call__).args[0] == print.__call__)
