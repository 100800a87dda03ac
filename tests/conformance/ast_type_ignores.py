# ast.parse(type_comments=True) collects the `# type: ignore` comments in
# Module.type_ignores (line and tag), wherever they are.
import ast
src = '# type: ignore[x]\nx=1 #type:ignore\ny=2 #  type:  ignored\nz=3 # type: ignore\u221a\nw=4 # type: ignore  tag\n'
src += 'def f():\n    s = "# type: ignore"  # type: ignore_x\n    # \ttype:\tignore!\n    return 1\n'
m = ast.parse(src, type_comments=True)
print([(t.lineno, t.tag) for t in m.type_ignores])
print(ast.parse(src).type_ignores)
m = ast.parse("a = 1\nb = 2 # type: ignore\nc = 3\nd = 4 # type: ignore@tag\n", type_comments=True)
ast.increment_lineno(m, n=5)
print([(t.lineno, t.tag) for t in m.type_ignores])
print(ast.dump(ast.parse("x = 1  # type: ignore[misc]\r\n", type_comments=True)))
