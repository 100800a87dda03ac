# The compiler's warnings about subscripts and asserts that are likely a
# missing comma or misplaced parentheses, as CPython 3.11 gives them.
def f(x, i):
    a = x is 1
    b = "abc"()
    c = [1][1.5]
    d = (1, 2)["a"]
    e = [(1, 2) (3, 4)]
    g = "s"[1.0]
    h = b"ab"[None]
    k = None[0]
    l = ...[1]
    m = True[0]
    n = 1[0]
    o = 1.5[0]
    p = {1, 2}[0]
    q = {x for x in i}[0]
    r = (x for x in i)[0]
    s = (lambda: 0)[0]
    t = [x for x in i]["k"]
    u = f"a{x}"[1.5]
    v = [1, 2][x]
    w = [1, 2][1:2]
    y = [1, 2][True]
    z = {1: 2}["k"]
    aa = [1][(1, 2)]
    bb = [1][[1]]
    cc = [1][{1: 2}]
    dd = [1][lambda: 0]
    ee = "s"[f"x"]
    ff = [1][1j]
    assert (x, "msg")
    assert ()
    x[1.5] = 3
    del (1, 2)["a"]
f
print("compiled")
