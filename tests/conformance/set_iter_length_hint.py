# set_iterator.__length_hint__: what is left, nothing once the set changed size.
s = {1, 2, 3}
it = iter(s)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
s.add(9)
print(it.__length_hint__())
try:
    next(it)
except RuntimeError as e:
    print(e)
s.discard(9)
print(it.__length_hint__())
it = iter(frozenset("ab"))
list(it)
print(it.__length_hint__())
import operator
print(operator.length_hint(iter({1, 2})), operator.length_hint(iter(set())))
