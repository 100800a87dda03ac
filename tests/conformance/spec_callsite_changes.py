# Call sites and attribute sites whose targets change while a loop runs:
# every specialized form must notice and give the generic answer.

def f(x):
    return x + 1

def g(x):
    return x * 10

def run_global_rebound():
    out = []
    for i in range(40):
        out.append(f(i))
        if i == 20:
            globals()["f"] = g
    return out

print("global rebound", run_global_rebound()[18:24])
f = globals()["f"]

def h(x):
    return x + 1

def run_global_deleted_then_builtin():
    out = []
    global len
    for i in range(30):
        out.append(len("abc"))
        if i == 10:
            len = lambda s: -1
        if i == 20:
            del len
    return out

print("builtin shadowed", run_global_deleted_then_builtin())

def run_builtin_module_patched():
    import builtins
    saved = builtins.abs
    out = []
    for i in range(30):
        out.append(abs(-i))
        if i == 15:
            builtins.abs = lambda v: "patched"
    builtins.abs = saved
    return out

print("builtins patched", run_builtin_module_patched()[14:18])

class A:
    def m(self, x):
        return ("A.m", x)

def run_method_replaced():
    a = A()
    out = []
    for i in range(30):
        out.append(a.m(i))
        if i == 10:
            A.m = lambda self, x: ("lambda", x)
        if i == 20:
            a.m = lambda x: ("instance", x)
    return out

r = run_method_replaced()
print("method replaced", r[9:13], r[19:23])

def two(a, b):
    return ("two", a, b)

def three(a, b, c=100):
    return ("three", a, b, c)

def run_code_swapped():
    out = []
    for i in range(30):
        out.append(two(i, i))
        if i == 10:
            two.__code__ = three.__code__
            two.__defaults__ = (7,)
        if i == 20:
            two.__defaults__ = (8,)
    return out

r = run_code_swapped()
print("code swapped", r[9:12], r[20:23])

def kw(a, b, c):
    return (a, b, c)

def run_kw_defaults():
    out = []
    for i in range(20):
        out.append(kw(i, c=2, b=1))
        if i == 10:
            kw.__kwdefaults__ = {"c": 5}
            kw.__code__ = (lambda a, b=0, *, c: (a, b, c, "new")).__code__
            kw.__defaults__ = (0,)
    return out

r = run_kw_defaults()
print("kw call", r[9:13])

class Point:
    def __init__(self, x, y):
        try:
            self.x = x
        except AttributeError as e:
            self.e = str(e)
        self.y = y

def run_class_changes():
    out = []
    for i in range(40):
        p = Point(i, 2)
        out.append(p.x + p.y)
        if i == 10:
            Point.x = property(lambda self: 1000)
        if i == 20:
            del Point.x
        if i == 30:
            def init(self, x, y):
                self.x = -x
                self.y = -y
            Point.__init__ = init
    return out

r = run_class_changes()
print("class changes", r[9:12], r[19:22], r[29:32])

class Slots:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a

def run_slots():
    out = []
    for i in range(20):
        s = Slots(i)
        out.append(s.a)
        if i == 10:
            Slots.a = 5
    return out

try:
    print("slots", run_slots())
except AttributeError as e:
    print("slots AttributeError", e)

def run_rotating_callables():
    class K:
        def __init__(self, v):
            self.v = v
        def __call__(self, v):
            return ("call", v)
        def meth(self, v):
            return ("meth", v)
    kinds = [lambda v: ("lambda", v), len, K, K(0), K(0).meth, str, type, tuple, isinstance, print.__call__]
    out = []
    for i in range(60):
        fn = kinds[i % len(kinds)]
        try:
            if fn is isinstance:
                r = fn(i, int)
            elif fn is len or fn is str or fn is type or fn is tuple:
                r = fn("ab")
            elif fn is kinds[-1]:
                r = fn(end="")
            else:
                r = fn(i)
        except TypeError as e:
            r = ("TypeError", str(e))
        out.append(r if not isinstance(r, (K,)) else ("K", r.v))
    return out

print("rotating", run_rotating_callables()[:20])

def run_arity_change():
    def target(a, b):
        return a - b
    out = []
    for i in range(20):
        try:
            out.append(target(i, 1))
        except TypeError as e:
            out.append(str(e))
        if i == 10:
            target.__code__ = (lambda a: a).__code__
    return out

print("arity change", run_arity_change()[9:13])

def run_recursion_limit():
    def down(n):
        return down(n + 1)
    for i in range(3):
        try:
            down(0)
        except RecursionError as e:
            print("recursion", i, e)

run_recursion_limit()

class Base:
    def val(self):
        return "base"

class Derived(Base):
    pass

def run_mro_change():
    d = Derived()
    out = []
    for i in range(20):
        out.append(d.val())
        if i == 10:
            Derived.val = lambda self: "derived"
        if i == 15:
            Base.val = lambda self: "base2"
            del Derived.val
    return out

print("mro change", run_mro_change()[9:17])

def run_getattr_added():
    class P:
        def __init__(self):
            self.a = 1
    p = P()
    out = []
    for i in range(20):
        out.append(p.a)
        if i == 10:
            P.__getattribute__ = lambda self, name: "hooked"
    return out

print("getattribute added", run_getattr_added()[9:13])

def run_dict_replaced():
    class Q:
        pass
    q = Q()
    q.v = 1
    out = []
    for i in range(20):
        out.append(q.v)
        if i == 10:
            q.__dict__ = {"v": "new dict"}
        if i == 15:
            q.__class__ = type("R", (), {"v": "class attr"})
            del q.__dict__["v"]
    return out

print("dict replaced", run_dict_replaced()[9:18])

def run_ops_types():
    out = []
    vals = [1, 2.5, "s", 2**70, True, [1], (1,)]
    for i in range(40):
        a = vals[i % len(vals)]
        try:
            out.append(a + a)
            out.append(a < a)
            out.append(a * 2)
        except TypeError as e:
            out.append(str(e))
    return out

print("ops", run_ops_types()[:21])

def run_iter_kinds():
    out = 0
    for src in [range(5), [1, 2], (3, 4), "ab", {5: 6}, range(3)] * 3:
        for x in src:
            out = out + (x if isinstance(x, int) else len(x))
    return out

print("iter kinds", run_iter_kinds())

def run_subscr():
    out = []
    for c in [[1, 2, 3], {0: "d", 1: "e", -1: "f"}, (7, 8, 9), "xyz", [4, 5, 6]] * 2:
        out.append(c[1])
        out.append(c[-1])
        try:
            c[0] = 9
        except TypeError as e:
            out.append(str(e))
    return out

print("subscr", run_subscr())

def run_unpack():
    out = []
    for s in [(1, 2), [3, 4], (5, 6), "ab", [7, 8, 9], (1,)]:
        try:
            a, b = s
            out.append((a, b))
        except ValueError as e:
            out.append(str(e))
    return out

print("unpack", run_unpack())

def run_call_code_swapped():
    class K:
        def __call__(self, a):
            return ("one", a)
    k = K()
    out = []
    for i in range(20):
        try:
            out.append(k(i))
        except TypeError as e:
            out.append(str(e))
        if i == 10:
            K.__call__.__code__ = (lambda self, a, b=5: ("two", a, b)).__code__
            K.__call__.__defaults__ = (5,)
        if i == 15:
            K.__call__.__code__ = (lambda self: "none").__code__
    return out

print("__call__ code swapped", run_call_code_swapped()[9:18])

def run_init_code_swapped():
    class P:
        def __init__(self, a):
            self.a = a
    out = []
    for i in range(20):
        try:
            out.append(P(i).__dict__)
        except TypeError as e:
            out.append(str(e))
        if i == 10:
            P.__init__.__code__ = (lambda self, a, b=1: setattr(self, "b", b)).__code__
            P.__init__.__defaults__ = (1,)
        if i == 15:
            P.__init__.__code__ = (lambda self: None).__code__
    return out

print("__init__ code swapped", run_init_code_swapped()[9:18])

def run_bound_method_object():
    class M:
        def go(self, x):
            return x
    bound = M().go
    out = []
    for i in range(20):
        out.append(bound(i))
        if i == 10:
            M.go.__code__ = (lambda self, x: -x).__code__
    return out

print("bound method object", run_bound_method_object()[9:14])
