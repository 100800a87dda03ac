# A class whose docstring starts with "Name(signature)\n--\n\n" has that
# signature as __text_signature__ (CPython's internal docstrings).
import inspect
DEFAULT_BUFFER_SIZE = 8192
class BufferedReader(object):
    """BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n
    Create a new buffered reader using the given readable raw IO object.
    """
class MyBufferedReader(BufferedReader):
    """buffer reader class."""
print(repr(BufferedReader.__text_signature__), repr(MyBufferedReader.__text_signature__))
print(inspect.signature(MyBufferedReader))
class A:
    "A(x)\n--\n\nDoc."
class B:
    "B(x)\n\n--\n\nDoc."
class C:
    "Other(x)\n--\n\n"
class D:
    "D(x, y=(1, 2))\n--\n\n"
class E:
    pass
class F:
    __doc__ = 3
for k in (A, B, C, D, E, F):
    print(k.__name__, repr(k.__text_signature__), repr(k.__doc__))
