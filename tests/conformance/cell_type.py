# types.CellType: construction, cell_contents (read, write, delete),
# comparison by contents (empty first), repr, and no hash.
import types
def cell(value):
    def f(): print(a)
    a = value
    return f.__closure__[0]
def empty_cell():
    def f(): print(a)
    if False: a = 1
    return f.__closure__[0]
print(cell(2) < cell(3), empty_cell() < cell('s'), empty_cell() == empty_cell(), cell(-36) == cell(-36.0), cell(True) > empty_cell())
print(cell(1) == 1, cell(1) != 1, empty_cell() <= empty_cell(), empty_cell() >= cell(0))
try: cell(1) < 1
except TypeError as e: print(e)
try: cell('a') < cell(1)
except TypeError as e: print(e)
c = types.CellType(); print(repr(c).split(" at ")[0], repr(types.CellType(5)).split(":")[1].split(" at ")[0], repr(c).split(": ")[1])
try: c.cell_contents
except ValueError as e: print(e)
c.cell_contents = 4; print(c.cell_contents)
del c.cell_contents; del c.cell_contents
try: print(c.cell_contents)
except ValueError as e: print(e)
for args, kw in (((1, 2), {}), ((), {'x': 1})):
    try: types.CellType(*args, **kw)
    except TypeError as e: print(e)
try: hash(c)
except TypeError as e: print(e)
a = 12
def outer():
    a = 12
    def f(): return a
    f.__closure__[0].cell_contents = 9
    return f(), a
print(outer())
print(types.CellType.__lt__(c, 3))
