# The native _functools module under CPython's functools.py: partial
# (flattening, repr, pickling, state, read-only attributes, __dict__),
# reduce and cmp_to_key, with CPython's C messages.
import copy
import functools
import pickle
import weakref


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


class Capture:
    def __call__(self, *args, **kw):
        return args, kw

    def __repr__(self):
        return 'capture'


capture = Capture()


print(functools.partial.__module__, functools.partial.__name__, type(functools.reduce).__name__)
p = functools.partial(capture, 1, a=2)
print(repr(p), p(3, b=4), p(a=5))
print(p.func is capture, p.args, p.keywords)


class Holder:
    meth = functools.partial(capture, 'bound?')


print(Holder().meth(1))

inner = functools.partial(capture, 'x')
nested = functools.partial(inner, y=1)
print(nested.func is capture, nested.args, nested.keywords)
inner.attr = 1
nested = functools.partial(inner, 2)
print(nested.func is inner, nested.args)


class MyPartial(functools.partial):
    pass


mp = MyPartial(capture, 1, k=2)
print(repr(mp), mp(), type(mp).__name__)
flat = MyPartial(MyPartial(capture, 1), 2)
print(flat.func is capture, flat.args)

attempt('no args', lambda: functools.partial())
attempt('func keyword', lambda: functools.partial(func=capture))
attempt('not callable', lambda: functools.partial(1))
attempt('set func', lambda: setattr(p, 'func', print))
attempt('set args', lambda: setattr(p, 'args', ()))
attempt('del __dict__', lambda: delattr(functools.partial(hex), '__dict__'))
attempt('set __dict__ int', lambda: setattr(functools.partial(hex), '__dict__', 1))
q = functools.partial(hex)
print(q.__dict__)
q.note = 'n'
print(q.__dict__, q.note)
print(q.__reduce__())
print(p.__reduce__())

attempt('setstate list', lambda: p.__setstate__([capture, (), {}, None]))
attempt('setstate short', lambda: p.__setstate__((capture, (), {})))
attempt('setstate bad args', lambda: p.__setstate__((capture, [], {}, None)))
attempt('setstate bad func', lambda: p.__setstate__((None, (), {}, None)))
s = functools.partial(capture)
s.__setstate__((capture, (1,), None, None))
print(s(2, b=3), s.keywords)

r = functools.partial(capture)
r.__setstate__((r, (), {}, {}))
print(repr(r))
r.__setstate__((capture, (r,), {'k': r}, {}))
print(repr(r))
r.__setstate__((capture, (), {}, {}))

k = functools.partial(capture)
k.keywords[1234] = 'value'
print('1234' in repr(k))
attempt('non-str keyword', lambda: k())

f = functools.partial(capture, ['asdf'], bar=[True])
f.attr = []
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    g = pickle.loads(pickle.dumps(f, proto))
    print(proto, g.args, g.keywords, g.attr, g())
c = copy.copy(f)
print(c.args is f.args, c.keywords is f.keywords, c.attr is f.attr)
d = copy.deepcopy(f)
print(d.args == f.args, d.args is f.args, d.keywords is f.keywords)
print(weakref.ref(f)() is f, functools.partial[int])

attempt('reduce', lambda: functools.reduce(lambda a, b: a * b, range(1, 6)))
attempt('reduce initial', lambda: functools.reduce(lambda a, b: a + b, [], 7))
attempt('reduce empty', lambda: functools.reduce(lambda a, b: a + b, []))
attempt('reduce not iterable', lambda: functools.reduce(lambda a, b: a + b, 3))
attempt('reduce kw', lambda: functools.reduce(lambda a, b: a, [1], initial=2))
attempt('reduce one', lambda: functools.reduce(len))
attempt('reduce four', lambda: functools.reduce(len, [], 1, 2))

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K).__module__, K.obj)
print(sorted([3, 1, 2], key=K), sorted('bca', key=K, reverse=True))
key = K(5)
print(key.obj, key < K(6), key == K(5), key >= K(9), key.__hash__)
key.obj = 7
print(key.obj)
attempt('K()', lambda: K())
attempt('K(1, 2)', lambda: K(1, 2))
attempt('K(obj=)', lambda: K(obj=4).obj)
attempt('K(x=)', lambda: K(x=4))
attempt('K vs int', lambda: K(1) < 1)
attempt('cmp_to_key()', lambda: functools.cmp_to_key())
attempt('cmp_to_key(mycmp=)', lambda: type(functools.cmp_to_key(mycmp=len)).__name__)
attempt('KeyWrapper()', lambda: type(K)())
attempt('subclass KeyWrapper', lambda: type('X', (type(K),), {}))
