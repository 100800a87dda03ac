# The chaos game: random iteration of affine maps drawn on a grid.
import math
import random


class GVector:
    def __init__(self, x=0, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def Mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 + (self.z - other.z) ** 2)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        return GVector(self.x * other, self.y * other, self.z * other)

    __rmul__ = __mul__

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)

    def __str__(self):
        return "<%f, %f, %f>" % (self.x, self.y, self.z)


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.m = (a, b, c, d, e, f)
        self.weight = weight

    def __call__(self, p):
        a, b, c, d, e, f = self.m
        return GVector(a * p.x + b * p.y + e, c * p.x + d * p.y + f, 0)


class Chaosgame:
    def __init__(self, maps, thickness=0.25):
        self.maps = maps
        self.thickness = thickness
        total = sum(m.weight for m in maps)
        self.num_trafos = []
        acc = 0.0
        for m in maps:
            acc += m.weight / total
            self.num_trafos.append(acc)
        self.minx, self.miny, self.maxx, self.maxy = -2.5, 0.0, 3.0, 10.5

    def get_random_trafo(self):
        r = random.random()
        for i, bound in enumerate(self.num_trafos):
            if r <= bound:
                return self.maps[i]
        return self.maps[-1]

    def transform_point(self, point):
        return self.get_random_trafo()(point)

    def create_image_chaos(self, w, h, iterations):
        im = [[0] * h for _ in range(w)]
        point = GVector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2, 0)
        for _ in range(iterations):
            point = self.transform_point(point)
            x = (point.x - self.minx) / (self.maxx - self.minx) * w
            y = (point.y - self.miny) / (self.maxy - self.miny) * h
            x = int(x)
            y = int(y)
            if x == w:
                x -= 1
            if y == h:
                y -= 1
            if 0 <= x < w and 0 <= y < h:
                im[x][h - y - 1] += 1
        return im


random.seed(1234)
fern = [AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7)]
game = Chaosgame(fern)
image = game.create_image_chaos(64, 64, 150_000)
filled = sum(1 for col in image for v in col if v)
weighted = sum((i + 1) * (j + 1) * v for i, col in enumerate(image) for j, v in enumerate(col))
v = GVector(1, 2, 3)
print(filled, weighted, str(v.linear_combination(GVector(3, 2, 1), 0.25)), round(v.dist(GVector()), 6))
