# sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer: bytes through the standard streams.
import sys
print("text first")
sys.stdout.buffer.write(b"bytes \xff\n")
print(sys.stdout.buffer.write(bytearray(b"x\n")))
sys.stdout.buffer.flush()
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.buffer.writable(), sys.stdin.buffer.readable())
print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.read(3), sys.stdin.buffer.read())
sys.stderr.buffer.write(b"err\n")
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(e)
import sys; print(sys.stdout.buffer is sys.stdout.buffer, sys.stdin.buffer is sys.stdin.buffer)
