# compile() with PyCF_ALLOW_INCOMPLETE_INPUT says "incomplete input" for a
# source that more lines could complete, and with PyCF_DONT_IMPLY_DEDENT
# (single mode) the end of the input does not close an indented block:
# codeop.compile_command and code.InteractiveConsole decide from them
# whether to ask for another line.
import code
import codeop

for src in ["(1,", "if 1:", "def f():\n  pass", "def f():\n  pass\n", "'''abc",
            "x = [1,\n2", "a = (", "1 +", "x = ", "if x:\n  pass\nelse", "@d", "1)",
            "print(1", "for x in y:\n", "x = 1", "class A:\n  def f(self):\n",
            "try:\n  pass\n", "x = {1:", "f(a,\n b", "(1,\n  2)", "# comment", ""]:
    try:
        r = codeop.compile_command(src)
        print(repr(src), "->", "None" if r is None else "code")
    except SyntaxError as e:
        print(repr(src), "-> SyntaxError:", e.msg)

for src in ["(1,", "'''abc", "x = (", "if 1:\n", "try:\n  pass\n", "1 +\n", "lambda:\n"]:
    try:
        compile(src, "<s>", "exec", 0x4000 | 0x200)
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
for src in ["def f():\n  pass", "def f():\n  pass\n", "x = 1", "if 1:\n  x = 2\n\n"]:
    for flags in (0, 0x200, 0x4200):
        try:
            compile(src, "<s>", "single", flags)
            print(repr(src), hex(flags), "compiled")
        except SyntaxError as e:
            print(repr(src), hex(flags), e.msg, e.lineno)


class Console(code.InteractiveConsole):
    def write(self, data):
        if data.startswith("SyntaxError") or data.startswith("NameError"):
            print("error:", data.strip())


con = Console()
for line in ["x = 1", "def f(a):", "    return a + x", "", "print(f(2))",
             "for i in range(2):", "    print(i)", "", "(1,", " 2)", "print('''a",
             "b''')", "1 +", "if x:", "  pass", "elif", "undefined_name"]:
    more = con.push(line)
    print(repr(line), "more" if more else "done")

for src in ["a = 'a\\", "x = \"abc\ny = 1"]:
    try:
        print(repr(src), "->", codeop.compile_command(src))
    except SyntaxError as e:
        print(repr(src), "-> SyntaxError:", e.msg)
