# An error raised while matching points at the pattern that raised it.
import traceback


class P:
    __match_args__ = ("a",)


class K:
    A = "a"
    B = "a"


def keys(x):
    match x:
        case [1, {K.A: _, K.B: _}]:
            pass


try:
    keys([1, {"a": 1, "b": 2}])
except ValueError:
    traceback.print_exc()


def value(x):
    match x:
        case (1, K.C):
            pass


try:
    value((1, 2))
except AttributeError:
    traceback.print_exc()


def f(x):
    match x:
        case [1, {"k": P(1, 2)}]:
            pass


f([1, {"k": P()}])
