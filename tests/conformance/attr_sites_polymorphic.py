# One attribute or method site run on instances of many classes: plain
# ones, and ones whose attribute access is not the default.
class Base:
    def __init__(self, n):
        self.n = n
        self.tag = type(self).__name__
    def kind(self):
        return 'base'
class A(Base):
    def kind(self): return 'A'
class B(Base):
    def kind(self): return 'B'
class C(Base):
    pass
class D(Base):
    def kind(self): return 'D'
class WithProperty(Base):
    @property
    def tag(self): return 'property'
    @tag.setter
    def tag(self, v): self._tag = v
class WithGetattr(Base):
    def __getattr__(self, name): return 'getattr:' + name
class WithGetattribute(Base):
    def __getattribute__(self, name):
        if name == 'n':
            return -1
        return object.__getattribute__(self, name)
class WithSetattr(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ('set', value))
class Shadowed(Base):
    def __init__(self, n):
        super().__init__(n)
        self.kind = lambda: 'instance attribute'
class Slots:
    __slots__ = ('n', 'tag')
    def __init__(self, n):
        self.n = n
        self.tag = 'slots'
    def kind(self): return 'slots'
class DictMode(Base):
    pass

classes = [A, B, C, D, WithProperty, WithGetattr, WithGetattribute, WithSetattr, Shadowed, Slots, DictMode]
objs = []
for i in range(40):
    o = classes[i % len(classes)](i)
    if isinstance(o, DictMode):
        o.__dict__['extra'] = 1
    objs.append(o)

def read(os):
    return [(o.n, o.tag, o.kind()) for o in os]

def write(os):
    for o in os:
        o.n = o.n if not isinstance(o.n, int) else o.n * 2
    return [o.n for o in os]

def missing(os):
    out = []
    for o in os:
        try:
            out.append(o.absent)
        except AttributeError as e:
            out.append(str(e))
    return out

for _ in range(3):
    print(read(objs))
    print(write(objs))
    print(missing(objs))

# A class changed while sites are warm: a property added later, then an
# attribute deleted.
for o in objs[:4]:
    print(o.n)
A.n = property(lambda self: 'now a property')
print([o.n for o in objs[:4]])
del A.n
print([o.n for o in objs[:4]])
del objs[1].n
print([getattr(o, 'n', 'gone') for o in objs[:4]])
