# help(obj) outside the interactive prompt: pydoc's text, through the plain
# pager (stdout is no terminal). The builtin help is site's, which an
# interpreter embedded without it lacks: pydoc's is the same Helper.
import inspect
from pydoc import help


def g(a, /, b: int = 3, *args, c, **kw) -> str:
    """g's doc.

    More text."""


class A:
    "A's doc."
    x = 1

    def f(self, a, b=2, *args, k, **kw):
        "f's doc."

    @property
    def p(self):
        "p's doc."

    @staticmethod
    def s(): pass

    @classmethod
    def c(cls, y): pass


help(g)
help(A)
help(len)
help(print)
help(sorted)
help(str.join)
help("".join)
print(inspect.signature(len), inspect.signature(str.join), inspect.signature("a".join))
print(inspect.signature(dict.fromkeys), inspect.signature(int.from_bytes), inspect.signature(list.index))
print(len.__self__, [].append.__self__, str.maketrans.__self__)
print(len.__text_signature__, str.join.__text_signature__, type.__module__)
