# The types of reverse iterators, their length hints, and that they cannot be instantiated.
import operator
d = {1: 2, 3: 4}
for r in [reversed([1, 2]), reversed((1, 2)), reversed('ab'), reversed(range(3)), reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()), [1, 2].__reversed__()]:
    print(type(r).__name__, operator.length_hint(r), list(r), operator.length_hint(r))
for t in [type(reversed([])), type(reversed({}))]:
    try: t()
    except TypeError as e: print(e)
for s in ['ab', 'é', '', '\U0001f600x']:
    it = iter(s)
    print(type(it).__name__, operator.length_hint(it), list(it), operator.length_hint(it))
