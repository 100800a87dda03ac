# type.__setattr__ and type.__delattr__ on a builtin type refuse it before
# looking at the name, showing the name's repr (which may raise); on a
# class a name that is not a str is a TypeError. Found by the runtime
# fuzzer (type.__setattr__(list, obj_whose_repr_raises, ...)).


class Boom(Exception):
    pass


class ReprRaise:
    def __repr__(self):
        raise Boom


class S(str):
    pass


class M:
    pass


cases = [
    lambda: type.__setattr__(list, ReprRaise(), frozenset({1, 2})),
    lambda: type.__delattr__(list, ReprRaise()),
    lambda: type.__setattr__(list, 1, 2),
    lambda: type.__delattr__(list, 1),
    lambda: type.__delattr__(list, 'x'),
    lambda: type.__setattr__(list, 'x', 1),
    lambda: type.__setattr__(int, S('y'), 2),
    lambda: type.__setattr__(M, 1, 2),
    lambda: type.__delattr__(M, 1),
    lambda: type.__setattr__(M, ReprRaise(), 2),
    lambda: setattr(list, ReprRaise(), 1),
    lambda: object.__setattr__(M(), 3, 1),
]
for f in cases:
    try:
        f()
        print("OK")
    except Exception as e:
        print(type(e).__name__, e)
