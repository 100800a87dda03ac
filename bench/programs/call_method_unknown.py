# One call site that sees several classes (a polymorphic method call).
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Tri:
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


def main(n):
    shapes = [Circle(2), Square(3), Rect(2, 5), Tri(4, 6)]
    total = 0
    for i in range(n):
        total += shapes[i & 3].area()
    return total


print(main(4_000_000))
