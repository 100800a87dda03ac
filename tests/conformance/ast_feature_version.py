# ast.parse(feature_version=(3, N)): the syntax added after 3.N is a SyntaxError
# with CPython's message and position (CHECK_VERSION).
import ast
cases = [('(x := 0)',7), ('(x := 0)',8), ('def foo(x, /): ...',7), ('def foo(x=1, /): ...',8), ('lambda x, /: 1', 7),
         ('with (a as b): ...',8), ('with (a as b): ...',9), ('with a as b: ...',8), ('f"{x=}"',7), ('f"{x=}"',8),
         ('try: ...\nexcept* E: ...\n',10), ('try: ...\nexcept* E: ...\n',11), ('x: int = 3',5), ('(x): int = 3',5), ('a.b: int',5), ('x: int',6),
         ('a @ b',4), ('a @= b',4), ('a @ b',5), ('match x:\n case 1: pass\n',9), ('match x:\n case 1: pass\n',10),
         ('async def f(): await x',4), ('async def f(): [x async for x in y]', 5), ('async def f(): [x async for x in y]', 6),
         ('async def f():\n async with a: pass\n', 4), ('async def f():\n async for a in b: pass\n', 4), ('async def f(): pass', 4), ('a = b @ c + d', 4)]
for src, v in cases:
    try:
        ast.parse(src, feature_version=(3, v))
        print('ok', repr(src), v)
    except SyntaxError as e:
        print(repr(src), v, e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse('(x := 0)', feature_version=(3, 8))))
print(ast.dump(ast.parse('x = 1', feature_version=-1)))
try:
    compile('(x := 1)', '<s>', 'exec', _feature_version=7)
    print('compiled: the feature version is for ASTs only')
except SyntaxError as e:
    print(e)
