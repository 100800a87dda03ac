# f(**a, **b) with a key in both: "got multiple values" whatever the key;
# dict unpacking in a dict comprehension; where dict display errors point.
def f(*a, **k): return k
def t(fn):
    try: print(fn())
    except TypeError as e: print(e)
t(lambda: f(**{1: 3}, **{1: 5}))
t(lambda: f(**{'a': 3}, **{'a': 5}))
t(lambda: f(a=1, **{'a': 5}))
t(lambda: f(**{1: 3}))
t(lambda: f(**{'a': 1}, **{2: 3}))
t(lambda: f(**{2: 3}, **{'a': 1}))
t(lambda: f(**[1]))
t(lambda: f(**{'a': 1}, **None))
t(lambda: print(**{'sep': 1}, **{'sep': 2}))
class M:
    def m(self, **k): pass
t(lambda: M().m(**{'x': 1}, **{'x': 2}))
t(lambda: len(**{'x': 1}, **{'x': 2}))
t(lambda: f(*[1], **{'a': 1}, b=2, **{'b': 3}))
for src in ("{**{} for a in [1]}", "{**{}: 1 for a in [1]}", "{*x for x in y}", "[*x for x in y]", "(*x for x in y)", "f(**x for x in y)", "{**a, b for b in c}"):
    try:
        compile(src, "s", "eval")
    except SyntaxError as e:
        print(src, "|", e.msg, e.offset, e.end_offset)
for src in ("{1: 2, 3}", "{1: 2, 3 for}", "{**a, b for b in c}", "{**a, b}", "{a: 1, **b, c}", "{**{} for a in [1]}", "{**{}, 1 for a in [1]}", "{**x for }", "{**x async for x in y}"):
    try:
        compile(src, "s", "eval")
    except SyntaxError as e:
        print(src, "|", e.msg, e.offset, e.end_offset)
