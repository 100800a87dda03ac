a = tuple[int, str]
print(list(a), [*a], list(a)[0].__unpacked__, a.__unpacked__)
print(list(a)[0] == a, list(a)[0] == list(a)[0])
print(tuple[*a] if False else None)
x, = list[int]
print(x, type(x))
