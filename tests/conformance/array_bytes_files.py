# array: frombytes/tobytes, fromfile/tofile, byteswap, fromunicode/tounicode.
from array import array
import io, sys
a = array('i', [1, 2, -3])
b = a.tobytes(); print(b, len(b))
c = array('i'); c.frombytes(b); print(c)
c.byteswap(); print(c); c.byteswap(); print(c)
f = io.BytesIO(); a.tofile(f); f.seek(0)
d = array('i'); d.fromfile(f, 2); print(d)
try: d.fromfile(f, 5)
except EOFError as e: print("EOFError", e, d)
u = array('u', 'hé'); print(u.tobytes(), u.tounicode())
x = array('d', [1.5]); print(x.tobytes()); x.byteswap(); print(x.tobytes())
try: array('h').frombytes(b'abc')
except ValueError as e: print(e)
q = array('B'); q.frombytes(bytearray(b'xyz')); print(q)
print(array('q', array('i', [1, 2])), array('f', array('b', [1])))
for tc, init in [('i', array('u', 'a')), ('u', array('i', [1]))]:
    try:
        array(tc, init)
    except TypeError as e:
        print("TypeError", e)
