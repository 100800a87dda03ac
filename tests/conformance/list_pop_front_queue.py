# Removing a list's first item (pop(0), del l[0]) moves the start of its
# items; the list behaves as before for everything else.
l = list(range(20000))
total = 0
while l:
    total += l.pop(0)
q = [1, 2, 3]
for i in range(20000):
    q.append(i)
    del q[0]
print(total, len(q), q)

a = [1, 2, 3, 4]
b = a
a.pop(0)
a.insert(0, 9)
a.append(5)
del a[0]
print(a.pop(0), a, b, a is b)
a.sort()
a.reverse()
print(a, a.index(4), a.count(5), a[::-1], a[1:])
a[0:0] = [7, 8]
del a[0]
a += [1]
a.extend(range(3))
print(a, len(a), sorted(a))
e = [1]
print(e.pop(0), e, len(e))
try:
    e.pop(0)
except IndexError as err:
    print(err)
e.append(3)
print(e, e.pop(0), e)
