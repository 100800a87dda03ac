# Everyday patterns whose cost depends on the runtime's data structures:
# a str built with +=, a scan with str.find from a moving start over
# non-ASCII text, and a list used as a queue with pop(0).
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return len(s)


def scan(text, reps):
    n = 0
    for _ in range(reps):
        i = 0
        while (j := text.find(" ", i)) >= 0:
            n += 1
            i = j + 1
    return n


def queue(n):
    q = list(range(1000))
    total = 0
    for i in range(n):
        q.append(i)
        total += q.pop(0)
    return total


print(build(400_000), scan("wörd " * 20_000, 5), queue(400_000))
