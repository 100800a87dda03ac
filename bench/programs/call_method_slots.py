# obj.m(x) calls on instances with __slots__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def shift(self, dx):
        self.x += dx
        return self.y


def main(n):
    p = Point(0, 1)
    total = 0
    for i in range(n):
        total += p.shift(i)
    return total + p.x


print(main(5_000_000))
