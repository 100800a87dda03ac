# The colon CPython's grammar forces (a try, else or finally block, a
# function's body) is "expected ':'" at the token that stands in its place.
cases = ["if x pass", "if x:\n pass\nelse pass", "try:\n pass\nfinally pass", "while x: pass\nelse pass", "def f() pass", "class C pass", "for x in y pass", "with a pass", "try pass", "try:\n pass\nexcept E pass", "try:\n pass\nexcept pass", "if x:\n pass\nelif y pass", "lambda x pass", "def f() -> int pass", "async def f() pass", "match x:\n case 1 pass", "while x pass", "class C(B) pass", "try:\n pass\nexcept* E pass", "with a as b pass", "for x in y: pass\nelse pass"]
for c in cases:
    try:
        compile(c, "<s>", "exec"); print(repr(c), "ok")
    except SyntaxError as e:
        print(repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for c in ["def f()\n  pass", "if x:\n pass\nelse\n pass", "try\n pass", "try:\n pass\nfinally\n pass", "def f() -> int\n pass", "if 1:\n pass\nelse: pass\n", "def f(): pass\n", "try:\n pass\nexcept E:\n pass\nelse pass"]:
    try:
        compile(c, "<s>", "exec"); print(repr(c), "ok")
    except SyntaxError as e:
        print(repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
