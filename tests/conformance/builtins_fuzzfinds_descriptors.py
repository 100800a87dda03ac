def norm(s):
    # Addresses differ between runs.
    out = ''
    i = 0
    while True:
        j = s.find(' at 0x', i)
        if j < 0:
            return out + s[i:]
        k = j + 6
        while k < len(s) and s[k] in '0123456789abcdef':
            k += 1
        out += s[i:j] + ' at ADDR'
        i = k


def t(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ('memoryview', r.format, r.readonly, r.tolist())
        print('OK', norm(repr(r)))
    except Exception as e:
        print(type(e).__name__, norm(str(e)))


# staticmethod and classmethod: __init__ checks, copied attributes, __dict__
class _G:
    def __getattr__(self, n):
        raise ZeroDivisionError(n)


def f(c):
    "doc of f"
    return c


for c in (staticmethod, classmethod):
    t(lambda: c(_G()))
    s = c(f)
    t(lambda: s.__init__())
    t(lambda: s.__init__(1, 2))
    t(lambda: (s.__init__(abs), s.__func__))
    t(lambda: s.__init__(f=1))
    t(lambda: c(f).__dict__)
    t(lambda: (c(f).__name__, c(f).__doc__, c(f).__qualname__))
    t(lambda: c.__init__(0, len))
    t(lambda: c(len).__name__)

    class Sub(c):
        pass

    t(lambda: (type(Sub(f)).__name__, Sub(f).__name__))
    s = c(f)
    s.x = 5
    t(lambda: (s.x, s.__dict__['x']))
t(lambda: classmethod.__get__(classmethod(len), b'', 1))
t(lambda: classmethod.__get__(classmethod(f), b'', 1))
t(lambda: classmethod.__get__(classmethod(f), b'')())
t(lambda: classmethod.__get__(classmethod(property(f)), b''))


class A:
    @classmethod
    def m(cls):
        return cls

    @staticmethod
    def n():
        "nd"
        return 1


t(lambda: (A.m(), A().m(), A.n(), A.__dict__['n'].__doc__, A.__dict__['m'].__name__))
t(lambda: str.__dict__['maketrans'].__name__)

# generator.__del__, property.__delete__/__set__
g = (x for x in [1, 2])
t(lambda: g.__del__())
t(lambda: g.__del__(0))
t(lambda: next(g))
g = (x for x in [1, 2])
next(g)
t(lambda: g.__del__())
t(lambda: next(g))
p = property()
t(lambda: p.__delete__())
t(lambda: p.__delete__(A()))
t(lambda: p.__set__(A(), 1))
t(lambda: p.__set__(A()))
t(lambda: property(len, len, len).__delete__(1))

# super.__get__ and super.__init__
t(lambda: super(int, 1).__get__(0))
t(lambda: super(int, 1).__get__(0, 0, 0))
t(lambda: super(int).__get__(1))
t(lambda: super(int).__get__(1, int))
t(lambda: super(int).__get__(None, int))
t(lambda: super(int).__get__('x'))
t(lambda: super.__init__(super(int, 1)))
t(lambda: super.__init__(0))
t(lambda: super(int, 1, x=2))

# float.__getformat__, range.__bool__/__hash__, anext
t(lambda: float.__getformat__('double'))
t(lambda: float.__getformat__('float'))
t(lambda: float.__getformat__(''))
t(lambda: float.__getformat__(0))
t(lambda: float.__getformat__())
t(lambda: range(3).__bool__())
t(lambda: range(0).__bool__())
t(lambda: range.__bool__())
t(lambda: range.__bool__(0))
t(lambda: range.__hash__(0))
t(lambda: range.__hash__(range(3)) == hash(range(3)))
t(lambda: anext(0, 0))
t(lambda: anext(0))
t(lambda: anext())


# attribute hooks of the builtin types
class S(str):
    pass


class D(dict):
    pass


class E(Exception):
    pass


for e in ["tuple.__getattribute__(0, '')", "{}.__getattribute__(S('ab'))", "False.__delattr__(S('ab'))",
          "[].__setattr__(S('ab'), 1)", "classmethod.__delattr__(0, S('ab'))", "type.__delattr__(0, '')",
          "type.__setattr__(1, 'x', 1)", "object.__getattribute__(1, S('real'))", "(1).__getattribute__(S('real'))",
          "ValueError('v').__getattribute__(S('ab'))", "type({}.keys()).__getattribute__(0, '__class__')",
          "slice.__getattribute__(0, '__class__')", "str.__getattribute__('a', 'upper')", "tuple.__getattribute__()",
          "tuple.__getattribute__((), 1)", "E().__setattr__('x', 1)", "BaseException.__setattr__(1, 'x', 1)",
          "type.__setattr__(D, 'y', 5)", "D.y", "type.__delattr__(D, 'y')", "hasattr(D, 'y')",
          "super.__getattribute__(0, '')", "type.__init__(ValueError)", "type.__init__(int, 1, 2)",
          "type.__init__(int, 'a', (), {})"]:
    t(lambda: eval(e))
d = D()
d.x = 1
print(d.x, d.__dict__)


class Q(list):
    def __getattr__(self, n):
        return n


print(Q().foo)

# __class_getitem__ of the generic builtin types
for e in ['enumerate.__class_getitem__(sep=0)', 'tuple.__class_getitem__(start=0)', 'list.__class_getitem__(int)',
          'dict.__class_getitem__(strict=0)', '[].__class_getitem__(int)', 'list.__class_getitem__()', 'list[int]',
          'dict[str, int]', 'list.__class_getitem__(1, 2)']:
    t(lambda: eval(e))


class L(list):
    pass


print(L[int])
