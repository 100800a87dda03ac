# complex in hot loops (specialized and generic), negative bases to fractional
# powers in loops, copying, subclasses in containers, and sum().
import copy, cmath
def f(n, z):
    acc = 0
    for i in range(n):
        acc = acc + z * i
        if i == n // 2:
            z = 0.5
        acc = acc - 1
    return acc
print(f(3000, 1j), f(3000, 2.0))
def g(n):
    out = []
    for i in range(n):
        x = -float(i) - 1.0
        out.append(x ** 0.5)
        out.append((-i - 1) ** 0.5)
        out.append(pow(x, 1/3))
    return out[-6:]
print(g(2000))
def h(n):
    z = 1 + 1j
    t = 0j
    for i in range(n):
        t += z ** 2 / (i + 1) - z.conjugate()
        t = t * 0.5
        if t == 0: pass
        b = abs(t) > 1
    return t, b
print(h(5000))
print(copy.copy(1j), copy.deepcopy([1 + 2j]), copy.deepcopy(3 - 4j))
class C(complex): pass
print(repr(copy.copy(C(1, 2))), type(copy.copy(C(1,2))).__name__)
print([1j, C(2)], {C(3): 1})
print(sum([1e100j, 1j, -1e100j]), sum([0.1]*10), sum([1e100, 1.0, -1e100]), sum([0.1j]*10), sum([1, 0.1j, 2**63, 0.5]))
