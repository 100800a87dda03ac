# Unpacking tuples and lists of known length, many times over.
def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
        x, y = y, x = (1, 2) if s & 1 else (2, 1)
        first, *rest = to_unpack
        *init, last = to_unpack
        s += first + last + len(rest) + len(init)
    return s


print(do_unpacking(200_000, tuple(range(10))), do_unpacking(200_000, list(range(10, 20))))
