# Calls to instances of classes with __call__.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return self.k * x


def main(n):
    double = Multiplier(2)
    triple = Multiplier(3)
    total = 0
    for i in range(n):
        total += double(i) + triple(i)
    return total


print(main(2_000_000))
