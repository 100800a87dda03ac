# An annotated assignment to a bare name stores its annotation in
# __annotations__ whatever the annotation's last tokens are (a ')' three
# tokens from its end once made the target look parenthesized); a name in
# parentheses, `(x): int`, stores none. ast.AnnAssign's simple says the same.
import ast

Name1, Name2, Name3, A, B = 0, 2, 3, int, str


def f():
    return "f"


var: (Name1 or Name2) and Name3
var2: (Name1 or Name2) and Name3 = None
u: (A) | B
w: f() or Name3
(p): int = 1
q: (int)
r: [(A)] and B


class C:
    var: (Name1 or Name2) and Name3
    (hidden): int
    shown: (A) | B = 5


print(__annotations__)
print(C.__annotations__)
for src in ["var: (a or b) and c", "(x): int", "x: (a)", "(x): int = 1",
            "x.y: (a) | b", "x: f() or g"]:
    node = ast.parse(src).body[0]
    print(src, "->", node.simple, ast.dump(node.annotation)[:40])
ns = {}
exec("from __future__ import annotations\nv: (N1 or N2) and N3\n(h): int\n", {}, ns)
print(ns["__annotations__"])
