# Coroutines awaiting coroutines, driven by send().
async def leaf(x):
    return x + 1


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b


async def top(n):
    total = 0
    for i in range(n):
        total += await middle(i)
    return total


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print(run(top(1_000_000)))
