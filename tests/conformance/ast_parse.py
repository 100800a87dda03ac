"""ast.parse of snippets of every construct of the grammar: ast.dump with
positions of the trees in modes exec, single, eval and func_type."""
import ast

exec_tests = [
    # None
    "None",
    # Module docstring
    "'module docstring'",
    # FunctionDef
    "def f(): pass",
    # FunctionDef with docstring
    "def f(): 'function docstring'",
    # FunctionDef with arg
    "def f(a): pass",
    # FunctionDef with arg and default value
    "def f(a=0): pass",
    # FunctionDef with varargs
    "def f(*args): pass",
    # FunctionDef with varargs as TypeVarTuple
    "def f(*args: *Ts): pass",
    # FunctionDef with varargs as unpacked Tuple
    "def f(*args: *tuple[int, ...]): pass",
    # FunctionDef with varargs as unpacked Tuple *and* TypeVarTuple
    "def f(*args: *tuple[int, *Ts]): pass",
    # FunctionDef with kwargs
    "def f(**kwargs): pass",
    # FunctionDef with all kind of args and docstring
    "def f(a, b=1, c=None, d=[], e={}, *args, f=42, **kwargs): 'doc for f()'",
    # FunctionDef with type annotation on return involving unpacking
    "def f() -> tuple[*Ts]: pass",
    "def f() -> tuple[int, *Ts]: pass",
    "def f() -> tuple[int, *tuple[int, ...]]: pass",
    # ClassDef
    "class C:pass",
    # ClassDef with docstring
    "class C: 'docstring for class C'",
    # ClassDef, new style class
    "class C(object): pass",
    # Return
    "def f():return 1",
    # Delete
    "del v",
    # Assign
    "v = 1",
    "a,b = c",
    "(a,b) = c",
    "[a,b] = c",
    # AnnAssign with unpacked types
    "x: tuple[*Ts]",
    "x: tuple[int, *Ts]",
    "x: tuple[int, *tuple[str, ...]]",
    # AugAssign
    "v += 1",
    # For
    "for v in v:pass",
    # While
    "while v:pass",
    # If
    "if v:pass",
    # If-Elif
    "if a:\n  pass\nelif b:\n  pass",
    # If-Elif-Else
    "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass",
    # With
    "with x as y: pass",
    "with x as y, z as q: pass",
    # Raise
    "raise Exception('string')",
    # TryExcept
    "try:\n  pass\nexcept Exception:\n  pass",
    # TryFinally
    "try:\n  pass\nfinally:\n  pass",
    # TryStarExcept
    "try:\n  pass\nexcept* Exception:\n  pass",
    # Assert
    "assert v",
    # Import
    "import sys",
    # ImportFrom
    "from sys import v",
    # Global
    "global v",
    # Expr
    "1",
    # Pass,
    "pass",
    # Break
    "for v in v:break",
    # Continue
    "for v in v:continue",
    # for statements with naked tuples (see http://bugs.python.org/issue6704)
    "for a,b in c: pass",
    "for (a,b) in c: pass",
    "for [a,b] in c: pass",
    # Multiline generator expression (test for .lineno & .col_offset)
    """(
    (
    Aa
    ,
       Bb
    )
    for
    Aa
    ,
    Bb in Cc
    )""",
    # dictcomp
    "{a : b for w in x for m in p if g}",
    # dictcomp with naked tuple
    "{a : b for v,w in x}",
    # setcomp
    "{r for l in x if g}",
    # setcomp with naked tuple
    "{r for l,m in x}",
    # AsyncFunctionDef
    "async def f():\n 'async function'\n await something()",
    # AsyncFor
    "async def f():\n async for e in i: 1\n else: 2",
    # AsyncWith
    "async def f():\n async with a as b: 1",
    # PEP 448: Additional Unpacking Generalizations
    "{**{1:2}, 2:3}",
    "{*{1, 2}, 3}",
    # Asynchronous comprehensions
    "async def f():\n [i async for b in c]",
    # Decorated FunctionDef
    "@deco1\n@deco2()\n@deco3(1)\ndef f(): pass",
    # Decorated AsyncFunctionDef
    "@deco1\n@deco2()\n@deco3(1)\nasync def f(): pass",
    # Decorated ClassDef
    "@deco1\n@deco2()\n@deco3(1)\nclass C: pass",
    # Decorator with generator argument
    "@deco(a for a in b)\ndef f(): pass",
    # Decorator with attribute
    "@a.b.c\ndef f(): pass",
    # Simple assignment expression
    "(a := 1)",
    # Positional-only arguments
    "def f(a, /,): pass",
    "def f(a, /, c, d, e): pass",
    "def f(a, /, c, *, d, e): pass",
    "def f(a, /, c, *, d, e, **kwargs): pass",
    # Positional-only arguments with defaults
    "def f(a=1, /,): pass",
    "def f(a=1, /, b=2, c=4): pass",
    "def f(a=1, /, b=2, *, c=4): pass",
    "def f(a=1, /, b=2, *, c): pass",
    "def f(a=1, /, b=2, *, c=4, **kwargs): pass",
    "def f(a=1, /, b=2, *, c, **kwargs): pass",

]

# These are compiled through "single"
# because of overlap with "eval", it just tests what
# can't be tested with "eval"
single_tests = [
    "1+2"
]

# These are compiled through "eval"
# It should test all expressions
eval_tests = [
  # None
  "None",
  # BoolOp
  "a and b",
  # BinOp
  "a + b",
  # UnaryOp
  "not v",
  # Lambda
  "lambda:None",
  # Dict
  "{ 1:2 }",
  # Empty dict
  "{}",
  # Set
  "{None,}",
  # Multiline dict (test for .lineno & .col_offset)
  """{
      1
        :
          2
     }""",
  # ListComp
  "[a for b in c if d]",
  # GeneratorExp
  "(a for b in c if d)",
  # Comprehensions with multiple for targets
  "[(a,b) for a,b in c]",
  "[(a,b) for (a,b) in c]",
  "[(a,b) for [a,b] in c]",
  "{(a,b) for a,b in c}",
  "{(a,b) for (a,b) in c}",
  "{(a,b) for [a,b] in c}",
  "((a,b) for a,b in c)",
  "((a,b) for (a,b) in c)",
  "((a,b) for [a,b] in c)",
  # Yield - yield expressions can't work outside a function
  #
  # Compare
  "1 < 2 < 3",
  # Call
  "f(1,2,c=3,*d,**e)",
  # Call with multi-character starred
  "f(*[0, 1])",
  # Call with a generator argument
  "f(a for a in b)",
  # Num
  "10",
  # Str
  "'string'",
  # Attribute
  "a.b",
  # Subscript
  "a[b:c]",
  # Name
  "v",
  # List
  "[1,2,3]",
  # Empty list
  "[]",
  # Tuple
  "1,2,3",
  # Tuple
  "(1,2,3)",
  # Empty tuple
  "()",
  # Combination
  "a.b.c.d(a.b[1:2])",

]

extra_exec_tests = [
    "@d1\n@d2(x)\nclass C(B, metaclass=M, **kw):\n  'doc'\n  x: int\n  def m(self): ...\n",
    "@property\ndef f(): pass\n",
    "if a:\n  pass\nelif b:\n  pass\nelif c:\n  x = 1\nelse:\n  y = 2\n",
    "try:\n  pass\nexcept* E as e:\n  pass\nexcept* (F, G):\n  pass\n",
    "try:\n  pass\nexcept E:\n  pass\nelse:\n  x\n",
    "with a as (b, c), d as e[0], f(): pass\n",
    "with (open(x) as f, open(y) as g,):\n  pass\n",
    "async def f():\n  async with a: pass\n  async for x in y: pass\n  [i async for i in z]\n  await q\n",
    "match p:\n  case 0 | -1 | 1.5 | 2j | -3+4j | 'a' 'b' | b'c' | a.b.c: pass\n  case [1, [2, *_], (3, *r)]: pass\n  case {1: x, 'k': [y], **rest} if x > y: pass\n  case C(1, a=[b], c=D()) | E(): pass\n  case (x as y) as z: pass\n  case True | False | None: pass\n  case _: pass\n",
    "match x,:\n  case (): pass\n  case []: pass\n  case {}: pass\n  case A(): pass\n",
    "x = yield\nx = yield from y\nx = await z\n",
    "a, *b = c\n[d, e] = f\na.b = c[d] = e\ndel (a, b), [c]\n",
    "x = 'é' + \"ü\" + 'a€b'\ny = 1 if 'é' else 2\n",
    "f'{a}' f'{b!s:{c}.{d}}' 'x' f'{e=!r:10}'\n",
    "f'''{\na\n}'''\n",
    "'''multi\nline''' + x\n",
    "(a\n + b\n * c)\n",
    "x = [\n  1,\n  2,\n]\n",
    "def f(a, b=1, /, c=2, *, d, e=3): pass\ndef g(*, a): pass\ndef h(a, /): pass\nlambda: 0\nlambda a, /, b, *c, d=1, **e: 0\n",
    "def f(x: 'int', *args: int, **kwargs: str) -> 'str': pass\n",
    "from . import a\nfrom .. import b\nfrom .c import d\nfrom e import *\nimport f.g.h as i\n",
    "global a, b\ndef f():\n  nonlocal c, d\n",
    "x[1:2]\nx[:]\nx[::]\nx[1:2:3]\nx[a, b:c]\nx[()]\nx[*a]\n",
    "a @ b; a @= b; a //= b; a **= b; a >>= b; a <<= b; a ^= b; a |= b; a &= b; a %= b\n",
    "x = -1; y = +2; z = ~3; w = not 4; v = --5\n",
    "print(*a, *b, c=1, **d, **e)\nf(x for x in y)\nf(a)(b)(c)\n",
    "{**a, 'b': 1, **c}\n{*a, *b}\n[*a, *b]\n(*a, *b)\n",
    "x = 1_000 + 0x_ff + 0o17 + 0b1 + 1e10 + 1.5j + 10**30 + 123456789012345678901234567890\n",
    "x = True; y = False; z = None; w = ...\n",
    "r'\\n'; rb'\\x' b'\\x00'; '\\N{BULLET}' U'x'\n",
    "for x in y:\n  continue\nelse:\n  break\n",
    "while 1:\n  pass\nelse:\n  pass\n",
    "x: int\nx.y: int = 1\n(x): int = 2\nx[0]: int\n",
    "assert x\nassert x, y\nraise\nraise X\nraise X from Y\nreturn\nreturn 1, 2\n",
    "if (n := len(a)) > 10: pass\n[y := f(x), y**2]\n",
    "class C:\n  def f(self):\n    class D:\n      pass\n",
    "# comment\n\n\nx = 1  # trailing\n\n",
    "\n\n  \nx\n",
    "a = b = c = 1\n",
    "x = (yield)\n",
    "if x:\n    pass\n    # comment\n\n",
    "def f():\n    '''doc'''\n    return\n",
    "t = 1,\nu = ()\nv = (1)\nw = ((1, 2),)\n",
    "if x: a; b;\nfor i in y: pass ;  # c\nwhile z:\n    f();\n",
    "def f(): return 1;\nclass C: x = 1 ; y = 2;\n",
    "try: pass;\nexcept E: pass;\n",
    "with a: pass\n",
    "x = '\u00e9t\u00e9' ; y = f'\u00e9{x}\u00e9'\n",
    "async def f():\n    return [x async for x in aiter() if await x]\n",
    "def f():\n    x = yield\n    yield from g\n",
    "x = 1 \\\n  + 2\n",
]

extra_eval_tests = [
    "a if b else c if d else e",
    "[x for x in y if x if z for w in x]",
    "{k: v for k, v in d.items()}",
    "(a for b in c)",
    "a.b.c.d",
    "a[b][c]",
    "f(a)[b].c(d)",
    "x < y > z != w == v >= u <= t",
    "a or b or c and d and not e",
    "1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 << 9 >> 10 & 11 | 12 ^ 13",
    "'abc' 'def'",
    "lambda *args, **kwargs: (args, kwargs)",
    "f'{x:>{width}}'",
]

func_type_tests = [
    "() -> int",
    "(int) -> None",
    "(int, str) -> List[int]",
    "(int, *str) -> Tuple[int, ...]",
    "(*int, **str) -> Tuple[int, ...]",
    "(**Dict[str, int]) -> None",
    "(a, b=1) -> c",
]

def show(src, mode):
    try:
        tree = ast.parse(src, mode=mode)
    except SyntaxError as e:
        print(mode, repr(src), "SyntaxError", e.msg, e.lineno, e.offset)
        return
    print(mode, repr(src))
    print(ast.dump(tree, include_attributes=True))

for src in exec_tests + extra_exec_tests:
    show(src, "exec")
for src in single_tests:
    show(src, "single")
for src in eval_tests + extra_eval_tests:
    show(src, "eval")
for src in func_type_tests:
    show(src, "func_type")

# The field-less nodes of parsed trees are shared.
t = ast.parse("a = b; c + d + e")
print(t.body[0].targets[0].ctx is t.body[1].value.left.left.ctx)
print(t.body[0].value.ctx is t.body[1].value.left.right.ctx)
print(t.body[1].value.op is t.body[1].value.left.op)
print(sorted(vars(t.body[0])))
print(sorted(vars(t.body[0].value)))
print(type(t).__mro__)
