# An indented first line of an eval-mode source is an IndentationError
# (compile, ast.literal_eval; eval strips leading blanks), also after a
# line continuation (offset 0).
for src in [" 1", "\n 1", "\n\n1", "1\n", "\t1", "(1 +\n 2)", " \\\n1", "\n  \n 1", "# c\n 1", "\\\n (\n1)"]:
    for f in (lambda s: compile(s, "<s>", "eval"), lambda s: eval(s)):
        try:
            print(repr(src), repr(f(src)) if not isinstance(f(src), type(compile('1','','eval'))) else "code")
        except SyntaxError as e:
            print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
import ast
for src in ["    -1", "\t\t-1", " \t -1", "\n -1"]:
    try:
        print(repr(src), ast.literal_eval(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
for src in [" \\\n1", " \\\n 1"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
