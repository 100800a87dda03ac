"""*args annotated with a starred expression (PEP 646): the annotation is
the one item the unpacking yields; nowhere else may an annotation be
starred."""
import ast

Ts = ["unpacked"]


def f(*args: *Ts): pass


print(f.__annotations__)


class One:
    def __iter__(self):
        return iter([1])


def h(a: int, *args: *One(), b: str, **kw: bool) -> None: pass


print(h.__annotations__)
for src in ["def k(x: *Ts): pass", "def k(**x: *Ts): pass", "def k(*, x: *Ts): pass",
            "lambda *x: *Ts: 0", "def k(*x: *Ts = 1): pass", "x: *Ts = 1"]:
    try:
        exec(src)
        print(src, "ok")
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg, e.lineno, e.offset)
for ts in [[], [1, 2], 5]:
    try:
        def g(*args: *ts): pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
exec("from __future__ import annotations\ndef k(*x: *Ts): pass\nprint(k.__annotations__)")
t = ast.parse("def f(*args: *Ts): pass")
print(ast.dump(t.body[0].args.vararg, include_attributes=True))
print(ast.unparse(t))
ns = {"Ts": [42]}
exec(compile(t, "<ast>", "exec"), ns)
print(ns["f"].__annotations__)
t = ast.parse("from __future__ import annotations\ndef f(*args: *Ts): pass")
exec(compile(t, "<ast>", "exec"), ns)
print(ns["f"].__annotations__)
