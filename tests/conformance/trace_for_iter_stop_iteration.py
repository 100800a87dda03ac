# Under a trace function, a for loop ended by a generator that returns a
# value, or by an iterator whose __next__ raises StopIteration, reports
# the StopIteration to the loop's frame as an exception event, as CPython
# 3.11's FOR_ITER does; iterators that just run out report nothing.
import sys
def test_gen():
    yield 0
    lno = 4
    yield 1
    return 123
def gen_none():
    yield 1
def main():
    for i in test_gen():
        lno = 10
    for j in gen_none():
        pass
    it = iter([1])
    for k in it:
        pass
    lno = 11
events = []
def tr(frame, event, arg):
    if frame.f_code.co_name in ("main", "test_gen", "gen_none", "main2", "__next__"):
        events.append((event, frame.f_lineno, frame.f_code.co_name, type(arg).__name__ if event == "exception" else None))
    return tr
sys.settrace(tr)
main()
sys.settrace(None)
for e in events:
    print(e)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 1:
            raise StopIteration
        return self.n
def main2():
    for x in It():
        pass
    for y in map(int, "1"):
        pass
events.clear()
sys.settrace(tr)
main2()
sys.settrace(None)
for e in events:
    print(e)
