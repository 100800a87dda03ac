# Creating and driving generators.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def squares(it):
    for x in it:
        yield x * x


def main(n):
    total = 0
    for _ in range(n // 100):
        total += sum(squares(countdown(100)))
    g = countdown(n)
    for x in g:
        total += x & 1
    return total


print(main(2_000_000))
