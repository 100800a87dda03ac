def g(a, b=1, *args, c, **kw):
    return f(a, b) + obj.m(c, key=kw)

f(*args, **kwargs)
