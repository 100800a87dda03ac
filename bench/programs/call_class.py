# Instantiation of classes with __init__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def main(n):
    total = 0
    for i in range(n):
        v = Vec(i, 1)
        w = Vec3(1, 2, i)
        total += v.x + w.z
    return total


print(main(1_000_000))
