# Assigning empty bytes to an extended slice of a bytearray deletes it (a
# BufferError while the array is exported), as del does.
b = bytearray(b"abcdef")
b[1:-1:2] = b""
print(b)
b[::2] = b""
print(b)
b = bytearray(b"abcdef")
try: b[::2] = b"x"
except ValueError as e: print(e)
b[::-2] = []
print(b)
b = bytearray(b"abcdef")
m = memoryview(b)
for f in (lambda: b.__setitem__(slice(1, -1, 2), b""), lambda: b.__delitem__(slice(1, -1, 2))):
    try: f()
    except BufferError as e: print("BufferError", e)
print(b)
m.release()
b[1:-1:2] = b""
print(b)
