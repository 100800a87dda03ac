# SyntaxErrors of assignment expressions in comprehensions, and of
# comprehension targets that lack parentheses, in module, class and
# function scope: CPython's messages, checked in its visiting order.
cases = [
    "[i := 0 for i in range(5)]",
    "[[(j := 0) for i in range(5)] for j in range(5)]",
    "[i+1 for i in range(5) if (i := 0)]",
    "[(i, j) for i in range(5) for j in range(5) if True or (i:=10)]",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "{i for i in range(5) if (j := 0) for j, k in [(0, 1)]}",
    "[i for i in (i := range(5))]",
    "[i for i in (2, 3, i := range(5))]",
    "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in range(5) for j in (i := range(5))]",
    "[i for i in [j for j in (k := range(5))]]",
    "[i for i in [j for j in range(5) if (j := True)]]",
    "[i for i in [(j := True) for j in range(5)]]",
    "{k: v for k, v in (d := {}).items()}",
    "[i := 0, j := 1 for i, j in [(1, 2), (3, 4)]]",
    "[a, b for a, b in x]",
    "{a, b for a in x}",
    "[a, for a in x]",
    "[y := i for i in range(3)]",
    "[[(y := j) for j in range(i)] for i in range(3)]",
]
for code in cases:
    for wrap in ("{}", "class C:\n    {}", "def f():\n    {}", "lambda: {}"):
        src = wrap.format(code)
        try:
            compile(src, "case.py", "exec")
        except SyntaxError as e:
            print(repr(code), "->", e.msg, e.lineno, e.offset, e.end_offset)
        else:
            print(repr(code), "-> ok")
