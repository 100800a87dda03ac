# list.append in loops run as native code: values of every kind a trace
# holds, lists that grow past their arrays (the interpreter appends then),
# appending to the list the loop walks, a list rebound midway, and
# list.append replaced by a subclass's method.


class P:
    def __init__(self, x):
        self.x = x


def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def kinds(n):
    out = []
    for i in range(n):
        out.append(i)
        out.append(i * 0.5)
        out.append(i > 3)
        out.append(None)
        out.append(P(i))
        out.append((1, 2))
        out.append(out)
    return len(out), out[-3].x, out[-7:-3], out[-1] is out


def grow_walked(xs):
    n = 0
    for x in xs:
        if x < 50:
            xs.append(x + 100)
        n += 1
    return n, len(xs), xs[-3:]


def filtered(xs, out):
    for x in xs:
        if x % 3 == 0:
            out.append(x)
    return out


class MyList(list):
    def append(self, v):
        list.append(self, v * 10)


def rebound(n):
    out = []
    keep = out
    for i in range(n):
        out.append(i)
        if i == n // 2:
            out = MyList()
    return len(keep), out[:3], type(out).__name__


def nan_and_big(n):
    out = []
    x = 1
    f = float("inf")
    for i in range(n):
        out.append(x)
        out.append(f - f)
        x = x * 3
    return out[-4:-2], len(out)


s = squares(1000)
print(len(s), s[:5], s[-1])
print(kinds(300))
print(grow_walked(list(range(80))))
print(len(filtered(list(range(3000)), [])), filtered(list(range(30)), [-1]))
print(filtered(range(10), MyList()))
print(rebound(200))
print(nan_and_big(60))
