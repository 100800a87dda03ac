def f(t):
    a, b, c = t
    x, x, y = t
    (p, q), r = (t[:2], 5)
    return a, b, c, x, y, p, q, r
for v in [(1, 2, 3), [4, 5, 6], "abc", range(3)]:
    print(f(v))
for bad in [(1, 2), [1, 2, 3, 4], 5]:
    try: f(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
def g(n):
    for i in range(n):
        a, b = i, i + 1
        s, t = [a, b]
    return a, b, s, t
print(g(1000))
def h():
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        import sys
        return e, sys.exc_info()[2].tb_lineno
print(h())
