# A throw delegated by `yield from` to a generator runs it with the
# delegating frame as its f_back; close() and non-generator delegates do not.
import sys
def names(frame):
    out = []
    while frame:
        name = frame.f_code.co_name
        if name.startswith('call_'):
            break
        out.append(name)
        frame = frame.f_back
    return out
def example(call_method):
    def f():
        print("f start", names(sys._getframe()))
        try:
            yield
        except Exception as e:
            print("f caught", type(e).__name__, names(sys._getframe()))
        print("f end", names(sys._getframe()))
    def g():
        print("g start", names(sys._getframe()))
        yield from f()
        print("g end", names(sys._getframe()))
    gen = g()
    gen.send(None)
    try:
        call_method(gen)
    except StopIteration:
        pass
def call_send(gen):
    gen.send(None)
def call_throw(gen):
    gen.throw(RuntimeError)
example(call_send)
example(call_throw)
def h():
    try:
        yield
    except GeneratorExit:
        print("h closing", names(sys._getframe()))
        raise
def k():
    yield from h()
def call_close():
    gk = k()
    next(gk)
    gk.close()
call_close()
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print("It.throw", names(sys._getframe(1)))
        raise StopIteration(5)
def m():
    r = yield from It()
    print("m got", r)
def call_it():
    gm = m(); next(gm)
    try:
        gm.throw(ValueError)
    except StopIteration:
        pass
call_it()
