# open() for reading: text and binary modes, iteration, context managers,
# and the OSError subclasses with errno, strerror and filename.
here = __file__.rsplit('/', 1)[0]

with open(__file__) as f:
    print(f.readline().rstrip())
    print(f.name == __file__, f.mode)
    rest = f.read()
print(rest.count('\n') > 10)

with open(__file__, 'rb') as f:
    data = f.read()
print(type(data).__name__, data[:7])

lines = [line for line in open(__file__, mode='r')]
print(len(lines) > 10, lines[0].endswith('\n'))

missing = here + '/no-such-file.txt'
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
    print(str(e) == "[Errno 2] No such file or directory: " + repr(missing))
    print(e.args)

try:
    open(here)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)

try:
    open(__file__, 'rz')
except ValueError as e:
    print(e)

for args in [(2, 'No such file or directory', 'x.txt'), (13, 'Permission denied'), ('text',), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, str(e), repr(e), e.errno, e.strerror, e.filename)
e = OSError(2, 'No such file or directory', 'a', None, 'b')
print(e.filename, e.filename2, e.args)
