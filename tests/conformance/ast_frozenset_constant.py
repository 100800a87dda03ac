# A Constant node holding a frozenset compiles to that frozenset.
import ast

def compile_constant(value):
    tree = ast.parse("x = 123")
    node = tree.body[0].value
    new_node = ast.Constant(value=value)
    ast.copy_location(new_node, node)
    tree.body[0].value = new_node
    ns = {}
    exec(compile(tree, "<string>", "exec"), ns)
    return ns["x"]

for v in [frozenset(), frozenset("frozenset"), frozenset({1, 2.5, "a", b"b", None, (1, 2), 3j, 10**30}),
          frozenset({frozenset({1}), (frozenset({2}),)}), (frozenset({1, 2}), frozenset({1, 2}), frozenset()),
          frozenset({True, 1.0}), frozenset({...})]:
    r = compile_constant(v)
    print(type(r).__name__, r == v, sorted(map(repr, r)) if isinstance(r, frozenset) else r)

for bad in [int, (1, 2, int), frozenset((1, 2, int)), frozenset({(1, [].__class__)})]:
    e = ast.Expression(body=ast.Constant(bad))
    ast.fix_missing_locations(e)
    try:
        compile(e, "<test>", "eval")
    except TypeError as exc:
        print("TypeError:", exc)

e = ast.Expression(body=ast.Compare(left=ast.Constant(2), ops=[ast.In()], comparators=[ast.Constant(frozenset({1, 2}))]))
ast.fix_missing_locations(e)
print(eval(compile(e, "<test>", "eval")))
