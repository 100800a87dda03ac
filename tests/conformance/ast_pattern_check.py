# compile() of a match statement's AST checks its patterns as CPython's
# validator does: captures, mapping keys, class patterns, stars.
import ast
N = lambda n: ast.Name(n, ast.Load())
C = ast.Constant
pats = [
    ast.MatchMapping([C(True), C(1)], [ast.MatchValue(C("x")), ast.MatchValue(C(1))], rest="True"),
    ast.MatchMapping([C(None), C(1)], [ast.MatchAs(), ast.MatchAs()], rest="_"),
    ast.MatchMapping([C(None), C(False)], [ast.MatchAs(), ast.MatchAs()], rest="r"),
    ast.MatchMapping([N("a")], [ast.MatchAs()]),
    ast.MatchMapping([C((1,))], [ast.MatchAs()]),
    ast.MatchMapping([ast.Attribute(N("a"), "b", ast.Load())], [ast.MatchStar()]),
    ast.MatchClass(ast.Attribute(ast.Attribute(C("x"), "y", ast.Load()), "z", ast.Load()), [], [], []),
    ast.MatchClass(ast.Call(N("f"), [], []), [], [], []),
    ast.MatchClass(ast.Attribute(N("a"), "B", ast.Load()), [], ["True"], [ast.MatchAs()]),
    ast.MatchClass(N("carter"), [ast.MatchStar()], [], []),
    ast.MatchClass(N("carter"), [], ["x"], [ast.MatchAs(name="y")]),
    ast.MatchSequence([ast.MatchStar(name="rest"), ast.MatchAs(name="_")]),
    ast.MatchSequence([ast.MatchStar(name="_")]),
    ast.MatchSequence([ast.MatchStar(name="None")]),
    ast.MatchSequence([ast.MatchOr([ast.MatchStar(), ast.MatchAs()])]),
    ast.MatchStar(),
    ast.MatchAs(name="False"),
    ast.MatchAs(ast.MatchAs(), name="ok"),
]
for p in pats:
    node = ast.Match(subject=N("x"), cases=[ast.match_case(pattern=p, body=[ast.Pass()])])
    module = ast.fix_missing_locations(ast.Module([node], []))
    try:
        compile(module, "<test>", "exec")
        print(ast.dump(p), "compiles")
    except (ValueError, SyntaxError) as e:
        print(ast.dump(p), type(e).__name__, e)
