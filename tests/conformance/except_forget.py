# An except clause that does not name its exception lets pyjit forget the
# exception's traceback frame; everything that can see the exception or the
# frame must still find them whole.
import sys
import traceback

d = {}
saved = []


def frame_info(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno, sorted(k for k in f.f_locals if not k.startswith('__'))))
        tb = tb.tb_next
    return out


def plain(x):
    local = x * 2
    try:
        return d[x]
    except KeyError:
        pass
    return local


def exc_info_in_handler(x):
    local = 'kept'
    try:
        d[x]
    except KeyError:
        saved.append(sys.exc_info()[1])
    return local


def exception_in_handler(x):
    local = 'ctx'
    try:
        d[x]
    except KeyError:
        saved.append(sys.exception())


def format_in_handler(x):
    try:
        d[x]
    except KeyError:
        return traceback.format_exc().splitlines()[-1]


def named(x):
    local = [x]
    try:
        d[x]
    except KeyError as e:
        saved.append(e)


def reraise_named_then_plain(x):
    inner = 'inner'
    try:
        try:
            d[x]
        except KeyError as e:
            keep = e
            raise
    except KeyError:
        pass
    return keep


def raise_stored(e):
    try:
        raise e
    except KeyError:
        pass


def context_link(x):
    try:
        try:
            d[x]
        except KeyError:
            raise ValueError('during')
    except ValueError as e:
        return e


class Exit:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        saved.append(v)
        return False


def through_with(x):
    local = 'with'
    try:
        with Exit():
            d[x]
    except KeyError:
        pass


def getframe_in_handler(x):
    local = 'frame'
    try:
        d[x]
    except KeyError:
        saved.append(sys._getframe())


def finally_then_plain(x):
    try:
        try:
            d[x]
        finally:
            saved.append(sys.exc_info()[1])
    except KeyError:
        pass


def gen(x):
    try:
        d[x]
    except KeyError:
        yield 'caught'
    yield sys._getframe().f_code.co_name


def deep(n, x):
    if n == 0:
        return plain(x)
    return deep(n - 1, x)


print(plain(3), deep(5, 4))
for i in range(3):
    plain(i)

exc_info_in_handler(1)
e = saved.pop()
print(type(e).__name__, e.args, frame_info(e.__traceback__))

exception_in_handler(2)
e = saved.pop()
print(type(e).__name__, frame_info(e.__traceback__))

print(format_in_handler(3))

named(4)
e = saved.pop()
print(frame_info(e.__traceback__))
raise_stored(e)
print(frame_info(e.__traceback__))

k = reraise_named_then_plain(5)
print(frame_info(k.__traceback__))

v = context_link(6)
print(type(v.__context__).__name__, frame_info(v.__context__.__traceback__))

through_with(7)
e = saved.pop()
print(type(e).__name__, frame_info(e.__traceback__))

getframe_in_handler(8)
f = saved.pop()
print(f.f_code.co_name, sorted(f.f_locals), f.f_back.f_code.co_name)

finally_then_plain(9)
e = saved.pop()
print(type(e).__name__, frame_info(e.__traceback__))

print(list(gen(10)))

# A KeyError object made by Python code and raised twice.
made = KeyError('made')
raise_stored(made)
print(frame_info(made.__traceback__))
raise_stored(made)
print(len(frame_info(made.__traceback__)))

# Many handled exceptions in a row, at depth, then an unhandled one's traceback.
def many(n):
    total = 0
    for i in range(n):
        try:
            total += d[i]
        except KeyError:
            total += 1
    return total
print(many(1000))
def lookup(n, key):
    mine = n
    if n == 0:
        plain(key)
        return d[key]
    return lookup(n - 1, key)
try:
    lookup(3, 'missing')
except KeyError as e:
    print(frame_info(e.__traceback__))
    print(e.__traceback__.tb_next.tb_frame.f_back.f_code.co_name)
