# A file written through a stream the program never closes is read back,
# measured and handed to another process as CPython shows it: the stream
# was closed (and flushed) when its last reference went. A generator left
# by break runs its finally block at once.
import json
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")

open(p, "w").write("hello")
print(repr(open(p).read()))
print(os.path.getsize(p), os.path.exists(p))

json.dump({"k": [1, 2, 3]}, open(os.path.join(d, "a.json"), "w"))
print(json.load(open(os.path.join(d, "a.json"))))


def write_lines(path, lines):
    f = open(path, "w")
    for line in lines:
        f.write(line + "\n")


write_lines(p, ["one", "two", "three"])
with open(p) as f:
    print(f.read().split())

open(p, "wb").write(b"\x00\x01\x02")
print(os.stat(p).st_size, open(p, "rb").read())

out = subprocess.run(["cat", p], capture_output=True).stdout
print(out)

open(p, "a").write("tail")
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 100))
os.close(fd)

# A stream still in use keeps working after its writes were passed on.
f = open(p, "w")
f.write("first ")
os.path.exists(p)
f.write("second")
f.close()
print(repr(open(p).read()))


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers finally")


for n in numbers():
    print("got", n)
    break
print("after break")


def lines(path):
    with open(path) as f:
        for line in f:
            yield line.strip()
        print("not reached")


for line in lines(p):
    print("first line", line)
    break
print("after lines")



def counter():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("counter closed")


# A generator shared by many loops, each left by break: it stays open
# until the program lets go of it.
shared = counter()
total = 0
for _ in range(1000):
    for x in shared:
        total += x
        break
print("total", total)
del shared
print("after del shared")


def local_generator():
    g = counter()
    print("first", next(g))
    del g
    print("local deleted")


local_generator()

for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
print("done")
