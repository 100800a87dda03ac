# object.__new__(cls) and friends called again and again from a __new__
# written in Python: the safety check gives the same answer each time,
# and follows changes to the class.
class Plain:
    def __new__(cls, *args):
        return object.__new__(cls)

    def __init__(self, v=0):
        self.v = v


class FromInt(int):
    def __new__(cls, v=0):
        return int.__new__(cls, v)


class Unsafe(int):
    def __new__(cls, v=0):
        return object.__new__(cls)


for i in range(300):
    p = Plain(i)
    assert type(p) is Plain and p.v == i
    n = FromInt(i)
    assert n == i and type(n) is FromInt
print("plain and int subclasses made 300 times")

for i in range(3):
    try:
        Unsafe(i)
    except TypeError as e:
        print(i, e)

# object.__new__ called with a class that is not a subclass, or not a
# class at all.
for bad in (int, 5, FromInt):
    for i in range(2):
        try:
            print(type(object.__new__(bad)).__name__)
        except TypeError as e:
            print(e)

# Replacing __new__ after many calls.
def new2(cls, *args):
    return int.__new__(cls)


for i in range(200):
    Plain()
Plain.__new__ = new2
try:
    Plain()
except TypeError as e:
    print("after replacing:", e)
Plain.__new__ = lambda cls, *args: object.__new__(cls)
print(type(Plain(3)).__name__, Plain(3).v)
