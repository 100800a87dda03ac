# Compile-time errors of match statements: messages and locations.
srcs = ["match x:\n case 1 | y: pass\n", "match x:\n case f'x': pass\n", "match x:\n case {f'x': 1}: pass\n",
  "match x:\n case y:\n  pass\n case 2: pass\n", "match x\n  case 1: pass\n", "match x:\ncase 1: pass\n",
  "match x:\n case [a, a]: pass\n", "match x:\n case {1: _, 1: _}: pass\n", "match x:\n case C(a=1, a=2): pass\n",
  "match x:\n case [*a, *b]: pass\n", "match x:\n case *a: pass\n", "match x:\n case a as _: pass\n",
  "match x:\n case 1 as 2: pass\n", "match x:\n case C(a=1, 2): pass\n", "match x:\n case {**r, 'a': 1}: pass\n",
  "match x:\n case 1 | [a] as b | c: pass\n", "match x:\n case _ | 1: pass\n","match x:\n case (a|b): pass\n", "match x:\n case -x: pass\n",
  "match x:\n case 1 + 2: pass\n", "match x:\n case a.b(): pass\n case __debug__: pass\n",
  "match x:\n case _.x: pass\n", "match x:\n case _(): pass\n", "match x:\n case {x: 1}: pass\n", "match x:\n case {**_}: pass\n",
 "match x:\n case (*x): pass\n", "match x:\n case 1 as a.b: pass\n", "match x:\n case 1 as None: pass\n", "match x:\n case a.b as c: pass\n",
 "match x:\n case 1j + 2: pass\n", "match x:\n case C(x=): pass\n", "match x:\n case x=1: pass\n", "match x:\n foo\n",
 "match x, *y:\n case 1: pass\n", "match x:\n case 1\n", "match x:\n case 1:\n pass\n", "match x:\n case 1 if y: pass\n case 2 if z := 3: pass\n",
 "match = 1\nmatch[x]: int = 3\n", "match x:\n case a, *_: pass\n case [*_]: pass\n", "match x:\n case a, b as c: pass\n",
 "match x:\n case {1: _, True: _}: pass\n", "match x:\n case {0: _, -0.0: _}: pass\n", "match x:\n case {'a': _, b'a': _}: pass\n",
 "match x:\n case [a, (a | a)]: pass\n", "match x:\n case (a, b) | (b, c): pass\n", "match x:\n case (a, b) | (b, a): pass\n",
 "match x:\n case C(__debug__=1): pass\n", "match x:\n case {**__debug__}: pass\n", "match x:\n case [*__debug__]: pass\n",
 "match(x)\n", "match x:\n case 1:\n  pass\n case _:\n  pass\n case 2:\n  pass\n", "match x:\n case [_, _] | _: pass\n",
 "match x:\n case a if a: pass\n case b: pass\n", "match x:\n case a | b if 1: pass\n", "case = 3\nprint(case)\n",
 "match x:\n case {'a': 1, **rest, }: pass\n", "match x:\n case C(1, 2,): pass\n", "match x:\n case [1, 2,]: pass\n",
 "match x:\n case 1:\n  pass\n  case 2: pass\n", "match x:\n case {None: 1, True: 2, -1: 3, 1.5: 4, 'x': 5, b'y': 6, a.b: 7}: pass\n",
 "def f():\n  match x:\n   case 1: yield 2\n", "match x,:\n case 1: pass\n", "match (x):\n case 1: pass\n", "match -x:\n case 1: pass\n",
 "match x:\n case 1 as a as b: pass\n", "match x:\n case (1 as a) as b: pass\n", "match x:\n case 1e1000: pass\n",
]
for src in srcs:
    try:
        compile(src, "s", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# Errors inside functions and classes carry the right line numbers.
src = """
def f(x):
    match x:
        case 1:
            pass
        case {'k': v, 'k': w}:
            pass
"""
try:
    compile(src, "f.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

src = """
class C:
    def m(self, x):
        match x:
            case [a, *b, *c]:
                pass
"""
try:
    compile(src, "c.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
