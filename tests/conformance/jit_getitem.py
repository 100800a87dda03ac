# __getitem__ of instances inlined into hot loops, with the method, the
# items and the classes changing midway.
class Cells:
    def __init__(self, n):
        self.cells = [[i, i + 1] for i in range(n)]

    def __getitem__(self, i):
        return self.cells[i]


class Cells2(Cells):
    def __getitem__(self, i):
        return [i, -i]


def getitems(d, ids):
    s = 0
    for i in ids:
        if d[i][0] != 3:
            s += d[i][1]
    return s


cells = Cells(50)
print(getitems(cells, list(range(50)) * 20))
try:
    getitems(cells, list(range(40)) + [70, 3])
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("IndexError", e, names[1:])
print(getitems(cells, list(range(50)) + [-1, -2] + list(range(50))))
print(getitems(Cells2(5), list(range(300))))
print(getitems(cells, list(range(30)) + [True, 1.0 if False else 2] * 100))
cells.cells[7] = (7, 2**70)
print(getitems(cells, list(range(50)) * 3))
cells.cells[8] = (8, "x")
try:
    getitems(cells, list(range(50)))
except TypeError as e:
    print("TypeError", e)
Cells.__getitem__ = lambda self, i: [0, -1]
print(getitems(cells, list(range(50)) * 20))


def mixed_getitem(objs):
    s = 0
    for o in objs:
        s += o[2][1]
    return s


print(mixed_getitem([Cells(5)] * 300 + [Cells2(5)] * 300 + [[0, 0, (1, 2)]] * 10))
