class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class C(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def m(self):
        return self.a
    x = a + b
print(C.order, C().m(), C.x)
