# A small ray tracer: spheres and a plane, lights, shadows and reflections.
import math

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(factor * self.x, factor * self.y, factor * self.z)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)

    def __repr__(self):
        return 'Vector(%s, %s, %s)' % (self.x, self.y, self.z)


Vector.ZERO = Vector(0, 0, 0)
Vector.RIGHT = Vector(1, 0, 0)
Vector.UP = Vector(0, 1, 0)
Vector.OUT = Vector(0, 0, 1)


class Point(Vector):
    pass


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = (self.radius * self.radius) - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return 1 / -v
        return None

    def normal_at(self, p):
        return self.normal


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at_time(self, t):
        return self.point + self.vector.scale(t)


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = {}

    def plot(self, x, y, r, g, b):
        self.pixels[x, y] = (int(r * 255), int(g * 255), int(b * 255))

    def checksum(self):
        total = 0
        for (x, y), (r, g, b) in sorted(self.pixels.items()):
            total = (total * 31 + r * 7 + g * 3 + b + x + y) % 1000000007
        return total


def first_intersection(intersections):
    result = None
    for i in intersections:
        candidate_t = i[1]
        if candidate_t is not None and candidate_t > -EPSILON:
            if result is None or candidate_t < result[1]:
                result = i
    return result


class Scene:
    def __init__(self):
        self.objects = []
        self.light_points = []
        self.position = Point(0, 1.8, 10)
        self.look_at = Point(0, 3, 0)
        self.field_of_view = 45
        self.recursion_depth = 0

    def add_object(self, obj, surface):
        self.objects.append((obj, surface))

    def add_light(self, p):
        self.light_points.append(p)

    def render(self, canvas):
        fov_radians = math.pi * (self.field_of_view / 2.0) / 180.0
        half_width = math.tan(fov_radians)
        half_height = 0.75 * half_width
        width = half_width * 2
        height = half_height * 2
        pixel_width = width / (canvas.width - 1)
        pixel_height = height / (canvas.height - 1)
        eye = Ray(self.position, self.look_at - self.position)
        vp_right = eye.vector.cross(Vector.UP).normalized()
        vp_up = vp_right.cross(eye.vector).normalized()
        for y in range(canvas.height):
            for x in range(canvas.width):
                x_comp = vp_right.scale(x * pixel_width - half_width)
                y_comp = vp_up.scale(y * pixel_height - half_height)
                ray = Ray(eye.point, eye.vector + x_comp + y_comp)
                colour = self.ray_colour(ray)
                canvas.plot(x, y, *colour)

    def ray_colour(self, ray):
        if self.recursion_depth > 3:
            return (0, 0, 0)
        try:
            self.recursion_depth += 1
            intersections = [(o, o.intersection_time(ray), s) for (o, s) in self.objects]
            i = first_intersection(intersections)
            if i is None:
                return (0, 0, 0)
            (o, t, s) = i
            p = ray.point_at_time(t)
            return s.colour_at(self, ray, p, o.normal_at(p))
        finally:
            self.recursion_depth -= 1

    def light_is_visible(self, l, p):
        for (o, s) in self.objects:
            t = o.intersection_time(Ray(p, l - p))
            if t is not None and t > EPSILON:
                return False
        return True

    def visible_lights(self, p):
        return [l for l in self.light_points if self.light_is_visible(l, p)]


def add_colours(a, scale, b):
    return (a[0] + scale * b[0], a[1] + scale * b[1], a[2] + scale * b[2])


class SimpleSurface:
    def __init__(self, base_colour=(1, 1, 1), specular=0.2, lambert=0.6):
        self.base_colour = base_colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert

    def base_colour_at(self, p):
        return self.base_colour

    def colour_at(self, scene, ray, p, normal):
        b = self.base_colour_at(p)
        c = (0, 0, 0)
        if self.specular > 0:
            reflected_ray = Ray(p, ray.vector.reflect_through(normal))
            reflected_colour = scene.ray_colour(reflected_ray)
            c = add_colours(c, self.specular, reflected_colour)
        if self.lambert > 0:
            lambert_amount = 0
            for light_point in scene.visible_lights(p):
                contribution = (light_point - p).normalized().dot(normal)
                if contribution > 0:
                    lambert_amount = lambert_amount + contribution
            lambert_amount = min(1, lambert_amount)
            c = add_colours(c, self.lambert * lambert_amount, b)
        if self.ambient > 0:
            c = add_colours(c, self.ambient, b)
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, check_size=1, **kwargs):
        super().__init__(**kwargs)
        self.other_colour = (0, 0, 0)
        self.check_size = check_size

    def base_colour_at(self, p):
        v = p - Point.ZERO
        v.scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other_colour
        return self.base_colour


def main(width, height):
    canvas = Canvas(width, height)
    s = Scene()
    s.add_light(Point(30, 30, 10))
    s.add_light(Point(-10, 100, 30))
    s.look_at = Point(0, 3, 0)
    s.add_object(Sphere(Point(1, 3, -10), 2), SimpleSurface(base_colour=(1, 1, 0)))
    for y in range(6):
        s.add_object(Sphere(Point(-3 - y * 0.4, 2.3, -5), 0.4),
                     SimpleSurface(base_colour=(y / 6.0, 1 - y / 6.0, 0.5)))
    s.add_object(Halfspace(Point(0, 0, 0), Vector.UP), CheckerboardSurface(check_size=2))
    s.render(canvas)
    return canvas.checksum()


print(main(60, 60))
