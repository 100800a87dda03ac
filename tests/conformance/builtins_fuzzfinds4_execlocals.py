# exec() and eval() with locals that are a mapping but not a dict (or a
# dict subclass): names are read, stored and deleted through the mapping.
def t(fn):
    try: print('OK', fn())
    except Exception as e: print(type(e).__name__, e)
t(lambda: exec(b'abc', {}, 'ß'))
t(lambda: exec('a', {1: 2}, 'a,b,,c'))
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print('get', k); return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v if isinstance(v, (int, str)) else type(v).__name__); self.d[k] = v
    def __delitem__(self, k):
        print('del', k); del self.d[k]
m = M()
t(lambda: exec('x = 1\ny = x + 1\ndel x\nprint(y, len)', {}, m))
print(m.d)
t(lambda: eval('y * 2', {}, m))
t(lambda: eval('zz', {'zz': 3}, m))
class DS(dict):
    def __missing__(self, k): return 'missing ' + k
    def __getitem__(self, k):
        print('DS get', k); return super().__getitem__(k)
t(lambda: exec('print(q)', {}, DS()))
t(lambda: eval('q', {}, DS()))
class Q(M):
    def __setitem__(self, k, v): self.d[k] = v
m2 = Q()
t(lambda: exec('from string import *\nprint(sorted(locals().d)[:3])', {}, m2))
m3 = M()
t(lambda: exec('def f(): return 1\nclass C: pass\nimport string as s\nprint(type(locals()).__name__, type(vars()).__name__)', {}, m3))
print(sorted(m3.d))
t(lambda: exec('for i in range(2): pass', {}, M()))
t(lambda: exec('x: int = 5', {}, M()))
t(lambda: exec('print(__name__)', {'__name__': 'g'}, M()))
t(lambda: exec('[w for w in range(2)]', {}, M()))

m4 = M()
t(lambda: exec("exec('k = 3')\nprint(k)", {}, m4))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return M()
    def __new__(mcls, name, bases, ns): return super().__new__(mcls, name, bases, ns.d)
class WithPrep(metaclass=Meta):
    a = 1
    print(type(locals()).__name__, sorted(locals().d))
