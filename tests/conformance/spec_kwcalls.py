# Keyword calls specialized with a slot plan: defaults and keyword-only
# defaults filled at call time, including after in-place changes.
def f(a, b=2, *, c=3, d):
    return (a, b, c, d)
out = []
for i in range(30):
    try:
        out.append(f(i, d=1))
        out.append(f(i, 5, d=1, c=0))
        out.append(f(a=i, d=2))
    except TypeError as e:
        out.append(str(e))
    if i == 10:
        f.__kwdefaults__["c"] = 99
    if i == 15:
        del f.__kwdefaults__["c"]
    if i == 20:
        f.__kwdefaults__ = {"c": 7, "d": 8}
    if i == 25:
        f.__defaults__ = ()
print(out)
def g(a, *, k=1):
    return a + k
print([g(i) for i in range(10)])
