# Equal constants of one code object are one object, complex ones too;
# the signs of zero parts tell them apart.
def f():
    a = 1e308j
    b = 1e308j
    c = 0j
    d = -0j
    e = -0j
    return a is b, c is d, d is e
print(f())
print(Exception.__eq__(1e308j, 1e308j), object.__eq__(2j, 2j))
print(sorted(map(repr, f.__code__.co_consts)))
