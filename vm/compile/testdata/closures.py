def outer(x):
    def inner(y):
        nonlocal x
        x += y
        return x
    return inner

class C(Base, metaclass=M):
    attr = 1
    def m(self):
        return super().m()
