# Calls to closures reading and writing captured variables.
def make_counter(step):
    count = 0

    def inc(x):
        nonlocal count
        count += step
        return count + x
    return inc


def main(n):
    f = make_counter(2)
    g = make_counter(3)
    total = 0
    for i in range(n):
        total += f(i) - g(i)
    return total


print(main(3_000_000))
