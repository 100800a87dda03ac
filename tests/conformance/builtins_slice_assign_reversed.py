# Slices of a list assigned at once to a slice.
def main():
    perm = list(range(9))
    k = perm[3]
    for _ in range(5):
        perm[:k + 1] = perm[k::-1]
        print(perm)
    l = [1, 2, 3, 4, 5]
    l[1:3] = l[::-1]
    print(l)
    l[:] = l[::2]
    print(l)
    class Idx:
        def __init__(self, v): self.v = v
        def __add__(self, o):
            m = list(range(5))
            m[:2] = m[4::-1]          # uses a slice of its own while the outer one is pending
            print("inner", m)
            return self.v + o
        def __index__(self): return self.v
    a = list(range(6))
    a[:Idx(2) + 1] = a[4::-1]
    print(a)
    class Bad:
        def __add__(self, o): raise ValueError("add")
    try:
        a[:Bad() + 1] = a[::-1]
    except ValueError as e:
        print("ValueError", e)
    print(a)
    kept = []
    class Keeper:
        def __setitem__(self, k, v):
            kept.append(v)
    t = Keeper()
    t[:2] = a[::-1]
    b = [0] * 3
    b[:1] = b[::-1]
    print(kept, b)
    s = "abcdef"
    r = s[::-1]
    lst = list(s)
    lst[:3] = lst[5::-1]
    print(lst, r)
    big = list(range(100))
    big[:] = big[99::-1]
    print(big[:5], len(big))
    try:
        big[::2] = big[3::-1]
    except ValueError as e:
        print("ValueError", e)
main()
def noarg(x):
    x[:] = x[::-1]
    return x
print(noarg([1, 2, 3]), noarg([]))
class Idx2:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        m = list(range(5))
        n = 4
        m[:n - 2] = m[n::-1]
        print("inner", m)
        return self.v + o
class Bad2:
    def __add__(self, o): raise ValueError("add")
class Keeper2:
    def __init__(self): self.kept = []
    def __setitem__(self, k, v): self.kept.append(v)
def locals_only():
    a = list(range(6))
    idx = Idx2(2)
    one = 1
    a[:idx + one] = a[4::-1]
    print(a)
    bad = Bad2()
    try:
        a[:bad + one] = a[::-1]
    except ValueError as e:
        print("ValueError", e)
    a[:one] = a[3::-1]
    print(a)
    t = Keeper2()
    t[:one] = a[::-1]
    a[:one] = a[::-1]
    print(t.kept, a)
    t.kept[0].append("x")
    print(t.kept, a)
    try:
        a[::2] = a[one::-1]
    except ValueError as e:
        print("ValueError", e)
    print(a)
for _ in range(3):
    locals_only()
