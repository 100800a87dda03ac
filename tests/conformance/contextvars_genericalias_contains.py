# Contexts compare as mappings (and are unhashable); ContextVar() needs
# its name; GenericAlias refuses keywords for subclasses too; `in` over an
# iterable without __contains__ (dict.values()) finds the same object
# without asking its __eq__.
import contextvars
from types import GenericAlias

try:
    contextvars.ContextVar()
except TypeError as e:
    print(e)
try:
    contextvars.ContextVar(name="n")
except TypeError as e:
    print(e)
c1 = contextvars.Context()
c2 = contextvars.Context()
print(c1 == c2, c1 != c2, c1 == {}, c1.__eq__(1))
v = contextvars.ContextVar("v")
print(c1.run(contextvars.copy_context) == c1)
c1.run(v.set, [1])
c2.run(v.set, [1])
print(c1 == c2, c1 == c1.copy(), c1 != c2)
c2.run(v.set, [2])
print(c1 == c2)
try:
    hash(c1)
except TypeError as e:
    print(e)


class Bad(GenericAlias):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)


class Sub(GenericAlias):
    pass


for cls in (GenericAlias, Bad, Sub):
    try:
        cls(list, int, bad=int)
    except TypeError as e:
        print(e)
print(Sub(list, int) == list[int])


class Exc(Exception):
    pass


class BadEq:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise Exc


k1, v1, v2 = BadEq(), BadEq(), BadEq()
d = {k1: v1}
print(v1 in d.values(), k1 in d, (k1, v1) in d.items())
try:
    v2 in d.values()
except Exc:
    print("Exc")


class It:
    def __iter__(self):
        return iter([v1])


print(v1 in It())
