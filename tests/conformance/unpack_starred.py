# Starred unpacking of tuples, lists and other iterables, short ones included.
for s in [(1,2,3,4), [1,2,3,4], (1,2), [1], (), "abcd", range(5)]:
    for pat in range(4):
        try:
            if pat == 0:
                a, *b = s; print(a, b)
            elif pat == 1:
                *a, b = s; print(a, b)
            elif pat == 2:
                a, *b, c = s; print(a, b, c)
            else:
                a, b, *c, d, e = s; print(a, b, c, d, e)
        except ValueError as e:
            print("ValueError", e)
l = [1, 2, 3]
a, *b = l
b.append(9)
print(l, b)
