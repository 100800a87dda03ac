def g():
    yield 1
for started in (False, True):
    it = g()
    if started: next(it)
    try: it.throw(StopIteration(2))
    except BaseException as e: print(type(e).__name__, e, repr(e.__cause__))
it = (x for x in [1,2])
try: it.throw(StopIteration(2))
except BaseException as e: print(type(e).__name__, e)
def g2():
    try:
        yield 1
    except StopIteration:
        print("caught")
        raise
it = g2(); next(it)
try: it.throw(StopIteration)
except BaseException as e: print(type(e).__name__, e)
class C:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a): raise StopIteration(5)
def g3():
    r = yield from C()
    print("r", r)
    yield 7
it = g3(); next(it); print(it.throw(ValueError))
