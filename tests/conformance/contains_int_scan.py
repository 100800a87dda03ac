# `x in seq` for an int or bool x over lists and tuples of mixed items:
# ints, bools, None and strs are compared directly, anything else by ==.


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  Eq.__eq__", self.v, other)
        return self.v == other


class Mutator:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        print("  Mutator clears the list")
        self.target.clear()
        return False


items = [1, 2, None, "3", True, 5, 2**70, 7.0, Eq(8), 9]
for x in [1, 0, True, False, 3, 5, 7, 8, 9, 10, -1, 2**70, 2**63 - 1]:
    print(x, x in items, x not in items, x in tuple(items))

print(1 in [1.0], 0 in [0.0], True in [1.0], 2 in [False, 2.0])
print(0 in [False], 1 in [True], False in [0], True in [2])
print(3 in [], 3 in (), 3 in [None, "a", "b"])

l = [1, 2]
l.append(Mutator(l))
l.append(4)
print(4 in l, l)

nan = float("nan")
print(1 in [nan, 1], 2 in [nan])


def hot(n):
    xs = list(range(50))
    hits = 0
    for i in range(n):
        if i % 60 in xs:
            hits += 1
    return hits


print("hot", hot(3000))
