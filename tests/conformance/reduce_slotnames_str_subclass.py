# __reduce_ex__ reads the attributes __slotnames__ names, str subclasses too.
import copyreg


class S(str):  # not interned
    pass


class A:
    __slotnames__ = [S('spam')]

    def __getattr__(self, attr):
        if attr == 'spam':
            A.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError


r = A().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is A, r[2:])


class B:
    __slotnames__ = [5]


try:
    B().__reduce_ex__(2)
except TypeError as e:
    print(e)
