# 10 million obj.m(x) calls on a plain instance.
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self

def main(n):
    acc = Acc()
    for i in range(n):
        acc.add(i)
    return acc.total

print(main(10_000_000))
