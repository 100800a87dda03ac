# f(**m) with mappings that are not dicts: merged key by key in the order
# keys() gives, a key given twice is "got multiple values", a KeyError
# raised by the mapping itself stays a KeyError.
def f(*a, **k): return a, k
for call in ["f(*None)", "f(**None)", "f(1, *None)", "f(*1)", "h(*None)", "f(x=1, **{'x': 2})", "f(**{'a':1}, **{'a':2})", "f(**md)", "f(*[1], **md)"]:
    class MD:
        def keys(self): return ['a', 'a']
        def __getitem__(self, k): return 1
    md = MD()
    def h(): pass
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
class KE:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k):
        print('get', k)
        if k == 'q': raise KeyError('zz')
        return 1
try:
    f(**KE())
except Exception as e:
    print(type(e).__name__, e)
class Order:
    def keys(self):
        print('keys'); return iter(['a', 'x', 'b'])
    def __getitem__(self, k):
        print('get', k); return k
try:
    f(x=0, **Order())
except Exception as e:
    print(type(e).__name__, e)
print(f(**Order()))
try:
    f(**{'a': 1}, **{1: 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2}, **{1: 3})
except Exception as e:
    print(type(e).__name__, e)
def f(**k): return k
class G:
    def keys(self):
        for k in 'ab':
            print('key', k); yield k
    def __getitem__(self, k):
        print('get', k); return 1
print(f(**G())); d = {}; d.update(G()); print(d); print(dict(G()))
class N:
    def keys(self): return 5
    def __getitem__(self, k): return 1
for c in ["f(**N())", "{}.update(N())", "dict(N())", "{**N()}"]:
    try: print(eval(c))
    except TypeError as e: print(c, e)
