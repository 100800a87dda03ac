# The message of a Unicode error shows str() of its encoding and reason,
# whatever they were set to.
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
print(str(u))
u.encoding = 4000
print(str(u))
u.start = 1000
print(str(u))
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo')
u.end = 2
print(str(u))
u.end = 5
u.reason = 0x345345345345345345
u.encoding = 4000
print(str(u))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
u.end = 2
print(str(u))
u.end = 5
u.reason = [1, 2]
print(str(u))
u.start = 10
u.end = 11
print(str(u))
