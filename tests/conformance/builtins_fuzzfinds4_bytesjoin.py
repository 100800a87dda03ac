# bytearray.join keeps its separator from changing size while the iterable
# runs, as CPython exports it: resizing raises BufferError.
ops = [
    ('clear', lambda r: r.clear()), ('append', lambda r: r.append(1)), ('extend', lambda r: r.extend(b'xy')),
    ('pop', lambda r: r.pop()), ('remove', lambda r: r.remove(97)), ('insert', lambda r: r.insert(0, 1)),
    ('delitem', lambda r: r.__delitem__(0)), ('delslice', lambda r: r.__delitem__(slice(0, 2))),
    ('setslice', lambda r: r.__setitem__(slice(0, 1), b'xyz')), ('setslice_same', lambda r: r.__setitem__(slice(0, 1), b'z')),
    ('setitem', lambda r: r.__setitem__(0, 65)), ('iadd', lambda r: r.__iadd__(b'q')), ('imul', lambda r: r.__imul__(2)),
    ('imul1', lambda r: r.__imul__(1)), ('init', lambda r: r.__init__(b'zz')), ('reverse', lambda r: r.reverse()),
]
for name, op in ops:
    r = bytearray(b'abc')
    class It:
        def __iter__(self):
            op(r)
            return iter([b'x', b'y'])
    try:
        print(name, r.join(It()), r)
    except Exception as e:
        print(name, type(e).__name__, e, r)
    r = bytearray(b'abc')
    def gen():
        yield b'1'
        op(r)
        yield b'2'
    try:
        print(name, r.join(gen()), r)
    except Exception as e:
        print(name, type(e).__name__, e, r)
r = bytearray(b'-')
print(r.join([r, b'a', r]), r.join([]), bytes(b',').join([bytearray(b'a')]))
r.append(1); print(r)
