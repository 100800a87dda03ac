# A class that declares a name global still passes it to its methods as a
# free variable of the enclosing function; a global declaration in any
# function makes module-level code store the name in the globals.
def test(x):
    class Foo:
        global x
        def __call__(self, y):
            return x + y
        x = 100
    return Foo()
x = 0
print(test(6)(2), x)
x = -1
print(test(3)(2), x)
print(test.__code__.co_cellvars)
def test2(x):
    class Foo:
        nonlocal x
        x = 7
        def get(self):
            return x
    return Foo().get(), x
print(test2(1))
local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(sorted(k for k in local_ns if k != '__builtins__'), sorted(global_ns))
ns_l = {}
exec("""if 1:
    x = 7
    def f():
        x = 1
        def g():
            global x
            def i():
                def h():
                    return x
                return h()
            return i()
        return g()
    r = f()
    del x
    """, {}, ns_l)
print(sorted(ns_l), ns_l["r"])
