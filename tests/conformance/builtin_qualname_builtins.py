# Builtin methods are qualified by the class they are bound to (or the
# class of their object); static methods of builtin types by their type.
# __builtins__ is the builtins module in __main__, and a function's
# __builtins__ is the builtins dict.
import builtins
import time


class L(list):
    pass


class D(dict):
    pass


for f in (len, time.time, dict.fromkeys, float.__getformat__, str.maketrans, bytes.maketrans,
          bytearray.maketrans, [].append, {}.pop, int.from_bytes, object.__new__, int.__init_subclass__,
          L().append, D.fromkeys, L.__init_subclass__, object.__subclasshook__):
    print(f.__qualname__, f.__name__)
print(str.maketrans.__self__, dict.fromkeys.__self__)


def g():
    pass


print(__builtins__ is builtins, g.__builtins__ is builtins.__dict__)
ns = {}
exec("def h(): pass", ns)
print(ns["__builtins__"] is builtins.__dict__, ns["h"].__builtins__ is builtins.__dict__)
import string, json, textwrap
print(type(string.__builtins__).__name__, type(textwrap.__builtins__).__name__, textwrap.dedent.__builtins__ is __builtins__.__dict__)
print((1).__init__.__qualname__, (1).__add__.__qualname__, L().__len__.__qualname__, L().__init__.__qualname__, L.__len__.__qualname__)
