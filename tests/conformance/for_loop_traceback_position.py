# Tracebacks through a for statement's iteration: iter() and next() of the
# iterable are at the whole statement, so no carets are shown.
import traceback

def gen():
    raise ValueError("in gen")
    yield

class BadIter:
    def __iter__(self):
        raise KeyError("in __iter__")

class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise IndexError("in __next__")

def one_line():
    for v in gen(): pass

def two_lines():
    for v in BadNext():
        pass

def not_iterable():
    for v in 5:
        print(v)

def bad_iter():
    total = 0
    for v in BadIter(): total += v
    return total

def unpack():
    for a, b in [(1, 2), 3]: pass

for f in (one_line, two_lines, not_iterable, bad_iter, unpack):
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[1:]).replace(__file__, "FILE"))

for v in gen():
    pass
