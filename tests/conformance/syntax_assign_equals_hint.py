# "cannot assign to X here. Maybe you meant '==' instead of '='?" exactly where
# CPython's parser gives it: a lone target that could be a comparison operand.
for src in ("def f(): (yield bar) = y", "if (a or b) = 1: pass", "if (lambda: 1) = 1: pass", "if -x = 1: pass", "if (x if y else z) = 1: pass", "if (await x) = 1: pass", "if f'{x}' = 1: pass", "if {1: 2} = 1: pass", "if {1} = 1: pass", "if [x for x in y] = 1: pass", "if ... = 1: pass", "if (yield) = 1: pass", "if (x := 1) = 1: pass", "if not x = 1: pass", "if x.y = 1: pass", "if *x = 1: pass"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(src, "|", e.msg, e.offset, e.end_offset)
for src in ("if (not x) = 1: pass", "if a or (b) = 1: pass", "if (a) or (b) = 1: pass", "if f(x) = 1: pass", "if (x for x in y) = 1: pass", "if (a, b) = 1: pass", "if [a] = 1: pass", "if True = 1: pass", "if None = 1: pass"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(src, "|", e.msg, e.offset, e.end_offset)
for src in ("f() = 1", "(yield) = 1", "a + 1 = 2", "(a or b) = 1", "-x = 1", "x = f() = 1", "f() += 1", "(yield x) += 1", "[f()] = 1", "(a, f()) = 1", "x, f() = 1", "lambda: 1 = 1", "(lambda: 1) = 1", "not x = 1", "await x = 1", "{} = 1", "... = 1", "True = 1", "f'' = 1", "a if b else c = 1", "(a if b else c) = 1", "x := 1 = 2", "del f()", "for f() in x: pass", "with a as f(): pass"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(src, "|", e.msg, e.offset, e.end_offset)
for src in ("f() = x = 1", "f() = 1, 2", "f() = yield", "f() = not x", "f() = lambda: 1", "f() = a or b", "f() = *a, b", "f() = a if b else c", "(not x) = 1", "(yield) = 1", "-x = 1", "True = 1", "(True) = 1", "x.y + 1 = 2", "f() = (yield)"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(src, "|", e.msg, e.offset, e.end_offset)
for src in ("f(), x = 1", "x, (f()) = 1", "x, *f() = 1", "[x, f()] = 1", "x, -y = 1"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(src, "|", e.msg, e.offset, e.end_offset)
