# memoryview slice assignment takes any object with the buffer protocol
# (array.array included), checking formats and shapes; float() parses any
# buffer.
import array

a = array.array('i', range(6))
m = memoryview(a)
m[:] = array.array('i', range(5, -1, -1))
print(a)
m[1:3] = array.array('i', [70, 80])
print(a)
m[::2] = array.array('i', [1, 2, 3])
print(a)
m[0:3] = m[3:6]
print(a)
for src in (array.array('d', [1.0] * 6), array.array('b', [1] * 6), array.array('i', [1] * 5),
            b'x' * 24, bytearray(24)):
    try:
        m[:] = src
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b'abcdef')
mb = memoryview(b)
mb[1:3] = array.array('B', [65, 66])
print(b)
try:
    mb[3:5] = array.array('b', [67, 68])
except ValueError as e:
    print(e)
mb[0:2] = bytearray(b'xy')
print(b)
mb[4:6] = memoryview(b'ZZ')
print(b)
for src in ('xy', [1, 2], 7, None, array.array('u', 'xy'), array.array('H', [1, 2])):
    try:
        mb[0:2] = src
        print(b)
    except Exception as e:
        print(type(e).__name__, e)

# An array subclass is a buffer too.
class Arr(array.array):
    pass

mb[0:2] = Arr('B', b'pq')
print(b)

for v in (array.array('B', b'1.5'), array.array('b', b' -2e3 '), Arr('B', b'7'),
          array.array('B', b'x'), array.array('i', [0x31]), array.array('B')):
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
for f in (int, complex):
    try:
        print(f(array.array('B', b'12')))
    except Exception as e:
        print(type(e).__name__, e)
