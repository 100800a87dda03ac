# __qualname__ of functions made inside comprehensions: no ".<locals>" for the comprehension.
def f():
    g = [(x for x in y) for y in [[1]]][0]
    l = [lambda: 1 for _ in 'a'][0]
    d = {k: [m for m in (lambda: [1])()] for k in 'a'}
    s = [[(lambda: 2) for _ in 'b'] for _ in 'c'][0][0]
    return g.__qualname__, l.__qualname__, s.__qualname__, (lambda: [lambda: 0 for _ in 'z'][0])().__qualname__
print(f())
print([lambda: 1 for _ in 'a'][0].__qualname__, [(x for x in 'a') for _ in 'b'][0].__qualname__)
class C:
    z = [lambda: 3 for _ in 'q'][0].__qualname__
print(C.z)
