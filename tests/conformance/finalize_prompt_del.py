# __del__ runs where CPython's reference counts run it: at `del`, at
# rebinding, at the end of an expression statement whose temporaries die,
# and when a function's locals die with its frame.


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)

    def use(self):
        print("use", self.name)
        return len(self.name)


r = Resource("deleted")
del r
print("after del")

r = Resource("first")
r = Resource("second")
print("after rebind")
r = None
print("after None")

Resource("temporary")
print("after temporary")

Resource("method").use()
print("after method call")

Resource("attribute").name
print("after attribute")


def scope():
    local = Resource("local")
    local.use()
    print("leaving scope")


scope()
print("after scope")


def make():
    made = Resource("returned")
    return made


kept = make()
print("kept", kept.name)
del kept
print("after del kept")


def two():
    a = Resource("a")
    b = Resource("b")
    return a.use() + b.use()


print("two", two())


class Holder:
    def __init__(self):
        self.inner = Resource("held")


h = Holder()
del h
print("after del holder")

h = Holder()
del h.inner
print("after del attribute")

items = {"k": Resource("item")}
del items["k"]
print("after del item")

stack = [Resource("bottom"), Resource("top")]
stack.pop()
print("after pop")

shared = Resource("shared")
alias = shared
del shared
print("alias still alive:", alias.name)
del alias
print("after del alias")


def outer():
    def inner():
        cell = Resource("cell")
        def show():
            return cell.name
        return show()
    print("inner gave", inner())


outer()
print("after outer")


class Err(Exception):
    def __del__(self):
        print("del Err", self.args)


try:
    raise Err("boom")
except Err as e:
    print("caught", e)
print("after except")


def loop():
    for i in range(3):
        x = Resource("loop%d" % i)
        x.use()
        del x
    print("loop done")


loop()
for i in range(3):
    y = Resource("module%d" % i)
print("module loop done")
del y
del stack
print("end")
