# sys.implementation and types.SimpleNamespace, its type.
import sys, types, copy
impl = sys.implementation
print(type(impl) is types.SimpleNamespace, sorted(vars(impl)), impl.version == sys.version_info)
print(impl.hexversion == sys.hexversion if hasattr(sys, "hexversion") else impl.hexversion >> 24)
n = types.SimpleNamespace(a=1, b='x')
n.c = n
print(n, n == types.SimpleNamespace(a=1, b='x', c=n), type(n), n.__reduce__()[0])
del n.c
print(n, vars(n))
class S(types.SimpleNamespace):
    pass
print(S(q=2), S(q=2) == types.SimpleNamespace(q=2), S() != S(x=1))
for bad in [lambda: types.SimpleNamespace(1), lambda: hash(n), lambda: types.SimpleNamespace(**{"a": 1}).b]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(copy.copy(types.SimpleNamespace(z=3)), copy.deepcopy(S(y=[1])))
