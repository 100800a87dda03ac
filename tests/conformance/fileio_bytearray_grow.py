# bytearray growth by append, extend and +=, as a buffered writer uses
# it: contents, __alloc__, exports and aliasing stay as in CPython.
b = bytearray()
allocs = []
for i in range(300):
    b.extend(b"ab")
    b.append(48 + i % 10)
    b += b"."
    allocs.append(b.__alloc__())
print(len(b), bytes(b[:12]), bytes(b[-8:]), sorted(set(allocs))[:10], allocs[-1])
c = bytearray(b)
b.extend(b)
print(len(b), b[:600] == c, b[600:] == c)
del b[:1000]
b.extend(b"xyz")
print(len(b), bytes(b[-5:]))
s = bytes(b)
b.extend(b"more")
print(s == bytes(b[:-4]), bytes(b[-6:]))
m = memoryview(b)
try:
    b.extend(b"!")
except BufferError as e:
    print("BufferError", e)
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
m.release()
b.append(33)
print(bytes(b[-3:]))
parts = [b[:3], b[3:6]]
parts[0].extend(b"111")
parts[1].extend(b"222")
print(parts, bytes(b[:6]))
x = bytearray(b"base")
y = x
y += b"+"
print(x, x is y)
try:
    x += x
except BufferError as e:
    print("BufferError", e)
x.extend(iter([65, 66]))
x.extend(x)
print(x)
