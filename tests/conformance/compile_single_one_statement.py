# compile() in the single mode takes one statement: simple statements on
# one line, or a compound statement, followed by nothing but blank lines
# and comments.
import ast

cases = [
    "1\n2", "a = 1\nb = 2\n", "a=1; b=2\n", "if 1:\n  pass\nx=1\n",
    "x=1\n# c\n\n", "x=1\n  \n", "def f():\n  pass\n\nf()\n", "1\n2\n",
    "x = 1 # c\n  # d\n", "\n\n1\n2", "a = 1  \nb", "x = 1 # c\n2",
    "a = (1,\n 2)\nb", "a = 1; b = 2;\nc", "if 1:\n  pass\n\n\nxyz_1=1\n",
    "if 1:\n  pass\n\n\n  x", "@d\ndef f(): pass\nx\n", "x\n  y\n",
    "for i in []: pass\n\n", "class C: pass\n# done\n",
]
for c in cases:
    for parse in (lambda s: compile(s, "<s>", "single"), lambda s: ast.parse(s, mode="single")):
        try:
            parse(c)
            print(repr(c), "ok")
        except SyntaxError as e:
            print(repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# The single mode adds no newline after the last line: an error on it
# shows the line without one.
for c in ["x = (1,", "x = 1 +\n", "if 1:\n pass\nx +", "a b", "def f(:\n  pass", "x = $", "  x",
          "f(**a, *b)", "1\n2 +", "x = 1 if 2"]:
    for mode in ("single", "exec"):
        try:
            compile(c, "s", mode)
            print(repr(c), mode, "ok")
        except SyntaxError as e:
            print(repr(c), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
