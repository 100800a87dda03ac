# compile() of a match statement's AST checks a MatchValue's expression as
# CPython's validator does.
import ast
x = ast.Name("x", ast.Load())
values = [ast.Constant((1, 2, 3)), ast.Constant(None), ast.Constant(True), ast.Constant(...),
          ast.Constant(frozenset()), ast.Constant(1), ast.Constant("s"), ast.Constant(b"b"), ast.Constant(1.5), ast.Constant(2j),
          ast.Name("y", ast.Load()), ast.Attribute(ast.Name("a", ast.Load()), "b", ast.Load()),
          ast.UnaryOp(ast.USub(), ast.Constant(1)), ast.UnaryOp(ast.Not(), ast.Constant(1)),
          ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)), ast.BinOp(ast.Constant(1), ast.Mult(), ast.Constant(2)),
          ast.List([], ast.Load()), ast.Call(ast.Name("f", ast.Load()), [], [])]
for v in values:
    node = ast.Match(subject=x, cases=[ast.match_case(pattern=ast.MatchValue(v), body=[ast.Pass()])])
    module = ast.fix_missing_locations(ast.Module([node], []))
    try:
        compile(module, "<test>", "exec")
        print(ast.dump(v), "compiles")
    except (ValueError, SyntaxError) as e:
        print(ast.dump(v), type(e).__name__, e)
