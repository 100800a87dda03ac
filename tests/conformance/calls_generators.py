# Generators: send, throw, close, yield from, return values.

def counter(n):
    print("start")
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)
    return "finished"

g = counter(3)
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)

def delegate():
    result = yield from counter(2)
    print("delegate got", result)
    yield "after"

print(list(delegate()))

def thrower():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen finally")

t = thrower()
print(next(t))
print(t.throw(ValueError("boom")))
try:
    next(t)
except StopIteration:
    print("done")

c = thrower()
next(c)
c.close()
print("closed")

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print("RuntimeError:", e)

g2 = counter(1)
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)

def gen_stop():
    yield 1
    raise StopIteration("x")

try:
    list(gen_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def inner():
    try:
        yield "a"
    except KeyError:
        yield "inner handled"

def outer():
    yield from inner()

o = outer()
print(next(o))
print(o.throw(KeyError("k")))

squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), list(squares))
print(list(zip((i for i in "abc"), range(10))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
print(next(iter([])) if False else "skip")

def genexp_scope():
    xs = [1, 2, 3]
    return list(x + len(xs) for x in xs)
print(genexp_scope())

def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))

def running():
    yield g3.gi_running
g3 = running()
print(next(g3), g3.gi_running)
gi = iter(range(3))
print(next(gi), next(gi), next(gi), next(gi, "default"))
