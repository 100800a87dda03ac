# functools.lru_cache through the native _functools._lru_cache_wrapper: keys,
# eviction, recursion, argument errors, binding, pickling and warnings.
import functools, re
print(functools._lru_cache_wrapper, type(re._compile_repl))
@functools.lru_cache
def f(x, *, y=1): return x + y
print(f(1), f(1), f(1, y=2), f(x=1), f.cache_info())
import pickle, copy
print(pickle.loads(pickle.dumps(f)) is f, copy.deepcopy(f) is f)
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__wrapped__.__name__, f.cache_parameters())
class A:
    @functools.lru_cache(maxsize=2)
    def m(self, x): return (self.__class__.__name__, x)
a=A()
print(a.m(1), a.m(1), a.m(2), a.m(3), a.m(1), A.m.cache_info(), a.m.__name__)
print(repr(a.m).split(' at ')[0].split(' of ')[0])
W=functools._lru_cache_wrapper
T=lambda *a: a
for a,k in [((),{}),((len,),{}),((len,1),{}),((len,1,1),{}),((1,1,1,1),{}),((len,'x',1,1),{}),((len,1.5,1,1),{}),((len,2**100,1,T),{}),
            ((len,1,1,T),{'x':2}), ((len,1),{'typed':1,'cache_info_type':T, 'maxsize':3}), ((len,1,1),{'x':2}),
            ((len,1,1),{'cache_info_type':T,'zz':3}), ((len,1,1,T,5),{})]:
    try: print(W(*a,**k).cache_info())
    except Exception as e: print(type(e).__name__, e)
print(W(user_function=len, maxsize=None, typed=0, cache_info_type=T).cache_info())
print(W(len, -5, 0, T).cache_info(), W(len, True, 0, T).cache_info())
w=W(len, 1, 0, T); w.__qualname__='zz'; print(w.__reduce__(), w.__copy__() is w, w.__deepcopy__(None) is w)
print(w.__get__(None, int) is w, w.__get__(3).__self__)
for call in [lambda: w.__get__(), lambda: w.cache_info(1), lambda: w.cache_clear(1), lambda: w(1,2), lambda: w([])]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
w.__dict__['a']=1; print(w.a, w.__dict__, w.cache_info())
try:
    class X(W): pass
except Exception as e: print(type(e).__name__, e)
# typed and kwargs keys
g = W(lambda *a, **k: (a, sorted(k.items())), None, True, T)
print(g(1), g(1.0), g(True), g(1, b=2), g(1, b=2.0), g.cache_info())
h = W(lambda *a, **k: len(a), 3, False, T)
for x in [1, 'a', (1,), 1, 2, 3, 4, 1, 'a']:
    h(x)
print(h.cache_info()); h.cache_clear(); print(h.cache_info())
# recursion adds the same key during the call
@functools.lru_cache(maxsize=4)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
@functools.lru_cache(maxsize=None)
def fib2(n): return n if n < 2 else fib2(n-1) + fib2(n-2)
print(fib2(100), fib2.cache_info())
# warnings' stacklevel sees no frame of the wrapper
import warnings
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    re.sub('(?P<a>x)', r'\g<+1>', 'xx')
print([(w.category.__name__, w.filename == __file__) for w in ws])
# an __eq__ that raises
class K:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('eq')
k = W(lambda x: 1, 2, False, T)
k(K())
try: k(K())
except ValueError as e: print('ValueError', e)
print(k.cache_info())
import weakref
r = weakref.ref(k); print(r() is k)
