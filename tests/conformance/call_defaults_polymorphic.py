# One call site that calls several functions whose parameters have
# defaults (handlers from a table), while the defaults change.

def a(x, y, z=3):
    return ("a", x, y, z)

def b(x, y, z=30, w=40):
    return ("b", x, y, z, w)

def c(x, y):
    return ("c", x, y)

def d(x, y=2, *rest):
    return ("d", x, y, rest)

def e(x, y, *, k=5):
    return ("e", x, y, k)

def g(x, y, z=7):
    yield (x, y, z)

table = [a, b, c, d, e, g]

def run(n):
    out = []
    for i in range(n):
        f = table[i % len(table)]
        r = f(i, -i)
        if f is g:
            r = next(r)
        out.append(r)
    return out

print(run(12)[-6:])
print(len(run(300)))

# Defaults replaced, extended, shortened and removed between calls.
a.__defaults__ = (100,)
print(run(6))
b.__defaults__ = (1, 2, 3, 4, 5)
print(run(6)[1])
a.__defaults__ = None
try:
    run(6)
except TypeError as ex:
    print("TypeError", ex)
a.__defaults__ = (9, 8)
print(run(6)[0])
b.__defaults__ = (50,)
try:
    run(6)
except TypeError as ex:
    print("TypeError", ex)

# A site with a single function whose code is replaced.
def h(x, y=1):
    return x + y

def hh(x, y=10, z=100):
    return x * y * z

def call_h(n):
    return [h(i) for i in range(n)]

print(sum(call_h(50)))
h.__code__ = hh.__code__
try:
    print(sum(call_h(5)))
except Exception as ex:
    print(type(ex).__name__, ex)
h.__defaults__ = (2, 3)
print(sum(call_h(5)))
