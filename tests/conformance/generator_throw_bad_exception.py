# generator.throw(cls) when making the exception fails: that failure is
# thrown into the generator; bad arguments are raised without touching it.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
class F(Exception):
    def __init__(self):
        raise KeyError("from init")
def boring():
    yield
def catching():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e)
for exc in (E, F):
    g = boring()
    try:
        g.throw(exc)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        next(g)
    except StopIteration:
        print("finished")
    g = catching()
    next(g)
    g.throw(exc)
    g.close()
g = boring()
for args in ((1,), (ValueError(), 1), (ValueError, None, 5)):
    try:
        g.throw(*args)
    except TypeError as e:
        print(e)
print(next(g))
