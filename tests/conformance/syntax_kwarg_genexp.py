# A keyword argument whose value is a bare generator expression.
for src in ["dict(a = i for i in range(10))",
            "f(x, a = i for i in range(10))",
            "f(a = i async for i in y)",
            "f(a = (i for i in range(3)))"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
