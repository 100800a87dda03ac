# *args and **kwargs at both ends of the call.
def collect(*args, **kwargs):
    return len(args) + len(kwargs)


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


def main(n):
    total = 0
    args = (1, 2, 3)
    kwargs = {"a": 1, "b": 2}
    for i in range(n):
        total += forward(*args, **kwargs)
        total += collect(i, *args, key=i)
    return total


print(main(1_000_000))
