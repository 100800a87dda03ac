t = (1, 'a', 2.5)
out = []
for i in range(-3, 3):
    out.append(t[i])
print(out)
for k in (3, -4, True):
    try:
        print(t[k])
    except IndexError as e:
        print('IndexError', e)
class T(tuple): pass
for x in [(1, 2), T((3, 4)), [5, 6], (7, 8)]:
    print(x[1], x[-1])
