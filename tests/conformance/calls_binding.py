# Positional and keyword binding, defaults, keyword-only and positional-only
# parameters, *args and **kwargs, and every binding error.

def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

def add(a, b):
    return a + b

show(add, 2, 3)
show(add, b=10, a=20)
show(add, 1)
show(add)
show(add, 1, 2, 3)
show(add, 1, b=2, c=3)
show(add, 1, a=2)
show(add, a=1, c=2)

def area(width, height):
    return width * height

show(area, height=10, width=20)
show(area, 20, width=10)

def f(x, step=1):
    return x + step

show(f, 10)
show(f, 10, 5)
show(f, 10, step=7)
show(f)
show(f, 1, 2, 3)

def append_item(x, xs=[]):
    xs.append(x)
    return xs

print(append_item(1))
print(append_item(2))
print(append_item.__defaults__)

def connect(host, *, timeout, retries=3):
    return (host, timeout, retries)

show(connect, "example.com", timeout=10)
show(connect, "example.com", 10)
show(connect, "example.com")
show(connect, "h", timeout=1, retries=5)
show(connect, "h", 1, 2, timeout=3)

def po(a, b, /, c, *, d):
    return (a, b, c, d)

show(po, 1, 2, 3, d=4)
show(po, 1, 2, c=3, d=4)
show(po, 1, b=2, c=3, d=4)
show(po, a=1, b=2, c=3, d=4)
show(po, 1, 2, 3, 4)

def varargs(a, *args):
    return a, args

show(varargs, 1)
show(varargs, 1, 2, 3)
show(varargs)
show(varargs, a=1)

def kw(a, **kwargs):
    return a, kwargs

show(kw, 1, x=2, y=3)
show(kw, 1)
show(kw, a=1, b=2)
show(kw, 1, a=2)

def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw

show(everything, 1, d=4)
show(everything, 1, 2, 3, 4, 5, d=6, f=7)
show(everything, d=1)
show(everything, 1, 2, 3, 4)

def many_missing(a, b, c, d):
    pass

show(many_missing)
show(many_missing, 1)
show(many_missing, 1, 2)

def kwonly_missing(*, a, b, c):
    pass

show(kwonly_missing)
show(kwonly_missing, b=1)

def one(a):
    return a

show(one, 1, 2)
show(one)

def none():
    return "none"

show(none, 1)
show(none, x=1)

def two_defaults(a, b=1, c=2):
    return a, b, c

show(two_defaults, 1, 2, 3, 4)
show(two_defaults, 1, 2, 3, 4, c=5)

def kwonly_given(a, *, b):
    return a, b

show(kwonly_given, 1, 2, b=3)

def posonly_kwargs(a, /, **kw):
    return a, kw

show(posonly_kwargs, 1, a=2)

class C:
    def method(self, x, y=2):
        return x, y

show(C().method)
show(C().method, 1, 2, 3)
show(C.method, C(), 1)
show(C.method)

show(lambda x: x)
show(lambda x, *, y: (x, y), 1)
