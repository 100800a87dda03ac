# A call site specialized for one kind of callable (a bound method, a
# callable instance, a function) keeps working when later calls pass
# another kind.


class K:
    def m(self, x):
        return ("method", x)


class C:
    def __call__(self, x):
        return ("call", x)


def f(x):
    return ("function", x)


def site(g, x):
    return g(x)


k = K()
for i in range(2000):
    site(k.m, i)
print(site(C(), 1), site(f, 2))
for i in range(2000):
    site(C(), i)
print(site(k.m, 3), site(C(), 4), site(f, 5))
for i in range(2000):
    site(f, i)
print(site(k.m, 6), site(C(), 7), site(f, 8))
