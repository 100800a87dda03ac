# Calls through decorator wrappers that forward *args and **kwargs.
import functools


def logged(fn):
    calls = [0]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@timed
@logged
def add(a, b, c=0):
    return a + b + c


def main(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
        total += add(i, 2, c=3)
    return total + add.__wrapped__.calls[0]


print(main(700_000))
