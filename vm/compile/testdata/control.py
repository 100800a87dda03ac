def h(xs):
    total = 0
    for x in xs:
        if x is None:
            continue
        try:
            total += x
        except TypeError as e:
            raise ValueError(x) from e
        finally:
            total -= 1
    while total > 10:
        total //= 2
    with open(xs) as fp:
        return [y * 2 for y in fp if y]
