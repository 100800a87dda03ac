# contextvars: ContextVar, Token, Context and copy_context (PEP 567).
import contextvars
from contextvars import ContextVar, Context, copy_context, Token
v = ContextVar("v", default=1)
w = ContextVar("w")
print(v.name, v.get(), w.get(5))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = w.set(10)
print(w.get(), t.var is w, t.old_value is Token.MISSING, repr(Token.MISSING))
ctx = copy_context()
print(w in ctx, ctx[w], len(ctx), ctx.get(v), ctx.get(v, 7))
def f(x):
    w.set(x)
    v.set(x * 2)
    return w.get() + v.get()
print(ctx.run(f, 3), w.get(), ctx[w], ctx[v], sorted(k.name for k in ctx), sorted(ctx.values()))
w.reset(t)
print(w.get(None))
for bad in [lambda: w.reset(t), lambda: v.reset(t), lambda: ContextVar(1), lambda: Token(),
            lambda: Context(1), lambda: ctx["x"], lambda: ctx.run(lambda: ctx.run(print)), lambda: copy_context().run()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0].split("<Token")[0])
try:
    class X(ContextVar): pass
except TypeError as e:
    print(e)
c2 = Context()
print(len(c2), list(c2), c2.run(lambda: v.get()))
t2 = v.set(42)
c3 = copy_context()
v.reset(t2)
try:
    c3.run(v.reset, t2)
except Exception as e:
    print(type(e).__name__)
print(ContextVar[int], repr(v).startswith("<ContextVar name='v' default=1 at 0x"))
