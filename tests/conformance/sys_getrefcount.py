# sys.getrefcount exists, takes exactly one argument, and gives an int
# that operations which keep no reference leave unchanged.
import sys

b = bytearray(b"abcdef")
old = sys.getrefcount(b)
m = memoryview(b)
m[1:3]
m[0] = 120
m.release()
del m
print(sys.getrefcount(b) == old, isinstance(old, int), old >= 1)

t = (1, 2, 3)
old = sys.getrefcount(t)
for x in t:
    pass
list(reversed(t))
print(sys.getrefcount(t) == old)

for args in [(), (1, 2)]:
    try:
        sys.getrefcount(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.getrefcount(object=1)
except TypeError as e:
    print("TypeError:", e)
print(sys.getrefcount.__name__, sys.getrefcount.__module__)
