class D:
    def __get__(self, inst, owner=None):
        raise AttributeError("no")
class Meta(type):
    def __getattr__(cls, name):
        return "meta:" + name
class C(metaclass=Meta):
    x = D()
print(C.x, C.y)
class M2:
    x = D()
    def __getattr__(self, name):
        return "inst:" + name
print(M2().x, getattr(M2(), 'x'))
print(getattr(C, 'x'))
class Meta(type):
    def __getattribute__(cls, name):
        if name == 'magic':
            return 42
        return super().__getattribute__(name)
class C(metaclass=Meta):
    pass
print(C.magic, getattr(C, 'magic'), hasattr(C, 'magic'))
for i in range(3):
    print(C.magic, C.__name__)
class Meta3(type):
    def __getattr__(cls, name):
        raise AttributeError("meta3 " + name)
class E(metaclass=Meta3):
    pass
try:
    E.nothing
except AttributeError as e:
    print(e)
print(getattr(E, 'nothing', 'dflt'), hasattr(E, 'nothing'))
print(type.__getattribute__(C, '__name__'))
