# Calls with *args or **kwargs and displays with *x: the positional
# tuple, built at once, item by item, or from constants, holds what the
# call site wrote, in order, with the errors CPython reports.


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


kw = {"k": 1}
a = [10, 20]
print(show(1, 2, 3, **kw))
print(show(1, 2, **kw))
print(show(a, 2, **kw))
print(show(*a, **kw))
print(show(a, *a))
print(show(1, *a, 2, *a, 3))
print(show(*a, *a, x=5))
print(show(1, 2, 3, 4, 5, **{}))
print(show(*(), **{}))
print(show(*range(3), 9, *"ab"))

# More positional arguments than CPython pushes before building.
many = list(range(40))
print(show(*many, **kw)[0][-3:], len(show(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                                            21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, *a)[0]))
x = 7
print(show(x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13, x + 14,
           x + 15, x + 16, x + 17, x + 18, x + 19, x + 20, x + 21, x + 22, x + 23, x + 24, x + 25, x + 26, x + 27,
           x + 28, x + 29, x + 30, x + 31, **kw)[0][-2:])

# Displays.
print([1, 2, 3], (1, 2, 3), [a, *a, a], (a, *a), [1, 2, 3, *a], {1, 2, 3}, {*a, 1})
print([*a], (*a,), {*a}, [*a, *a], [x for x in a], [1, 2, 3, x], (x, 1, 2, 3))
print(len([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
           28, 29, 30, 31, 32, x]))
print({-1, -2, 5, 100, 33}, {x, -1, -2, 5}, {1, True, 1.0})
lst = [1, 2, 3]
lst.append(4)
print(lst, [1, 2, 3])


# Each call builds its own tuple and list.
def fresh():
    return [1, 2, 3], (1, 2, 3)


p, q = fresh(), fresh()
print(p[0] is q[0], p[1] == q[1])


# Errors keep their texts.
for bad in ("show(*1)", "show(1, *None)", "show(**1)", "show(1, 2, 3, **[])", "[*1]", "(1, *2)", "{*3}"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)


class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, sorted(kw))


bases = (Base,)


class C(*bases, flag=1):
    pass


class D(Base, *(), **{"x": 2}):
    pass
