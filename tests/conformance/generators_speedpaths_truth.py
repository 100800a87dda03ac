# Truth of instances whose classes define __bool__, __len__, neither, or
# gain one after instances were tested.


class A:
    pass


class B:
    def __len__(self):
        return 0


class D(int):
    pass


class E(list):
    pass


class F:
    def __bool__(self):
        return False


class G(A):
    pass


for x in (A(), B(), D(0), D(3), E(), E([1]), F(), G()):
    print(type(x).__name__, bool(x), "yes" if x else "no", not x)
a, g = A(), G()
print(bool(a), bool(g), bool(a), bool(g))
B.__len__ = lambda self: 1
print(bool(B()))
A.__bool__ = lambda self: False
print(bool(a), bool(g), not a)
del A.__bool__
print(bool(a), bool(g))
G.__len__ = lambda self: -1
try:
    bool(g)
except ValueError as e:
    print("ValueError", e)
A.__bool__ = lambda self: 1
try:
    bool(a)
except TypeError as e:
    print("TypeError", e)
