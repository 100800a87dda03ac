# A heap type's __name__ and __qualname__ are the same str object each time
# (inspect.classify_class_attrs matches attributes by identity); a static
# type's are made on each access, as in CPython.
import inspect
class A:
    x = 1
print(A.__name__ is A.__name__, A.__qualname__ is A.__qualname__, int.__name__ is int.__name__)
s = 'Bee'; A.__name__ = s; print(A.__name__ is s, A.__name__)
q = 'Q.Bee'; A.__qualname__ = q; print(A.__qualname__ is q, repr(A))
print(sorted(a.name for a in inspect.classify_class_attrs(A) if a.name.startswith('__q') or a.name.startswith('__n')))
print(sorted(a.name for a in inspect.classify_class_attrs(int) if a.name.startswith('__q') or a.name.startswith('__n')))
import inspect, enum
class Color(enum.Enum):
    YELLOW = 1
    MAGENTA = 2
    CYAN = 3
attrs = dict((a.name, a) for a in inspect.classify_class_attrs(Color))
print(sorted(attrs))
print(sorted(set(dir(Color))))
print(sorted(Color.__dict__))
