# sys.stdin and input() read the program's standard input (the .in file).
import sys
print(sys.stdin, sys.stdin.mode, sys.stdin.encoding, sys.stdin.errors, sys.stdin.fileno())
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.seekable(), sys.stdin.closed)
print(sys.stdin is sys.__stdin__, iter(sys.stdin) is sys.stdin)
name = input('Name? ')
print('hello', repr(name))
print(repr(input()))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline(0)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)))
print(ascii(sys.stdin.readline()))
print(sys.stdin.readlines(1))
n = int(input())
nums = [int(input()) for _ in range(n)]
print(sum(nums))
for i, line in enumerate(sys.stdin):
    print(i, ascii(line))
    if i == 2:
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input('last? ')
except EOFError as e:
    print('EOFError', e)
for bad in ('x', 2.5):
    try:
        sys.stdin.read(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.stdin.write('x')
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.readline()
except OSError as e:
    print(type(e).__name__, e)
import io
sys.stdin = io.StringIO('from a StringIO\nsecond')
print(repr(input('>> ')), repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print('RuntimeError', e)
class Odd:
    def readline(self):
        return 5
sys.stdin = Odd()
try:
    input()
except TypeError as e:
    print('TypeError', e)
sys.stdin = sys.__stdin__
print(sys.stdin.seek(0), repr(sys.stdin.readline()), sys.stdin.tell())
print(sys.stdin.seek(0, 2) == sys.stdin.tell(), repr(sys.stdin.read()))
for args in ((-1,), (1, 1), (0, 5)):
    try:
        sys.stdin.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
