# ast.AST.__new__ takes any arguments, as CPython's PyType_GenericNew, so that a
# subclass's __new__ may pass its own on (the deprecated ast.Num and its
# subclasses); it checks its class argument.
import ast, warnings, copy, pickle
warnings.simplefilter("ignore", DeprecationWarning)
class N(ast.Num):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.z = 'spam'
class N2(ast.Num):
    pass
n = N(42)
print(n.n, n.z, type(n).__name__, isinstance(n, ast.Num), isinstance(n, N2), isinstance(ast.Num(42), N))
n = N(n=42)
print(n.n, type(n).__name__)
print(type(ast.Num(3)).__name__, ast.Str("s").value, type(ast.Bytes(b"x")).__name__)
x = ast.Name("a", ast.Load(), lineno=3)
print(ast.dump(copy.deepcopy(x), include_attributes=True), ast.dump(pickle.loads(pickle.dumps(x))))
print(ast.dump(ast.AST.__new__(ast.Name, 1, 2, k=3)))
for bad in (1, int):
    try:
        ast.AST.__new__(bad)
    except TypeError as e:
        print(e)
class M(ast.AST):
    _fields = ("a",)
m = M(1)
print(m.a, ast.AST().__class__.__name__)
