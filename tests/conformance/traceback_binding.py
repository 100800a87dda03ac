def add(a, b):
    return a + b
class C:
    def m(self, x):
        return add(x, None)
C().m(1)
