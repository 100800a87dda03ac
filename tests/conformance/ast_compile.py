"""compile() of _ast trees: trees built by hand, modified parsed trees,
and CPython's errors for malformed trees."""
import ast
import re


def run(tree, mode="exec", ns=None):
    try:
        co = compile(tree, "<ast>", mode)
    except Exception as e:
        print(" ", type(e).__name__, re.sub("0x[0-9a-f]+", "0x...", str(e)))
        return
    try:
        if mode == "eval":
            print("  ->", re.sub("0x[0-9a-f]+", "0x...", str(eval(co, ns or {}))))
        else:
            exec(co, ns or {})
    except Exception as e:
        print("  runtime", type(e).__name__, e)


def mod(*stmts):
    m = ast.Module(body=list(stmts), type_ignores=[])
    return ast.fix_missing_locations(m)


def pr(*args):
    return ast.Expr(ast.Call(ast.Name("print", ast.Load()), list(args), []))


C = ast.Constant
N = ast.Name
L = ast.Load()
S = ast.Store()

print("built trees")
run(mod(pr(C(1), C("two"), C(3.5), C(4j), C(b"5"), C(None), C(True), C(...), C(10**30))))
run(mod(pr(C((1, (2, "x"))))))
run(mod(ast.Assign([N("x", S)], C(5)), pr(ast.BinOp(N("x", L), ast.Mult(), C(3)))))
run(mod(ast.Assign([ast.Tuple([N("a", S), ast.Starred(N("b", S), S)], S)], ast.List([C(1), C(2), C(3)], L)),
        pr(N("a", L), N("b", L))))
run(mod(ast.FunctionDef("f", ast.arguments([], [ast.arg("x")], None, [], [], None, [C(7)]),
                        [ast.Return(ast.BinOp(N("x", L), ast.Add(), C(1)))], [], None),
        pr(ast.Call(N("f", L), [], []), ast.Call(N("f", L), [C(1)], []))))
run(mod(ast.If(ast.Compare(C(1), [ast.Lt(), ast.LtE()], [C(2), C(2)]), [pr(C("yes"))], [pr(C("no"))])))
run(mod(ast.For(N("i", S), ast.Call(N("range", L), [C(3)], []), [pr(N("i", L))], [])))
run(mod(ast.While(C(False), [ast.Pass()], [pr(C("else"))])))
run(mod(ast.Try([ast.Raise(ast.Call(N("ValueError", L), [C("boom")], []), None)],
                [ast.ExceptHandler(N("ValueError", L), "e", [pr(C("caught"), N("e", L))])], [], [pr(C("finally"))])))
run(mod(pr(ast.JoinedStr([C("a"), ast.FormattedValue(C(42), ord("r"), ast.JoinedStr([C(">6")]))]))))
run(mod(pr(ast.ListComp(N("i", L), [ast.comprehension(N("i", S), ast.Call(N("range", L), [C(4)], []), [N("i", L)], 0)]))))
run(mod(pr(ast.Dict([C(1), None], [C(2), ast.Dict([C(3)], [C(4)])]))))
run(mod(pr(ast.Subscript(ast.List([C(1), C(2), C(3)], L), ast.Slice(C(1), None, None), L))))
run(mod(ast.Import([ast.alias("math")]), ast.ImportFrom("math", [ast.alias("tau", "t")], 0),
        pr(ast.Attribute(N("math", L), "pi", L), N("t", L))))
run(mod(ast.Match(C(5), [ast.match_case(ast.MatchValue(C(4)), None, [pr(C("four"))]),
                         ast.match_case(ast.MatchAs(None, "n"), ast.Compare(N("n", L), [ast.Gt()], [C(1)]), [pr(C("big"), N("n", L))])])))
run(ast.fix_missing_locations(ast.Expression(ast.BinOp(C(6), ast.Pow(), C(2)))), "eval")
run(ast.fix_missing_locations(ast.Expression(ast.Lambda(ast.arguments([], [], None, [], [], None, []), C(1)))), "eval")
run(ast.fix_missing_locations(ast.Interactive([ast.Expr(C("interactive"))])), "single")

print("parsed and modified")
t = ast.parse("x = [1, 2, 3]\nprint(sum(x))")
t.body[0].value.elts.append(ast.Constant(4, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1))
run(t)
t = ast.parse("def f():\n    return 1\nprint(f())")
t.body[0].body[0].value.value = 2
run(t)
t = ast.parse("print(a + b)")
t.body[0].value.args[0].op = ast.Sub()
run(t, ns={"a": 10, "b": 3})


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


run(ast.fix_missing_locations(Doubler().visit(ast.parse("print(1, 2, [3, 4], 'x')"))))

print("wrong node types")
run(ast.Expression(C(1)))
run(mod(pr(C(1))), "eval")
run(ast.Interactive([]), "exec")
run(ast.Name("x", L), "exec")
run(mod(C(1)))
run(mod(ast.Expr(ast.Pass())))
run(mod(ast.Expr(5)))
run(mod(ast.Expr("x")))
run(mod(ast.AugAssign(N("x", S), ast.Lt(), C(1))))
run(mod(ast.Expr(ast.BinOp(C(1), ast.Add, C(2)))))
run(mod(ast.Expr(ast.UnaryOp(ast.Add(), C(2)))))
run(mod(ast.Expr(ast.Compare(C(1), [ast.Add()], [C(2)]))))
run(mod(ast.Expr(ast.BoolOp(ast.Add(), [C(1), C(2)]))))

print("missing fields")
run(ast.Module(body=[ast.Pass()], type_ignores=[]))
run(ast.Module(body=[ast.Pass(lineno=1)], type_ignores=[]))
run(ast.Module(body=[], type_ignores=[]))
run(ast.Module(body=[]))
run(ast.Module(type_ignores=[]))
run(mod(ast.Expr(ast.BinOp(left=C(1), op=ast.Add()))))
run(mod(ast.Expr(ast.Name(ctx=L))))
run(mod(ast.Expr(ast.Name(id="x"))))
run(mod(ast.Expr(ast.Name(id=None, ctx=L))))
run(mod(ast.Expr(ast.BinOp(None, ast.Add(), C(1)))))
run(mod(ast.Expr(ast.Call(N("f", L)))))
run(mod(ast.FunctionDef("f", None, [ast.Pass()], [])))
run(mod(ast.Expr(value=None)))

print("wrong field types")
run(ast.Module(body=ast.Pass(), type_ignores=[]))
run(mod(ast.Expr(ast.Call(N("f", L), (), []))))
run(mod(ast.Expr(ast.Name(5, L))))
run(mod(ast.Expr(ast.Name(b"x", L))))
run(mod(ast.Expr(ast.Name("x", None))))
run(mod(ast.Expr(ast.Name("x", ast.Add()))))
run(mod(ast.ImportFrom("m", [ast.alias("x")], "1")))
run(mod(ast.ImportFrom("m", [ast.alias("x")], -1)))
run(mod(ast.Expr(C([1, 2]))))
run(mod(ast.Expr(C({}))))
run(mod(ast.Expr(C(C(1)))))
run(mod(ast.Expr(C("x", kind=5))))
run(mod(ast.Expr(ast.Attribute(N("x", L), 5, L))))

print("validation")
run(mod(ast.Assign([N("x", L)], C(1))))
run(mod(ast.Assign([N("x", S)], N("y", S))))
run(mod(ast.Assign([ast.Call(N("f", L), [], [])], C(1))))
run(mod(ast.Delete([N("x", L)])))
run(mod(ast.Delete([])))
run(mod(ast.Assign([], C(1))))
run(mod(ast.Expr(N("None", L))))
run(mod(ast.Expr(N("True", L))))
run(mod(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], None)))
run(mod(ast.If(C(1), [], [])))
run(mod(ast.While(C(1), [], [])))
run(mod(ast.For(N("i", S), C(1), [], [])))
run(mod(ast.With([], [ast.Pass()])))
run(mod(ast.Try([ast.Pass()], [], [], [])))
run(mod(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
run(mod(ast.Try([], [], [], [ast.Pass()])))
run(mod(ast.Import([])))
run(mod(ast.Global([])))
run(mod(ast.Expr(ast.BoolOp(ast.And(), [C(1)]))))
run(mod(ast.Expr(ast.Compare(C(1), [], []))))
run(mod(ast.Expr(ast.Compare(C(1), [ast.Eq()], [C(1), C(2)]))))
run(mod(ast.Expr(ast.Dict([C(1)], []))))
run(mod(ast.Expr(ast.ListComp(C(1), []))))
run(mod(ast.Expr(ast.List([None], L))))
run(mod(ast.Raise(None, C(1))))
run(mod(ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [C(1)]), C(1)))))
run(mod(ast.Expr(ast.Lambda(ast.arguments([], [], None, [ast.arg("a")], [], None, []), C(1)))))
run(mod(ast.Expr(ast.Lambda(ast.arguments([], [ast.arg("None")], None, [], [], None, []), C(1)))))
run(mod(ast.Expr(ast.Call(N("f", L), [], [ast.keyword("True", C(1))]))))

print("compile errors from trees")
run(mod(ast.Return(C(1))))
run(mod(ast.Break()))
run(mod(ast.Expr(ast.Yield(C(1)))))
run(mod(ast.Nonlocal(["x"])))

print("product nodes")
run(mod(ast.With([ast.Name("x", L)], [ast.Pass()])))
run(mod(ast.With([ast.withitem(C(1), N("y", L))], [ast.Pass()])))
run(mod(ast.Try([ast.Pass()], [ast.Pass()], [], [])))
run(mod(ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])], [], [])))
run(mod(ast.Expr(ast.Call(N("f", L), [], [C(1)]))))
run(mod(ast.Expr(ast.Call(N("print", L), [], [ast.keyword(None, ast.Dict([C("sep")], [C("-")])), ast.keyword("end", C("!\n"))]))))
run(mod(ast.Import([ast.alias(None)])))
run(mod(ast.Import(["os"])))
run(mod(ast.Expr(ast.ListComp(C(1), [ast.comprehension(N("i", L), C(()), [], 0)]))))
run(mod(ast.Expr(ast.ListComp(C(1), [ast.comprehension(N("i", S), C(()), [])]))))
run(mod(ast.FunctionDef("f", ast.arguments([], [ast.arg(None)], None, [], [], None, []), [ast.Pass()], [])))
run(mod(ast.FunctionDef("f", ast.arguments([], ["a"], None, [], [], None, []), [ast.Pass()], [])))
run(mod(ast.FunctionDef("f", ast.arguments(args=[]), [ast.Pass()], [])))

print("patterns")
def case(pat, guard=None):
    return ast.match_case(pat, guard, [pr(C("matched"))])
run(mod(ast.Match(C([1, 2]), [case(ast.MatchSequence([ast.MatchValue(C(1)), ast.MatchStar("rest")]))])))
run(mod(ast.Match(ast.List([C(1), C(2)], L), [case(ast.MatchSequence([ast.MatchValue(C(1)), ast.MatchStar("rest")]))])))
run(mod(ast.Match(C(None), [case(ast.MatchSingleton(None))])))
run(mod(ast.Match(C(None), [case(ast.MatchSingleton(5))])))
run(mod(ast.Match(C(None), [case(ast.MatchOr([ast.MatchSingleton(None)]))])))
run(mod(ast.Match(C(None), [case(ast.MatchAs(ast.MatchSingleton(None), None))])))
run(mod(ast.Match(C(None), [case(ast.MatchAs(ast.MatchSingleton(None), "x"))])))
run(mod(ast.Match(C(None), [case(ast.MatchMapping([C(1)], [], None))])))
run(mod(ast.Match(C(None), [case(ast.MatchClass(N("int", L), [], ["real"], []))])))
run(mod(ast.Match(C(None), [case(C(1))])))
run(mod(ast.Match(C(None), [])))
run(mod(ast.Match(ast.Dict([C("k")], [C(3)], ), [case(ast.MatchMapping([C("k")], [ast.MatchAs(None, "v")], "rest"))])))
run(mod(ast.Match(C(7), [case(ast.MatchClass(N("int", L), [ast.MatchAs(None, "n")], [], []))])))

print("deep trees")
e = C(1)
for i in range(100):
    e = ast.BinOp(e, ast.Add(), C(1))
run(ast.fix_missing_locations(ast.Expression(e)), "eval")
pos = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
e = C(1, **pos)
for i in range(5000):
    e = ast.UnaryOp(ast.USub(), e, **pos)
try:
    compile(ast.Expression(e), "<deep>", "eval")
except RecursionError as ex:
    print("RecursionError", ex)

print("stringized annotations")
t = ast.parse('"doc"\nfrom __future__ import annotations\n'
              'def f(x: List[int], *a: "s", **k: a | None) -> Dict[str, (1, 2)]: pass\n'
              'y: Callable[..., int] = 1\n'
              'print(f.__annotations__, __annotations__)\n')
run(t)
t = ast.parse('def f(x: 1 + 2) -> None: pass\nprint(f.__annotations__)\n')
run(t)
