# Under `from __future__ import annotations` annotations are never
# evaluated, so a name they use from an enclosing function makes no cell
# and no free variable; what cannot be in an annotation is still an error.
from __future__ import annotations


def foo():
    outer = 1

    def bar():
        inner: outer = 1
        return inner

    def baz(a: outer, *args: outer, k: outer = 2, **kw: outer) -> outer:
        return a

    return bar, baz


bar, baz = foo()
print(bar.__closure__, foo.__code__.co_cellvars, bar.__code__.co_freevars)
print(baz.__closure__, baz.__code__.co_freevars, baz.__annotations__)
print(bar(), baz(3))


def uses_it():
    used = 2

    def inner() -> used:
        return used

    return inner


print(uses_it().__code__.co_freevars, uses_it()())
for src in ["x: (y := 1)", "def f():\n    x: (yield)", "async def f():\n    x: await y",
            "def f(a: (b := 1)): pass"]:
    try:
        compile("from __future__ import annotations\n" + src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
