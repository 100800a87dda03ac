"""The ast module on top of _ast: node classes, constructors, literal_eval,
dump, unparse round-trips, visitors and the location helpers."""
import ast
import _ast
import pickle
import copy
import re


def clean(x):
    return re.sub("0x[0-9a-f]+", "0x...", str(x))


print("classes")
names = sorted(n for n in dir(_ast) if not n.startswith("__"))
print(len(names), names[:5], names[-5:])
for n in ["AST", "mod", "Module", "stmt", "FunctionDef", "expr", "BinOp", "expr_context", "Load",
          "boolop", "And", "operator", "Add", "unaryop", "USub", "cmpop", "Eq", "comprehension",
          "excepthandler", "ExceptHandler", "arguments", "arg", "keyword", "alias", "withitem",
          "match_case", "pattern", "MatchAs", "type_ignore", "TypeIgnore"]:
    c = getattr(ast, n)
    print(n, c.__bases__[0].__name__, c._fields, c._attributes, c.__match_args__, c.__module__)
print(ast.Constant.__doc__)
print(ast.expr.__doc__.splitlines()[0])
print(ast.AST.__doc__, ast.Load.__doc__)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.Constant.kind, ast.expr.end_lineno, ast.arg.type_comment, ast.Return.value)
print(issubclass(ast.Num, ast.Constant), issubclass(ast.Index, ast.slice), ast.Suite.__bases__, ast.Param.__bases__)

print("constructors")
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(n))
print(ast.dump(ast.BinOp(left=ast.Name("x", ast.Load()), op=ast.Mult(), right=ast.Constant(3), lineno=4)))
print(vars(ast.Name("x")))
print(vars(ast.AST(foo=1, bar=2)))
for args, kw in [((1, 2, 3, 4), {}), ((1,), {"left": 2}), ((), {}), ((1, 2), {"right": 3})]:
    try:
        print(vars(ast.BinOp(*args, **kw)))
    except TypeError as e:
        print("TypeError", e)
for cls, args in [(ast.Pass, (1,)), (ast.Name, ("x", ast.Load(), 3)), (ast.Return, (1, 2)), (ast.AST, (1,))]:
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    ast.List().elts
except AttributeError as e:
    print("AttributeError", e)
print(ast.Constant(5).kind, ast.Constant(5).n, ast.Constant("s").s)
x = ast.Name("x", ast.Load())
x.extra = 5
print(clean(vars(x)))
print(x.__reduce__()[0].__name__, x.__reduce__()[1], sorted(x.__reduce__()[2]))
print(ast.Load().__reduce__())
y = pickle.loads(pickle.dumps(ast.parse("a + b * c")))
print(ast.dump(y, include_attributes=True))
z = copy.deepcopy(ast.parse("f(x=1)"))
print(ast.dump(z))


class MyName(ast.Name):
    _fields = ("id", "ctx", "extra")


print(clean(vars(MyName("a", ast.Load(), 3))))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("x"), ast.Num), isinstance(ast.Constant("x"), ast.Str))
print(type(ast.Num(1)).__name__, ast.Num(1).n, ast.Str("s").s, ast.Bytes(b"b").s, ast.NameConstant(None).value, ast.Ellipsis().value)
match ast.parse("x + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(v)):
        print("matched", id, v)

print("literal_eval")
for s in ["1", "-1", "+1.5", "1+2j", "-1-2j", "'abc'", "b'x'", "[1, 'a', None]", "(1,)", "()", "{1: 2, 'a': [3]}",
          "{1, 2}", "set()", "True", "None", "...", "  42", "\t[1]", "-(1)", "1e100", "[[], {}, ()]",
          "0x10", "1_000", "'a' 'b'", "(1, [2, {3: (4,)}])"]:
    try:
        print(repr(s), repr(ast.literal_eval(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, clean(e))
for s in ["x", "1 + x", "f()", "[1, y]", "{**a}", "1 if 2 else 3", "-'a'", "2 + 3", "1 + 2j + 3", "'a' + 'b'",
          "{[]: 1}", "lambda: 0", "a.b", "x[0]", "1 2", "(", "{1: 2, 3}", "set(1)", "-(-1)", "~1", "not 1"]:
    try:
        print(repr(s), repr(ast.literal_eval(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, clean(e))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))

print("dump")
t = ast.parse("def f(a, *, b=1):\n    return a if b else -a\n")
print(ast.dump(t))
print(ast.dump(t, indent=2))
print(ast.dump(t, annotate_fields=False))
print(ast.dump(t.body[0].body[0], include_attributes=True, indent="  "))
print(ast.dump(ast.Name("x")))
print(ast.dump(ast.arguments()))

print("unparse")
sources = [
    "x = 1",
    "def f(a, /, b: int = 2, *args, c, d=4, **kw) -> None:\n    return a",
    "async def f():\n    async with a as b:\n        await c\n    async for x in y:\n        pass",
    "class C(A, B, metaclass=M):\n    'doc'\n    x: int = 3",
    "@dec\n@dec2(1)\ndef g():\n    pass",
    "for i in range(3):\n    if i:\n        continue\n    elif i > 2:\n        break\n    else:\n        pass\nelse:\n    pass",
    "while x:\n    x -= 1\nelse:\n    y = 2",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "with a, b as (c, d):\n    pass",
    "import a.b as c, d\nfrom ..e import f as g, h\nfrom . import i",
    "global a, b\nnonlocal c",
    "del a, b[1], c.d",
    "assert x, 'msg'",
    "x = [i * j for i in a if i for j in b]\ny = {k: v for k, v in z}\nw = {q for q in r}\nv = (s for s in t)",
    "f(a, *b, c=1, **d)",
    "x = a if b else c",
    "x = lambda a, *b, c=1, **d: a + c",
    "x = f'{a!r:>{width}} and {b}' + f'{c=}'",
    "x = a[1:2, ::3, ...]",
    "x = -a ** -b",
    "x = (a + b) * c - d / e // f % g @ h",
    "x = a << b >> c & d | e ^ f",
    "x = not a and (b or c)",
    "x = a < b <= c == d != e > f >= g is h is not i in j not in k",
    "x = (yield)\ny = yield from z",
    "if (n := 10) > 5:\n    pass",
    "match x:\n    case [1, *rest]:\n        pass\n    case {'a': b, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case str() as s if s:\n        pass\n    case _:\n        pass",
    "x = 1e300 * 1e300\ny = 1j\nz = (1, 2)\nw = ()\nv = (1,)",
    "x = 'a\\nb' + \"c'd\" + b'\\x00'",
    "x = {**a, 'b': 1}\ny = [*a, *b]\nz = {*c}",
    "print(*args, sep='')",
    "x: list[int]",
    "a, b = b, a",
    "(a, *b), c = d",
    "x = ...",
]
for src in sources:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    again = ast.unparse(ast.parse(out))
    print("round-trip", again == out, ast.dump(ast.parse(out)) == ast.dump(tree))

print("visitors")
t = ast.parse("def f(x):\n    return g(x) + 1\nclass C:\n    y = f(2)\n")
print([type(n).__name__ for n in ast.walk(t)])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Name(self, node):
        self.found.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)

    def visit_Constant(self, node):
        self.found.append(("const", node.value))


v = Names()
v.visit(t)
print(v.found)


class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "x":
            return ast.copy_location(ast.Name("renamed", node.ctx), node)
        return node

    def visit_Return(self, node):
        self.generic_visit(node)
        return [node, ast.Pass()]

    def visit_ClassDef(self, node):
        return None


t2 = Rename().visit(copy.deepcopy(t))
print(ast.unparse(ast.fix_missing_locations(t2)))
print(clean(list(ast.iter_fields(ast.parse("a = 1").body[0]))[1:]))
print([type(c).__name__ for c in ast.iter_child_nodes(t.body[0])])

print("helpers")
src = 'def f():\n    """  Doc string.\n\n    More.\n    """\n    return 1\nclass C:\n    "cls"\nasync def g():\n    pass\n'
t = ast.parse(src)
print(repr(ast.get_docstring(t.body[0])), repr(ast.get_docstring(t.body[0], clean=False)))
print(repr(ast.get_docstring(t.body[1])), repr(ast.get_docstring(t.body[2])), repr(ast.get_docstring(t)))
try:
    ast.get_docstring(t.body[0].body[1])
except TypeError as e:
    print("TypeError", e)
print(ast.get_source_segment(src, t.body[0].body[1]), ast.get_source_segment(src, t.body[0].body[1].value))
print(repr(ast.get_source_segment(src, t.body[0], padded=True)[:20]))
t = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t, 3)
print([(n.lineno, n.end_lineno) for n in ast.walk(t) if hasattr(n, "lineno")])
n = ast.Name("q", ast.Load())
ast.copy_location(n, t.body[0])
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
m = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))], [])
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))
print(ast.parse("x", type_comments=True).body[0].value.id)
print(ast.dump(ast.parse("(x)", feature_version=(3, 8))))
try:
    ast.parse("x +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    compile("x", "f", "func_type")
except ValueError as e:
    print("ValueError", e)
try:
    compile("x", "f", "bad", ast.PyCF_ONLY_AST)
except ValueError as e:
    print("ValueError", e)
t = ast.parse("x")
print(compile(t, "f", "exec", ast.PyCF_ONLY_AST) is t)
print(ast.dump(compile("x = 1", "f", "exec", ast.PyCF_ONLY_AST)))
