# Evaluation order of calls and cleanup when an argument raises.

def trace(tag):
    print("eval", tag)
    return tag

def f(*args, **kw):
    print("call f", args, kw)
    return "result"

f(trace("a"), trace("b"), trace("c"))

def boom(tag):
    print("boom", tag)
    raise ValueError(tag)

try:
    f(trace("a"), boom("b"), trace("c"))
except ValueError as e:
    print("caught", e)

class Obj:
    def method(self, *a):
        print("method", a)
        return self

def getobj():
    print("get obj")
    return Obj()

getobj().method(trace(1), trace(2))

def getf():
    print("get f")
    return f

getf()(trace("x"), key=trace("y"))

try:
    getf()(trace(1), boom(2), trace(3))
except ValueError:
    print("propagated")

x = [trace(i) for i in range(3)]
d = {trace("k1"): trace("v1"), trace("k2"): trace("v2")}
print(x, d)
r = trace(1) + trace(2) * trace(3)
print(r)
def default_eval():
    print("defining")
    def g(a=trace("default")):
        return a
    return g
g = default_eval()
print(g(), g())
print(f(print("a"), print("b")))
