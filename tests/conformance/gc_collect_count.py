# gc.collect() returns how many unreachable objects it found: at least the
# objects of the cycles dropped just before (a tracing collector may also
# count acyclic garbage, which reference counting frees earlier).
import gc


class Node:
    def __init__(self):
        self.next = None


def make_cycles(n_cycles, n_links):
    heads = []
    for _ in range(n_cycles):
        head = node = Node()
        for _ in range(n_links):
            node.next = Node()
            node = node.next
        node.next = head
        heads.append(head)
    return heads


gc.collect()
for cycles, links in [(1, 0), (10, 5), (100, 20)]:
    heads = make_cycles(cycles, links)
    del heads
    collected = gc.collect()
    print(cycles, links, type(collected).__name__, collected >= cycles * (links + 1))

# The callbacks see the same count as the caller.
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, info["collected"])))
heads = make_cycles(5, 3)
del heads
n = gc.collect()
gc.callbacks.clear()
print(seen[0], seen[1][0], seen[1][1] == n, n >= 20)


# With no garbage made in between, a collection finds none, and a loop
# that collects until nothing is found ends.
def quiet():
    gc.collect()
    a = gc.collect()
    b = gc.collect()
    return a, b


print(quiet())
n = 0
while gc.collect():
    n += 1
    if n > 100:
        break
print(n < 5)
