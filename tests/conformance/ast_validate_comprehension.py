# compile() of a hand-built comprehension validates its generators before
# its element, as CPython's validator: an empty generator list is reported
# even when the element's context is wrong too.
import ast


def check(make):
    mod = ast.Module([ast.Expr(make())], [])
    ast.fix_missing_locations(mod)
    try:
        compile(mod, "<test>", "exec")
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def load(n="x"):
    return ast.Name(n, ast.Load())


def store(n="x"):
    return ast.Name(n, ast.Store())


def gen(target, it):
    return ast.comprehension(target, it, [], 0)


for fac in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
    print(fac.__name__)
    check(lambda: fac(store(), []))
    check(lambda: fac(load(), []))
    check(lambda: fac(store(), [gen(store(), load("y"))]))
    check(lambda: fac(load(), [gen(load(), load("y"))]))
    check(lambda: fac(store(), [gen(load(), load("y"))]))
    check(lambda: fac(load(), [gen(store(), store("y"))]))
    check(lambda: fac(load(), [gen(store(), load("y"))]))
print("DictComp")
check(lambda: ast.DictComp(store(), load(), []))
check(lambda: ast.DictComp(load(), store(), []))
check(lambda: ast.DictComp(store(), load(), [gen(load(), load("y"))]))
check(lambda: ast.DictComp(load(), store(), [gen(store(), load("y"))]))
check(lambda: ast.DictComp(load(), load(), [gen(store(), load("y"))]))
