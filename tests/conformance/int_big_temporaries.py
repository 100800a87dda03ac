# Big-int expressions whose intermediate results feed the next operator
# directly (q * j + r, r - s * t, chains), mixed with the ways a value
# reaches an operator other than straight from the one before it:
# conditional expressions, assignment expressions, augmented assignment,
# reflected methods that keep their operand, operators returning an
# operand (x * 1, x + 0). Every variable must keep its value.
A = 3**90
B = 7**60 + 1
C = -(5**70)


def chains(a, b, c):
    out = []
    out.append(a * b + c)
    out.append(a * 3 + c)
    out.append(c - a * b)
    out.append(a * b - c * 2 + a - b)
    out.append(a * b + a * b)
    out.append((a * b + c) // (a * 4 + b))
    out.append((a * b + c) % (a * 4 + b))
    out.append(a * b * c + 1 - 2 * a)
    out.append(-(a * b) + c)
    out.append(a * 0 + b * 1 + c * -1)
    out.append(2**70 * 2**70 - 2**140)
    out.append(a * b - a * b)
    return out, (a, b, c)


r = chains(A, B, C)
print(r, r[1] == (A, B, C))


def cond(n):
    v = A * B + 1
    kept = v
    out = []
    for i in range(n):
        # The left operand is v (a variable) or a fresh product.
        w = (v if i % 2 else A * B) + C
        out.append(w)
        v = w * 1
        out.append((v * 1) + C)
        out.append(C + (v if i % 3 else B * 2))
    return out, kept == A * B + 1


print(cond(6))


def walrus():
    x = (t := A * B) + C
    y = C - (u := A * 5)
    return x, t, y, u, t == A * B, u == A * 5


print(walrus())


class Keep:
    seen = []

    def __radd__(self, other):
        Keep.seen.append(other)
        return other

    def __rsub__(self, other):
        Keep.seen.append(other)
        return other


def reflected():
    k = Keep()
    got = []
    for i in range(4):
        kept = A * B + k
        got.append(kept)
        z = (kept if i % 2 else A * 2) + C
        got.append(z)
        got.append(A * 3 - k)
    return got, [s for s in Keep.seen], all(g == A * B for g in got[0::3])


print(reflected())


def escaped():
    # The same + sees a fresh product and a reflected method that keeps
    # it, then the kept value again through the other branch.
    k = Keep()
    kept = None
    out = []
    for i in range(6):
        rhs = k if i % 3 == 0 else C
        v = (kept if kept is not None and i % 2 else A * B) + rhs
        if rhs is k:
            kept = v
        out.append((v, kept))
    return out, kept == A * B


print(escaped())


def augmented():
    s = 0
    t = A
    for i in range(5):
        s += A * i
        s -= B * 2
        t *= 3
        t += B
    keep = s
    s += C * 2
    return s, t, keep


print(augmented())


def closures():
    a, b = A, B

    def inner():
        return a * b + a, b - a * 2, a * b + b * a

    r = inner()
    return r, a == A, b == B


print(closures())


def gen():
    x = A
    for i in range(3):
        y = yield x * B + i
        x = x * 2 + (y or 0)


g = gen()
print(next(g), g.send(A), g.send(B * 3))


def fits():
    # Intermediate big results whose sum or difference fits in a machine
    # word, and back.
    m = 2**64
    out = []
    for d in (0, 1, -1, 2**63 - 1, -2**63, 2**63):
        out.append(m * 3 - m * 3 + d)
        out.append((m * 2 + d) - m * 2)
        out.append(d - m * 1 + m)
    return out


print(fits())


def errors():
    out = []
    for rhs in (None, "s", 1.5, [1]):
        try:
            out.append(A * B + rhs)
        except TypeError as e:
            out.append(str(e))
    return out


print(errors())

# Module level (names, not fast locals).
x = A * B
y = x * 2 + C
z = (x if y else A * 3) + C
print(x == A * B, y, z)
