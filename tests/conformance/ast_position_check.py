# compile() of an AST refuses positions that are no range, with CPython's
# messages.
import ast
for lineno, end_lineno, col, end_col in [(10, 1, 0, 5), (-10, -11, 0, 5), (10, -11, 0, 5), (-5, -2, 0, 5), (-5, 1, 0, 5),
                                         (1, 1, 4, 2), (1, 1, -1, 3), (1, 1, -1, -1), (-1, -1, 0, 5), (2, 3, 9, 1), (1, None, 0, None)]:
    tree = ast.parse("a = 1")
    s = tree.body[0]
    s.lineno, s.end_lineno, s.col_offset, s.end_col_offset = lineno, end_lineno, col, end_col
    try:
        compile(tree, "<string>", "exec")
        print(lineno, end_lineno, col, end_col, "compiles")
    except ValueError as e:
        print(lineno, end_lineno, col, end_col, "ValueError:", e)
tree = ast.parse("a = b")
tree.body[0].value.col_offset = 7
try:
    compile(tree, "<string>", "exec")
except ValueError as e:
    print("expr:", e)
