# 10 million positional calls to a one-line function.
def add(a, b):
    return a + b

def main(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total

print(main(10_000_000))
