# A bytes built with += in a loop grows in place while nothing else
# extends it, as a str does; every bytes along the way keeps its value.
def f():
    b = b''
    for i in range(50000):
        b += b'x'
    return b


b = f()
print(len(b), b[-3:], b.count(b'x'))
a = b'p' * 70
b1 = a + b'q'; c = b1 + b'r'; d = b1 + b's'; e = c + b't'; g = d + b'u'
print(b1[-3:], c[-3:], d[-3:], e[-3:], g[-3:], e == a + b'qrt', g == a + b'qsu', hash(e) == hash(a + b'qrt'))
w = b'w' * 64
keep = []
for i in range(5):
    w += bytes([48 + i]); keep.append(w)
print([k[-5:] for k in keep], len(keep[-1]))
x = w + w; x2 = x + x; print(len(x2), x2[-3:], x2[:3])
ba = bytearray(b'ab') + b'cd'; print(ba, type(ba))
ba2 = b'q' * 80 + bytearray(b'z'); print(type(ba2), len(ba2))
m = memoryview(b'k' * 100); z = b'y' * 70 + b'1'; z2 = z + m; print(len(z2), z2[-2:])
v = z2 + b'2'; v2 = z2 + b'3'; print(v[-3:], v2[-3:], v[:2])
import pickle; print(pickle.loads(pickle.dumps(v)) == v)
print(v.decode()[-3:], v.hex()[-6:], v.find(b'2'), v.replace(b'y', b'Y')[:3], bytes(v)[-1:], v is bytes(v))
