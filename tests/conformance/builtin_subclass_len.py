# len() of instances of subclasses of builtin containers: the builtin's
# length when the class keeps the builtin __len__, the class's own
# __len__ otherwise, also when it is added, changed or removed later.


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class T(tuple):
    pass


class St(set):
    pass


class B(bytes):
    pass


class Counted(list):
    def __len__(self):
        return 42


class Deeper(Counted):
    pass


class BadLen(list):
    def __len__(self):
        return -1


class NoneLen(list):
    __len__ = None


values = [L([1, 2, 3]), D(a=1), S("héllo"), T((1, 2)), St({1, 2, 3, 4}), B(b"xyz"),
          Counted([1]), Deeper([1, 2]), BadLen([1])]
for v in values:
    for _ in range(3):
        try:
            n = len(v)
        except Exception as e:
            n = f"{type(e).__name__}: {e}"
    try:
        b = bool(v)
    except ValueError as e:
        b = str(e)
    print(type(v).__name__, n, b)

try:
    len(NoneLen([1]))
except TypeError as e:
    print("NoneLen", e)

# The class changes after its instances were measured.
x = L([1, 2])
print([len(x) for _ in range(3)])
L.__len__ = lambda self: 7
print([len(x) for _ in range(3)])
del L.__len__
print([len(x) for _ in range(3)])
x.append(3)
print(len(x), len(L()), len(L(range(100))))

# A loop that empties a list subclass, as deltablue's planner does.
todo = L(range(5))
seen = []
while len(todo):
    seen.append(todo.pop(0))
print(seen, len(todo))
