# An uncaught exception through several calls, with a chained cause.
def f(x):
    return x[1] + 1

def g():
    return f([1]) * 2

def h():
    try:
        g()
    except IndexError as e:
        raise RuntimeError("wrapped") from e

print("before")
h()
print("never")
