# OR patterns, AS patterns, guards, and the order captures are bound in.


def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case [a, b] | (a, b, _) | {"a": a, "b": b}:
            return f"a={a} b={b}"
        case (Point(x=a, y=b) | Point(y=b, x=a)) as p:
            return f"point {a} {b} {p.x}"
        case [1 | 2 as n, *rest] as whole:
            return f"n={n} rest={rest} whole={whole}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "other"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


for v in [1, 3, [4, 5], (6, 7, 8), {"a": 9, "b": 10, "c": 11}, Point(1, 2), [2, 0, 0], [3, 0], "s", b"b", 4.5]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", f(v))


# Alternatives binding names in different orders.
def order(x):
    match x:
        case (a, b, c) | [c, b, a, _] | {"c": c, "a": a, "b": b}:
            return (a, b, c)


print(order((1, 2, 3)))
print(order([1, 2, 3, 4]))
print(order({"a": 1, "b": 2, "c": 3}))


def deep(x):
    match x:
        case [(a, [b, c]) | (c, b, a), d] | {"z": [d, c, b, a]}:
            return (a, b, c, d)
        case _:
            return None


print(deep([(1, [2, 3]), 4]))
print(deep([(1, 2, 3), 4]))
print(deep({"z": [1, 2, 3, 4]}))
print(deep([(1, 2), 4]))

# Guards: evaluated after binding, may fail and fall through; side effects.
log = []


def check(v, r):
    log.append(v)
    return r


def guarded(x):
    match x:
        case [a, b] if check(("first", a, b), a > b):
            return "descending"
        case [a, b] if check(("second", a, b), a == b):
            return "equal"
        case [a, b]:
            return "ascending"
        case n if check(("int", n), isinstance(n, int)):
            return "int"
        case _ if check("wild", False):
            return "never"
        case _:
            return "fallback"


for v in [[2, 1], [1, 1], [1, 2], 5, "x"]:
    print(v, guarded(v))
print(log)

# The names of a failed case that matched but failed its guard stay bound.
match [1, 2]:
    case [p, q] if p > q:
        pass
    case _:
        print("after failed guard", p, q)

# A partial match can leave earlier captures unbound: bindings happen
# only when the whole pattern matches.
match [1, 2, 3]:
    case [u, v, 4]:
        pass
    case _:
        print("u" in dir(), "v" in dir())

# OR in a sub-pattern with captures around it.
match [1, (2, 3), 4]:
    case [first, (2, x) | (x, 2) | [x, _, _], last]:
        print("mixed", first, x, last)

# AS binding inside OR alternatives.
match (5, 6):
    case (1 as a, b) | (a, 6 as b):
        print("as in or", a, b)

# Irrefutable last alternative, guarded.
match 42:
    case 1 | _ if True:
        print("irrefutable alternative last")

# Captures in closures and class bodies.
def closure(v):
    match v:
        case [x, y]:
            return lambda: x + y


print(closure([3, 4])())


class Body:
    match {"k": "class body"}:
        case {"k": value}:
            pass


print(Body.value)

z = "global"


def uses_global(v):
    global z
    match v:
        case z:
            pass


uses_global("assigned through global")
print(z)


def gen(items):
    for item in items:
        match item:
            case (k, v) if (yield k):
                print("sent truthy for", k, v)
            case (k, v):
                yield ("value", v)


g = gen([(1, "a"), (2, "b")])
print(next(g))
print(g.send(True))
print(next(g))
try:
    g.send(None)
except StopIteration:
    print("generator done")
