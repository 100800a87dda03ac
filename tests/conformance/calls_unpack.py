# Call-site * and ** unpacking: any iterable, any mapping, duplicates, order.

def f(*args, **kwargs):
    return args, kwargs

def show(g, *args, **kwargs):
    try:
        print(g(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

args = (1, 2)
print(f(*args))
print(f(0, *[1, 2], *range(3, 5), *"ab"))
print(f(*{3: 'x', 1: 'y'}))
print(f(*(i * i for i in range(4))))
kwargs = {"x": 1, "y": 2}
print(f(**kwargs))
print(f(**{"a": 1}, **{"b": 2}))
print(f(1, *[2], x=3, **{"y": 4}))
print(f(x=1, *[5]))

def g(a, b, c):
    return a, b, c

show(g, *[1, 2, 3])
show(g, 1, *[2, 3])
show(g, *[1], **{"b": 2, "c": 3})
show(g, x=1, **{"x": 2})
show(g, *1)
show(g, 1, *2)
show(g, **1)
show(g, 1, **{"a": 5, "b": 2, "c": 3})
show(g, **{"a": 1, "b": 2, "c": 3, "d": 4})
show(g, *[1, 2, 3, 4])

class Mapping:
    def keys(self):
        return ["b", "a", "c"]
    def __getitem__(self, k):
        return k.upper()

show(g, **Mapping())
print(f(**Mapping()))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(f(*Seq()))

def order(tag):
    print("eval", tag)
    return tag

f(order(1), *[order(2)], order(3), k=order(4), **{"z": order(5)})

try:
    print(*1)
except TypeError as e:
    print(e)
try:
    len(**{1: 2})
except TypeError as e:
    print(e)
show(f, **{1: 2})
d = {"a": 1}
print(f(**d) == f(a=1), d)
print(max(*[3, 1, 2]), min(*"bca"))
