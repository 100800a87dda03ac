# Methods of builtin types bound to their object and called through a
# variable (`add = result.append`), in loops long enough to specialize,
# with the bound method, its object or its arguments changing.


def collect(xs, make):
    out = make()
    add = out.append if isinstance(out, list) else out.add
    for x in xs:
        add(x)
    return out


for i in range(30):
    r = collect(range(5), list)
print("append", r)
print("set.add at the same site", sorted(collect(range(5), set)))
print("list again", collect("abc", list))


class L(list):
    pass


print("subclass instance", collect(range(3), L), type(collect(range(3), L)).__name__)


def varying(n):
    a, b, d = [], set(), {}
    fns = [a.append, b.add, d.setdefault, a.count, str.upper, len]
    out = []
    for i in range(n):
        f = fns[i % len(fns)]
        try:
            out.append(f(i % 4))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out[:12], a[:5], sorted(b), d


print("varying callees", varying(60))


def wrong_arguments():
    a = []
    push = a.append
    out = []
    for i in range(30):
        try:
            if i < 20:
                push(i)
            elif i < 25:
                push(i, i)
            else:
                push()
        except TypeError as e:
            out.append(str(e))
    return len(a), out[0], out[-1]


print("argument counts", wrong_arguments())


def keywords():
    d = {"a": 1}
    get = d.get
    out = []
    for i in range(30):
        try:
            out.append(get("a") if i < 20 else get("a", default=0))
        except TypeError as e:
            out.append(str(e))
    return out[19], out[20]


print("keywords", keywords())


def wrappers():
    x = 5
    add = x.__add__
    lt = (3).__lt__
    out = []
    for i in range(30):
        out.append((add(i), lt(i), add(1.5)))
    return out[-1]


print("method-wrappers", wrappers())


def rebound_to_function():
    a = []
    f = a.append
    for i in range(30):
        r = f(i)
        if i == 20:
            f = lambda v: ("lambda", v)
    return r, len(a)


print("rebound to a function", rebound_to_function())


def classmethod_bound():
    fk = dict.fromkeys
    out = None
    for i in range(30):
        out = fk("ab", i)
    return out


print("classmethod descriptor bound", classmethod_bound())


def raising():
    d = {}
    pop = d.pop
    out = []
    for i in range(30):
        d[i] = i
        try:
            out.append(pop(i + (i % 3 == 0)))
        except KeyError as e:
            out.append(("KeyError", e.args))
    return out[:4]


print("raising", raising())
