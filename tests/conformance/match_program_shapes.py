# Dataclass-based shapes with class patterns, nested and guarded.
from dataclasses import dataclass
import enum
import math


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Circle:
    center: Point
    radius: float


@dataclass(frozen=True)
class Rect:
    corner: Point
    width: float
    height: float


@dataclass(frozen=True)
class Polygon:
    points: tuple


@dataclass(frozen=True)
class Group:
    name: str
    members: list


class Unit(enum.Enum):
    CM = "cm"
    M = "m"


def area(shape):
    match shape:
        case Circle(radius=r):
            return math.pi * r * r
        case Rect(_, w, h):
            return w * h
        case Polygon(points=(Point(), Point()) | (Point(),) | ()):
            return 0.0
        case Polygon(points=pts):
            s = 0.0
            for a, b in zip(pts, pts[1:] + pts[:1]):
                match a, b:
                    case Point(x1, y1), Point(x2, y2):
                        s += x1 * y2 - x2 * y1
            return abs(s) / 2
        case Group(members=ms):
            return sum(area(m) for m in ms)
        case _:
            raise TypeError(f"not a shape: {shape!r}")


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at the origin"
        case Circle(Point(x, y), r) if r <= 0:
            return f"degenerate circle at {x},{y}"
        case Circle(c, r):
            return f"circle of radius {r} at {c.x},{c.y}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square of side {w} at {x},{y}"
        case Rect(corner=Point(x=0, y=0)):
            return "rectangle at the origin"
        case Rect():
            return "rectangle"
        case Polygon(points=(_, _, _)):
            return "triangle"
        case Polygon(points=(_, _, _, _)):
            return "quadrilateral"
        case Polygon(points=(first, *_, last)) if first == last:
            return "closed path"
        case Polygon(points=pts):
            return f"polygon with {len(pts)} points"
        case Group(name, []):
            return f"empty group {name}"
        case Group(name, [single]):
            return f"group {name} of one: {describe(single)}"
        case Group(name, [Circle(), *_] as members):
            return f"group {name} of {len(members)} starting with a circle"
        case Group(name, members):
            kinds = sorted({type(m).__name__ for m in members})
            return f"group {name} of {kinds}"


def convert(value):
    match value:
        case (float() | int() as n, Unit.CM):
            return n / 100
        case (float() | int() as n, Unit.M):
            return float(n)
        case (n, unit):
            raise ValueError(f"bad measure {n!r} {unit!r}")


origin = Point(0, 0)
shapes = [
    Circle(origin, 1),
    Circle(Point(1, 2), 0),
    Circle(Point(1, 2), 3),
    Rect(Point(1, 1), 2, 2),
    Rect(origin, 2, 5),
    Rect(Point(1, 1), 3, 4),
    Polygon((Point(0, 0), Point(4, 0), Point(0, 3))),
    Polygon((Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2))),
    Polygon((Point(0, 0), Point(1, 0), Point(1, 1), Point(2, 1), Point(0, 0))),
    Polygon((Point(0, 0), Point(1, 0), Point(1, 1), Point(2, 1), Point(3, 3))),
    Polygon((origin,)),
    Group("g0", []),
    Group("g1", [Rect(origin, 1, 1)]),
    Group("g2", [Circle(origin, 2), Rect(origin, 1, 1)]),
    Group("g3", [Rect(origin, 1, 1), Polygon(())]),
]

for s in shapes:
    print(f"{describe(s):50} area {area(s):.3f}")

try:
    area("square")
except TypeError as e:
    print("TypeError", e)

print(Circle.__match_args__, Group.__match_args__)
for v in [(150, Unit.CM), (2.5, Unit.M), (3, "ft")]:
    try:
        print(convert(v))
    except ValueError as e:
        print("ValueError", e)
