# Arithmetic sites that see floats, ints and both: the specialized float
# form takes two small ints too, and the generic form computes floats
# without the protocol; errors and overflows keep CPython's results.

def scale(factor, xs):
    return [factor * x for x in xs]

vals = [1, 2.5, -3, 0.0, 7, -0.0, 2**62, 1e308]
for f in [2, 0.5, -1, 3.0, 2**40, 1e10]:
    print(scale(f, vals))

def mixed(a, b):
    out = []
    for op in range(8):
        try:
            if op == 0: out.append(a + b)
            elif op == 1: out.append(a - b)
            elif op == 2: out.append(a * b)
            elif op == 3: out.append(a / b)
            elif op == 4: out.append(a // b)
            elif op == 5: out.append(a % b)
            elif op == 6: out.append(a ** b)
            else:
                c = a
                c += b
                c *= b
                out.append(c)
        except (ZeroDivisionError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

pairs = [(3, 2), (2.5, 2), (2, 2.5), (1.5, 0.5), (7, 0), (7.0, 0), (7, 0.0), (0.0, 0.0),
         (2**62, 3), (-2**63, -1), (1e308, 10), (10, 1e308), (-8, 3), (-8.5, 3),
         (3, -8.5), (1e-320, 1e10), (2, 1024), (2.0, 1024), (float('inf'), 2), (5, float('nan'))]
for _ in range(3):
    for a, b in pairs:
        print(a, b, mixed(a, b))

# A site that warms up on floats, then gets ints, bools and int subclasses.
class MyInt(int):
    def __mul__(self, other):
        return "MyInt.__mul__"
    def __rmul__(self, other):
        return "MyInt.__rmul__"

def mul(a, b):
    return a * b

for i in range(20):
    mul(1.5, float(i))
print(mul(3, 4), mul(True, 2.5), mul(2.5, False), mul(MyInt(3), 2.0), mul(2.0, MyInt(3)),
      mul(2**70, 0.5), mul(0.5, 2**70), mul(-(2**63), 2), mul(3, -(2**63)))
