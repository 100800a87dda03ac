from dataclasses import dataclass, field, asdict, replace, fields, astuple
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2)
print(p, p == Point(1, 2), asdict(p), astuple(p), replace(p, x=5), [f.name for f in fields(p)])
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), sorted([V(3), V(1, "a")]), hash(V(1)) == hash(V(1)))
try:
    V(1).a = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(e)
@dataclass
class Child(Point):
    z: int = 9
    def __post_init__(self):
        self.sum = self.x + self.y + self.z
c = Child(1, 2, [], 3)
print(c, c.sum)
import inspect
print(inspect.signature(Point))
print(Point.__doc__)
