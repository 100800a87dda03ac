# time.asctime and time.strftime check a time tuple's fields as CPython's
# checktm does and format the fields given (the weekday is not worked out
# from the date); years reach the limits of a C int.
import time
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for y in [12345, 123456789, -1, -1234, 0, 1, 999]:
    t(time.asctime, (y, 1, 1, 0, 0, 0, 0, 1, 0))
    t(time.strftime, '%Y', (y, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.asctime, (2000, 1, 1, 0, 0, 0, 0, 1, 0, 0))
t(time.asctime, (2000, 13, 1, 0, 0, 0, 0, 1, 0))
t(time.asctime, (2000, 1, 32, 0, 0, 0, 0, 1, 0))
t(time.asctime, (2000, 1, 1, 24, 0, 0, 0, 1, 0))
t(time.asctime, (2000, 1, 1, 0, 60, 0, 0, 1, 0))
t(time.asctime, (2000, 1, 1, 0, 0, 62, 0, 1, 0))
t(time.asctime, (2000, 1, 1, 0, 0, 0, 7, 1, 0))
t(time.asctime, (2000, 1, 1, 0, 0, 0, -1, 1, 0))
t(time.asctime, (2000, 1, 1, 0, 0, 0, 0, 367, 0))
t(time.asctime, (2000, 1, 1, 0, 0, 0, 0, 0, 0))
t(time.asctime, (2000, 1, 1, 0, 0, 0, 0, -1, 0))
t(time.strftime, '', (1900, 1, 1, 0, 0, 0, -2, 1, -1))
t(time.strftime, '', (1900, 1, 1, 0, 0, 0, 7, 1, -1))
t(time.strftime, '', (1900, 1, 1, 0, 0, 0, 0, 0, -1))
t(time.strftime, '', (1900, 0, 1, 0, 0, 0, 0, 1, -1))
t(time.strftime, '', (1900, 1, 0, 0, 0, 0, 0, 1, -1))
t(time.strftime, '', (1900, 1, 1, 0, 0, 0, 0, 1, -2))
t(time.strftime, '%a', (1900, 1, 1, 0, 0, 0, -1, 1, -1))
t(time.asctime, (12345, 1, 1, 0, 0, 0, 0, 1, 0, 'x', 1))
import sys
M = (1 << 31) - 1
for y in (M, -M - 1 + 1900, M + 1, -M - 1 + 1899):
    t(time.asctime, (y, 6, 1) + (0,) * 6)
    t(time.strftime, '%Y', (y,) + (1,) * 8)
