# for loops over lists: the iterator of one loop is reused by the next
# once it runs out; nested, recursive, interrupted and suspended loops
# each keep their own.


def nested(rows):
    out = []
    for row in rows:
        for x in row:
            for y in row:
                out.append(x * y)
    return out


print(nested([[1, 2], [3], [], [4, 5, 6]]))


def walk(tree, depth=0):
    total = 0
    for node in tree:
        if isinstance(node, list):
            total += walk(node, depth + 1)
        else:
            total += node * depth
    return total


print(walk([1, [2, [3, [4, []]], 5], [[6]]]))


def gen(items):
    for x in items:
        yield x
        for y in items:
            if y > x:
                yield (x, y)


g1 = gen([1, 2, 3])
g2 = gen([10, 20])
print(next(g1), next(g2), next(g1), next(g2))
for a in [7, 8]:
    pass
print(list(g1), list(g2))

# A loop left by break or by an exception: its iterator stays with it.
found = []
for i in range(5):
    for x in [1, 2, 3, 4]:
        if x == i:
            break
    else:
        x = None
    found.append(x)
print(found)

try:
    for x in [1, 2, 3]:
        if x == 2:
            raise ValueError(x)
except ValueError as e:
    print("raised", e)

# The list changes under its loop.
items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x < 3:
        items.append(x + 10)
print(seen)

items = [1, 2, 3, 4]
seen = []
for x in items:
    seen.append(x)
    items.clear()
print(seen, items)

# The iterator a loop sees is an ordinary list iterator; iter() of a list
# is not taken from the loops' pool.
it = iter([1, 2])
for x in [5, 6]:
    pass
print(type(it).__name__, list(it), list(it))

its = [iter(l) for l in ([1], [2, 3])]
for l in [[4], [5]]:
    for x in l:
        pass
print([list(i) for i in its])

# Many loops, one after another and inside comprehensions and calls.
def count(l):
    n = 0
    for _ in l:
        n += 1
    return n


total = 0
for k in range(200):
    l = list(range(k % 7))
    total += count(l) + sum(x for x in l) + len([y for y in l])
    for x in l:
        total += count([x] * x)
print(total)
