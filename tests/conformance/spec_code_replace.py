# A code object copied with replace() after tier 1 has rewritten the
# original's instructions, then run as another function's __code__.
def f(a):
    return a + 1


for i in range(100):
    f(i)

g = f.__code__.replace(co_name="g")


def h(a):
    return 0


h.__code__ = g
print(h(5), [h(i) for i in range(50)][-1], h.__code__.co_name)
for i in range(100):
    f(i)
print(f(1), h(2))
