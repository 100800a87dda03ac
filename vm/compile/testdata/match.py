def f(x):
    match x:
        case [1, *_, y]:
            return y
        case [a, *rest]:
            return rest
        case {"a": 1, **r}:
            return r
        case P(1, b=c) | Q(c):
            return c
        case None | True:
            return 1
        case str() as s if s:
            return s
        case _:
            return 0
