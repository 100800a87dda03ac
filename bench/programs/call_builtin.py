# Calls to builtin functions and methods.
def main(n):
    total = 0
    items = [3, 1, 4, 1, 5]
    out = []
    for i in range(n):
        total += len(items)
        if isinstance(i, int):
            total += min(i, 5)
        total += abs(-i) & 7
        out.append(i)
        if len(out) > 100:
            out.clear()
    return total + len(out)


print(main(2_000_000))
