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
g = (x for x in [1])
async def c(): pass
co = c()
for f in (lambda: g.throw(fillchar=1), lambda: g.throw(ValueError, typ=1), lambda: g.send(x=1), lambda: g.close(x=1), lambda: co.throw(x=1), lambda: co.send(x=1)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
co.close()
