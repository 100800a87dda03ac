# Decorators, closures, nonlocal, and introspection of closures.
import functools

def outer(x):
    def inner(y):
        return x + y
    return inner

f = outer(10)
print(f(5), f.__closure__[0].cell_contents, f.__code__.co_freevars)
print(outer.__code__.co_cellvars)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([a(10) for a in make_adders()])
print([a(10) for a in [lambda x: x + i for i in range(3)]])

def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@trace
def hello(name, punct="!"):
    return "hello " + name + punct

print(hello("world"))
print(hello("you", punct="?"))
print(hello.__name__)

def d1(fn):
    print("d1 applied")
    return lambda: "d1(" + fn() + ")"

def d2(fn):
    print("d2 applied")
    return lambda: "d2(" + fn() + ")"

@d1
@d2
def base():
    return "base"

print(base())

def with_args(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return prefix + str(fn(*a, **k))
        return wrapper
    return deco

@with_args(">> ")
def compute(a, b):
    """Compute a sum."""
    return a + b

print(compute(1, 2), compute.__name__, compute.__doc__, compute.__wrapped__(3, 4))

def not_callable_deco(fn):
    return 42

@not_callable_deco
def g():
    pass

print(g)

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1

print(deep()()()())

def late():
    def get():
        return value
    value = "late binding"
    return get

print(late()())

def unbound():
    def get():
        return value
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    value = 1

unbound()

def shadow():
    x = "local"
    def inner():
        x = "inner"
        return x
    return inner(), x

print(shadow())

x = "global"
def read_global():
    return x
def write_global():
    global x
    x = "changed"
write_global()
print(read_global())

class K:
    y = 5
    def m(self):
        return y

y = "module y"
print(K().m())

def class_in_func():
    v = "enclosing"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()

print(class_in_func())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60))
p = functools.partial(pow, 2)
print(p(10), functools.reduce(lambda a, b: a * b, range(1, 6)))
