class D:
    def __set_name__(self, o, n): raise ValueError("x")
try:
    class C:
        a = D()
except Exception as e:
    print(type(e), e, type(e.__cause__))

class Mover:
    def __set_name__(self, owner, name):
        delattr(owner, name)
        setattr(owner, name.upper(), name)

class K:
    a = Mover()
    b = Mover()
    c = Mover()
    d = Mover()
print(sorted(k for k in vars(K) if not k.startswith('__')))

class Meta(type):
    def __setattr__(cls, name, value):
        print('setattr', name)
        super().__setattr__(name, value)

class M(metaclass=Meta):
    x = 1
M.y = 2
del M.x
print(hasattr(M, 'x'), M.y)

class Meta2(type):
    def __delattr__(cls, name):
        print('delattr', name)
        super().__delattr__(name)
class M2(metaclass=Meta2):
    x = 1
del M2.x
M2.z = 3
print(hasattr(M2, 'x'), M2.z)
