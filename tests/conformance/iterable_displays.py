# A list display iterated by a for loop or comprehension, or on the right of
# the last `in`/`not in`, is a tuple: the same items, in the same order,
# evaluated once.
def trace(x):
    print('eval', x)
    return x
for dx, dy in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
    print(dx, dy, end='; ')
print()
for v in [trace(1), trace(2)]:
    print('got', v)
print([x * 2 for x in [1, 2, 3]], {x for x in []}, list(x for x in [trace('g')]))
print([(a, b) for a in [1, 2] for b in [3, trace(4)]])
a, b = 2, 5
print(a in [1, 2], a not in [1, 2], b in [a, trace(5)], 1 < a in [2, 3], 3 < a in [2])
rest = [7, 8]
print(7 in [*rest, 9], [*rest, 1], [x for x in [*rest]])
class Weird:
    def __eq__(self, o):
        print('eq', o)
        return o == 3
print(Weird() in [1, 2, 3, 4], Weird() not in [1])
def f():
    return [x for x in [1, 2]], 2 in [1, 2], [i for i in range(2)]
print(f())
print([1, 2] in [[1, 2]], [] in [[], 1])
