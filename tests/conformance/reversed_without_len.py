# reversed() of an object with __getitem__ but no __len__ fails on the
# length, as CPython's; without __getitem__ (or with __reversed__ = None)
# the object is not reversible.
class C:
    def __getitem__(self, i): return i
class D:
    def __len__(self): return 2
class E:
    def __getitem__(self, i): return i
    def __len__(self): return 3
class F(E):
    __reversed__ = None
for cls in (C, D, E, F):
    try:
        print(cls.__name__, list(reversed(cls())))
    except TypeError as e:
        print(cls.__name__, e)
for v in (1, {1: 2}.keys(), iter([1])):
    try:
        print(list(reversed(v)))
    except TypeError as e:
        print(e)
