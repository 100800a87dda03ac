# Errors raised from specialized instructions carry CPython's messages and
# tracebacks, whether the site is warm or cold.

class Bad:
    def __init__(self, x):
        if x > 5:
            return x

for i in range(10):
    try:
        Bad(i)
    except TypeError as e:
        print(i, e)

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

def read_b(objs):
    out = []
    for o in objs:
        try:
            out.append(o.b)
        except AttributeError as e:
            out.append(str(e))
    return out

objs = [S() for _ in range(6)]
objs[2].b = 2
print(read_b(objs))

class Prop:
    @property
    def p(self):
        if self.n == 3:
            raise ValueError("three")
        return self.n
    def __init__(self, n):
        self.n = n

for i in range(6):
    try:
        print(Prop(i).p)
    except ValueError as e:
        print("ValueError", e)

def kwf(a, b, c):
    return a + b + c

for i in range(6):
    try:
        if i < 4:
            print(kwf(1, c=i, b=2))
        else:
            print(kwf(1, c=i, d=2))
    except TypeError as e:
        print(e)

for i in range(6):
    try:
        print(len(i if i > 3 else "x" * i))
    except TypeError as e:
        print(e)

d = {1: "a", 2: "b"}
for k in [1, 2, 3, 1]:
    try:
        print(d[k])
    except KeyError as e:
        print("KeyError", e)

lst = [1, 2, 3]
for k in [0, 1, 2, 3, -4, -1]:
    try:
        print(lst[k])
        lst[k] = k
    except IndexError as e:
        print("IndexError", e)

for x in [1, 2, 2**62, 2**63 - 1, -2**63]:
    print(x + x, x - 1, x * 3, x < 2**62)

for a, b in [(1.5, 2.5), (0.1, 0.2), (1e308, 1e308), (float("nan"), 1.0)]:
    print(a + b, a - b, a * b, a < b, a == b)

for s in ["a", "b", "é", ""]:
    print(s + s, s < "b", s == "a")

def deep(n):
    if n == 0:
        return 1 // n
    return deep(n - 1)

for i in range(3):
    try:
        deep(5)
    except ZeroDivisionError as e:
        print("zero", e)

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        if self.n == 50:
            raise RuntimeError("fifty")

def loop():
    c = Counter()
    while True:
        c.bump()

loop()
