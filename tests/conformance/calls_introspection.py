# Introspection of functions and code objects; defaults reassignment;
# inspect.signature text and Signature.bind; functions with many parameters.
import inspect

def target(a, b, /, c, d=4, *args, e, f=6, **kw):
    "Target docstring."
    local = 1
    return a

co = target.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_name, co.co_flags & 0x0C)
print(target.__defaults__, target.__kwdefaults__, target.__name__, target.__qualname__)
print(target.__doc__, target.__module__, target.__closure__)
print(inspect.signature(target))

def simple(x, y=2):
    return x + y

print(inspect.signature(simple))
sig = inspect.signature(simple)
ba = sig.bind(1)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(list(sig.parameters))
print(sig.parameters["y"].default, sig.parameters["x"].kind)

simple.__defaults__ = (100,)
print(simple(1))
simple.__defaults__ = None
try:
    simple(1)
except TypeError as e:
    print("TypeError:", e)

def kwo(*, k=1):
    return k
kwo.__kwdefaults__ = {"k": 99}
print(kwo())
kwo.__kwdefaults__ = None
try:
    kwo()
except TypeError as e:
    print("TypeError:", e)

def swap_a():
    return "a"
def swap_b():
    return "b"
swap_a.__code__ = swap_b.__code__
print(swap_a())

class K:
    def m(self, x, *, y=1):
        pass
print(inspect.signature(K.m), inspect.signature(K().m))
print(K.m.__qualname__, K().m.__name__)
print(inspect.signature(lambda a, *b, **c: 0))

src = "def big(" + ", ".join(f"p{i}" for i in range(300)) + "):\n    return p0 + p299\n"
ns = {}
exec(src, ns)
print(ns["big"](*range(300)))
print(ns["big"](**{f"p{i}": i for i in range(300)}))
print(ns["big"].__code__.co_argcount)

def annotated(a: int, b: "str" = "x") -> bool:
    pass
print(annotated.__annotations__)
print(inspect.signature(annotated))
f = lambda: None
print(f.__name__, f.__qualname__, f())
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(callable(print), print.__name__, len.__qualname__, repr(len))
