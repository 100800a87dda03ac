# A regex scanner over a bytearray holds its buffer, as CPython's: the array
# cannot change size until the scanner ends or is dropped.
import re, gc
b = bytearray(b'x')
it = re.finditer(b'a', b)
try:
    b.extend(b'x'*400)
except BufferError as e:
    print("BufferError", e)
list(it)
del it
gc.collect()
b.extend(b'x'*400)
print(len(b))
sc = re.compile(b'x').scanner(b)
print(sc.search())
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
del sc
gc.collect()
b.append(1)
print(len(b))
