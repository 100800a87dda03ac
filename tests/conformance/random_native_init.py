# _random.Random seeds in its __init__, as CPython's random_init: the
# argument count and keyword checks, a subclass keeping that __init__, and
# the type's name as CPython's tp_name.
import _random
import random

print(_random.Random(5).random(), type("X", (_random.Random,), {})(5).random())
print(random.Random(5).random(), type("Y", (random.Random,), {})(7).random())
for make in [lambda: _random.Random(x=5), lambda: _random.Random(1, 2),
             lambda: type("X", (_random.Random,), {})(x=5), lambda: random.Random(1, 2),
             lambda: _random.Random.__new__(int), lambda: _random.Random.random(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(_random.Random, _random.Random.__name__, _random.Random.__qualname__, repr(_random.Random.random))
print(random.Random.__mro__)
