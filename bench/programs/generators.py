# Generator pipelines and recursive generators over a tree.
class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid - 1), mid, tree(mid + 1, hi))


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scaled(it, k):
    for x in it:
        yield x * k


def windows(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


t = tree(0, 99_999)
total = 0
for _ in range(4):
    total += sum(scaled(evens(t), 3))
count = sum(1 for w in windows(iter(t), 3) if w[1] % 7 == 0)
gen_exprs = sum(x * x for x in range(300_000) if x & 3)
print(total, count, gen_exprs)
