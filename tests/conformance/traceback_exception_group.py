def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError("t")])
def g():
    try:
        f()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [e, KeyError("k")])
g()
