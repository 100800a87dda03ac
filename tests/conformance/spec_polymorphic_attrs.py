# Attribute sites in a base class's methods see instances of several
# subclasses; classes change while the loops run.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class A(Base):
    pass


class B(Base):
    def __init__(self, v):
        super().__init__(v * 10)


class C(Base):
    pass


def run(n, kinds):
    total = 0
    for i in range(n):
        obj = kinds[i % len(kinds)](i)
        total += obj.get()
    return total


print(run(300, [A, B]))
print(run(300, [A, B, C, Base]))

# A property on one subclass takes over its instances' attribute.
B.v = property(lambda self: -1, lambda self, value: None)
print(run(300, [A, B]))
del B.v
print(run(300, [A, B]))

# __slots__ classes and plain ones through the same site.
class S(Base):
    __slots__ = ()


print(run(200, [S, A]))


class NoDict:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    get = Base.get


print(run(200, [NoDict, A, NoDict, B]))
