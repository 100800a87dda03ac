from collections import defaultdict, Counter, namedtuple, OrderedDict, deque
d = defaultdict(list)
d["a"].append(1); d["b"].append(2); d["a"].append(3)
print(d, dict(d), len(d))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"])
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, isinstance(p, tuple))
x, y = p
print(x, y, p == (1, 2), len(p))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4); dq.appendleft(0)
print(dq, dq.popleft(), dq.pop(), len(dq))
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): pass
    @abstractmethod
    def perimeter(self): pass
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
    def perimeter(self): return 8
print(Sq().area(), isinstance(Sq(), Shape))
import collections.abc
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), isinstance(3, collections.abc.Iterable))
