# Under `from __future__ import annotations` an annotation is kept as the
# string CPython's compiler unparses from its tree: normalized spacing,
# quotes and numbers, comments and line breaks dropped.
from __future__ import annotations

import ast

a: "str"
b: list["int"]
c: 1.5e300
d: 2**-1
e: list[int,str]
f: (dict[
    str,  # the key
    int,
])
g: 1e400 | -1e400j
h: f"{x!r:>{w}} {{y}} {'a'}" "b"
i: lambda *, a=1: a
j: x.y[1:2, ::3, a:b:c]
k: u"prefixed" | U"not kept"
l: Callable[..., Awaitable[None]]
m: 1 .real
n: [(y:=1) for z in w]
o: {**d, 'k': (1,)}
p: not a == b or c and (d or e)


class C:
    x: int|None = None
    y: 'C' = None

    def m(self, a: dict [str , int] = {}, *args: *Ts, b: (1, 2) = 0, **kw: "K") -> list[
        "C"
    ]:
        pass


def show(d):
    for k, v in d.items():
        print(k, repr(v))


show(__annotations__)
show(C.__annotations__)
show(C.m.__annotations__)

# The same from a tree compiled without its source.
src = '''from __future__ import annotations
x: u"a" | "b" | 0x10 | 1e400 | (yield_ := 2)
def f(a: "A", *, b: tuple[int,...] = ()) -> 2**-1: pass
'''
tree = ast.parse(src.replace("(yield_ := 2)", "[w for w in v]"))
ns = {}
exec(compile(tree, "<tree>", "exec"), ns)
show(ns["__annotations__"])
show(ns["f"].__annotations__)

# yield, await and := can't be in such an annotation.
for bad in [
    "def g(x: (yield)): pass",
    "def g(x: (yield from a)): pass",
    "async def g(x: await a): pass",
    "def g(x: (y:=1)): pass",
    "def g() -> (yield): pass",
    "x: (yield) = 1",
    "class C:\n    x: (await y)",
    "def f():\n    x: (yield)",
    "x.a: (yield)",
    "x: [a for a in (yield)]",
    "x: [(yield) for a in b]",
]:
    try:
        compile("from __future__ import annotations\n" + bad, "<bad>", "exec")
        print("compiled:", bad)
    except SyntaxError as err:
        print(err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset)

# These are fine: they are in a nested scope of the annotation.
for ok in [
    "def g(x: lambda: (yield)): pass",
    "x: [(y:=1) for a in b]",
    "x: [await a for a in b]",
]:
    ns = {}
    exec(compile("from __future__ import annotations\n" + ok, "<ok>", "exec"), ns)
    print(ns.get("__annotations__") or ns["g"].__annotations__)
